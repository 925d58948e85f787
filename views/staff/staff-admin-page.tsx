import type { Messages } from "../../src/i18n/messages";
import type { OpenInvitationListItem } from "../../src/staff/open-invitations";
import { STAFF_ROLES } from "../../src/staff/signed-in-staff";
import type { StaffDirectoryEntry } from "../../src/staff/staff-directory";
import { CsrfField } from "../components/csrf-field";
import { ErrorSummary, type SummaryError } from "../components/error-summary";
import { Field } from "../components/field";

export type InvitationFormValues = { name: string; role: string; petition: string };
export type InvitationFormErrors = Partial<Record<"name" | "role" | "petition", string>>;

type StaffAdminPageProps = {
  t: Messages;
  csrfToken: string | undefined;
  members: StaffDirectoryEntry[];
  /** Invitations whose links still work, each with a button to withdraw it. */
  openInvitations: OpenInvitationListItem[];
  petitions: { id: string; title: string }[];
  values: InvitationFormValues;
  errors: InvitationFormErrors;
  /** Petition teams of each organiser, by staff member id. */
  teams: Map<string, { petitionId: string; title: string }[]>;
  /** The signed-in administrator, who gets no button to disable their own account. */
  currentStaffId: string;
  /** Outcome of a change to an account or a team: a confirmation, or the reason it was rejected. */
  notice?: string;
  problem?: string;
};

/** Render the administrators' page: the invitation form and the list of all staff members with their teams. */
export function StaffAdminPage({
  t,
  csrfToken,
  members,
  openInvitations,
  petitions,
  values,
  errors,
  teams,
  currentStaffId,
  notice,
  problem,
}: StaffAdminPageProps) {
  const text = t.staff.admin;
  const summary: SummaryError[] = [
    errors.name === undefined ? undefined : { fieldId: "invite-name", message: errors.name },
    errors.role === undefined ? undefined : { fieldId: "invite-role", message: errors.role },
    errors.petition === undefined ? undefined : { fieldId: "invite-petition", message: errors.petition },
  ].filter((entry): entry is SummaryError => entry !== undefined);
  return (
    <section class="staff-admin">
      <ErrorSummary title={text.errorSummaryTitle} errors={summary} />
      <h1>{text.heading}</h1>
      {notice === undefined ? null : (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {problem === undefined ? null : (
        <p class="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <h2>{text.inviteHeading}</h2>
      <p>{text.inviteIntro}</p>
      <form method="post" action="/verwaltung/mitarbeitende" novalidate>
        <CsrfField token={csrfToken} />
        <Field id="invite-name" name="name" label={text.nameLabel} value={values.name} error={errors.name} errorPrefix={t.common.errorTitlePrefix} autocomplete="off" />
        <SelectField
          id="invite-role"
          name="role"
          label={text.roleLabel}
          value={values.role}
          error={errors.role}
          errorPrefix={t.common.errorTitlePrefix}
          options={STAFF_ROLES.map((role) => ({ value: role, label: t.staff.roles[role] }))}
        />
        <SelectField
          id="invite-petition"
          name="petition"
          label={text.petitionLabel}
          value={values.petition}
          error={errors.petition}
          errorPrefix={t.common.errorTitlePrefix}
          options={[{ value: "", label: text.noPetition }, ...petitions.map((petition) => ({ value: petition.id, label: petition.title }))]}
        />
        <button type="submit" class="button">
          {text.inviteButton}
        </button>
      </form>
      <OpenInvitations t={t} csrfToken={csrfToken} invitations={openInvitations} />
      <h2>{text.listHeading}</h2>
      <p>{text.disableHint}</p>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{text.columns.name}</th>
            <th scope="col">{text.columns.role}</th>
            <th scope="col">{text.columns.since}</th>
            <th scope="col">{text.columns.status}</th>
            <th scope="col">{text.teamsColumn}</th>
            <th scope="col">{text.actionsColumn}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr>
              <td>{member.displayName}</td>
              <td>{t.staff.roles[member.role]}</td>
              <td>{t.staff.formatDateTime(member.createdAt)}</td>
              <td>{member.disabledAt === null ? text.active : text.disabled}</td>
              <td>
                {member.role === "organiser" ? (
                  <TeamCell t={t} csrfToken={csrfToken} member={member} teams={teams.get(member.id) ?? []} petitions={petitions} />
                ) : null}
              </td>
              <td>
                {member.disabledAt === null && member.id !== currentStaffId ? (
                  <form method="post" action={`/verwaltung/mitarbeitende/${member.id}/sperren`}>
                    <CsrfField token={csrfToken} />
                    <button type="submit" class="button button-secondary">
                      {text.disableButton(member.displayName)}
                    </button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Render the invitations whose links still work, each with a button to withdraw it. */
function OpenInvitations({ t, csrfToken, invitations }: { t: Messages; csrfToken: string | undefined; invitations: OpenInvitationListItem[] }) {
  const text = t.staff.admin;
  const columns = text.invitationColumns;
  return (
    <section aria-labelledby="open-invitations-heading">
      <h2 id="open-invitations-heading">{text.openInvitationsHeading}</h2>
      {invitations.length === 0 ? (
        <p>{text.noOpenInvitations}</p>
      ) : (
        <>
          <p>{text.openInvitationsIntro}</p>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{columns.name}</th>
                <th scope="col">{columns.role}</th>
                <th scope="col">{columns.team}</th>
                <th scope="col">{columns.invitedBy}</th>
                <th scope="col">{columns.validUntil}</th>
                <th scope="col">{text.actionsColumn}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr>
                  <td>{invitation.displayName}</td>
                  <td>{t.staff.roles[invitation.role]}</td>
                  <td>{invitation.petitionTitle ?? ""}</td>
                  <td>{invitation.createdByName ?? t.staff.auditLog.commandLine}</td>
                  <td>{t.staff.formatDateTime(invitation.expiresAt)}</td>
                  <td>
                    <form method="post" action={`/verwaltung/mitarbeitende/einladungen/${invitation.id}/zurueckziehen`}>
                      <CsrfField token={csrfToken} />
                      <button type="submit" class="button button-secondary">
                        {text.revokeButton(invitation.displayName)}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

type TeamCellProps = {
  t: Messages;
  csrfToken: string | undefined;
  member: StaffDirectoryEntry;
  teams: { petitionId: string; title: string }[];
  petitions: { id: string; title: string }[];
};

/** Render an organiser's teams with a remove button each, and a form to add them to another petition's team. */
function TeamCell({ t, csrfToken, member, teams, petitions }: TeamCellProps) {
  const text = t.staff.admin;
  const base = `/verwaltung/mitarbeitende/${member.id}/teams`;
  const joinable = petitions.filter((petition) => !teams.some((team) => team.petitionId === petition.id));
  const selectId = `team-${member.id}`;
  return (
    <>
      <ul class="team-list">
        {teams.map((team) => (
          <li>
            {team.title}{" "}
            <form method="post" action={`${base}/${team.petitionId}/entfernen`} class="inline-form">
              <CsrfField token={csrfToken} />
              <button type="submit" class="button button-secondary">
                {text.removeFromTeam(team.title)}
              </button>
            </form>
          </li>
        ))}
      </ul>
      {member.disabledAt === null && joinable.length > 0 ? (
        <form method="post" action={base} class="inline-form">
          <CsrfField token={csrfToken} />
          <label for={selectId}>{text.addToTeamLabel(member.displayName)}</label>
          <select id={selectId} name="petition">
            {joinable.map((petition) => (
              <option value={petition.id}>{petition.title}</option>
            ))}
          </select>
          <button type="submit" class="button button-secondary">
            {text.addToTeam}
          </button>
        </form>
      ) : null}
    </>
  );
}

type SelectFieldProps = {
  id: string;
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  errorPrefix: string;
  options: { value: string; label: string }[];
};

function SelectField({ id, name, label, value, error, errorPrefix, options }: SelectFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div class={error ? "field field-error" : "field"}>
      <label for={id}>{label}</label>
      {error ? (
        <p id={errorId} class="field-error-message">
          <span class="visually-hidden">{errorPrefix}</span>
          {error}
        </p>
      ) : null}
      <select id={id} name={name} aria-describedby={error ? errorId : undefined} aria-invalid={error ? "true" : undefined}>
        {options.map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The page that shows a new invitation link once. */
export function InvitationCreatedPage({ t, name, link, expiresAt }: { t: Messages; name: string; link: string; expiresAt: Date }) {
  const text = t.staff.admin;
  return (
    <section class="staff-admin">
      <h1>{text.createdHeading(name)}</h1>
      <p class="invitation-link">
        <code>{link}</code>
      </p>
      <p>{text.createdBody(t.staff.formatDateTime(expiresAt))}</p>
      <p>
        <a href="/verwaltung/mitarbeitende">{text.backToList}</a>
      </p>
    </section>
  );
}
