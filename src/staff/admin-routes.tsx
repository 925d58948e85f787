import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import { AuditLogPage } from "../../views/staff/audit-log-page";
import { InvitationCreatedPage, type InvitationFormErrors, type InvitationFormValues, StaffAdminPage } from "../../views/staff/staff-admin-page";
import { readAuditLog } from "../audit/read-audit-log";
import type { AppDeps } from "../deps";
import { inputForEcho } from "../http/echo-input";
import type { AppEnv } from "../http/env";
import { renderPage } from "../http/render";
import { requireStaff } from "../http/staff-guards";
import { findPetition } from "../petitions/queries";
import { parseInvitationInput } from "./invitation-input";
import { invitationLink, inviteStaffMember, MAX_DISPLAY_NAME_LENGTH } from "./invite-staff-member";
import { disableStaffMember } from "./disable-staff-member";
import { assignToTeam, listTeamMemberships, removeFromTeam } from "./manage-petition-teams";
import { listOpenInvitations } from "./open-invitations";
import { revokeInvitation } from "./revoke-invitation";
import { listPetitionChoices, listStaffMembers } from "./staff-directory";

const STAFF_PATH = "/verwaltung/mitarbeitende";
const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
const petitionFilterSchema = z.uuid().optional().catch(undefined);

/** Route the administrators' pages: inviting staff and reading the audit log. */
export function adminRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();

  async function renderStaffPage(
    c: Context<AppEnv>,
    status: 200 | 404 | 409 | 422,
    values: InvitationFormValues,
    errors: InvitationFormErrors,
    outcome: { notice?: string; problem?: string } = {},
  ) {
    const t = c.get("t");
    const currentStaffId = c.get("staff")?.id ?? "";
    const [members, openInvitations, petitions, memberships] = await Promise.all([
      listStaffMembers(deps.database.db),
      listOpenInvitations(deps.database.db, deps.clock.now()),
      listPetitionChoices(deps.database.db),
      listTeamMemberships(deps.database),
    ]);
    const teams = new Map<string, { petitionId: string; title: string }[]>();
    for (const membership of memberships) teams.set(membership.staffMemberId, [...(teams.get(membership.staffMemberId) ?? []), membership]);
    return renderPage(
      c,
      { title: t.staff.admin.title, status, hasErrors: Object.keys(errors).length > 0 },
      <StaffAdminPage
        t={t}
        csrfToken={c.get("csrfToken")}
        members={members}
        openInvitations={openInvitations}
        petitions={petitions}
        values={values}
        errors={errors}
        teams={teams}
        currentStaffId={currentStaffId}
        {...outcome}
      />,
    );
  }

  routes.get(STAFF_PATH, requireStaff("admin"), (c) => renderStaffPage(c, 200, { name: "", role: "organiser", petition: "" }, {}));

  routes.post(STAFF_PATH, requireStaff("admin"), async (c) => {
    const t = c.get("t");
    const admin = c.get("staff");
    if (admin === undefined) throw new Error("requireStaff let a request without staff through");
    const form = await c.req.parseBody();
    const raw = {
      name: typeof form.name === "string" ? form.name : undefined,
      role: typeof form.role === "string" ? form.role : undefined,
      petition: typeof form.petition === "string" ? form.petition : undefined,
    };
    const values = {
      name: inputForEcho(raw.name, MAX_DISPLAY_NAME_LENGTH * 2),
      role: inputForEcho(raw.role, 40),
      petition: inputForEcho(raw.petition, 40),
    };

    const parsed = parseInvitationInput(raw);
    if (!parsed.ok) {
      const messages = t.staff.admin.errors;
      const errors: InvitationFormErrors = {};
      if (parsed.problems.name !== undefined) errors.name = messages[parsed.problems.name];
      if (parsed.problems.role !== undefined) errors.role = messages[parsed.problems.role];
      if (parsed.problems.petition !== undefined) errors.petition = messages[parsed.problems.petition];
      return renderStaffPage(c, 422, values, errors);
    }
    const { petitionId } = parsed.value;
    if (petitionId !== undefined && (await findPetition(deps.database, petitionId)) === undefined) {
      return renderStaffPage(c, 422, values, { petition: t.staff.admin.errors.PETITION_NOT_FOUND });
    }

    const created = await inviteStaffMember(deps.database, { ...parsed.value, createdBy: admin.id }, deps.clock.now());
    c.get("log").info({ event: "staff.invited", staffId: admin.id, invitationId: created.invitationId, role: parsed.value.role }, "staff member invited");
    c.header("Cache-Control", "no-store");
    return renderPage(
      c,
      { title: t.staff.admin.createdTitle, status: 201 },
      <InvitationCreatedPage t={t} name={parsed.value.displayName} link={invitationLink(deps.config.publicUrl, created.token)} expiresAt={created.expiresAt} />,
    );
  });

  routes.post(`${STAFF_PATH}/einladungen/:invitationId/zurueckziehen`, requireStaff("admin"), async (c) => {
    const t = c.get("t");
    const admin = c.get("staff");
    if (admin === undefined) throw new Error("requireStaff let a request without staff through");
    const emptyForm = { name: "", role: "organiser", petition: "" };
    const invitationId = c.req.param("invitationId");
    if (!z.uuid().safeParse(invitationId).success) {
      return renderStaffPage(c, 404, emptyForm, {}, { problem: t.staff.admin.revokeErrors.INVITATION_NOT_FOUND });
    }

    const revoked = await revokeInvitation(deps.database, { adminId: admin.id, invitationId, now: deps.clock.now() });
    if (!revoked.ok) {
      c.get("log").warn({ event: "staff.invitation_revoke_rejected", staffId: admin.id, invitationId, reason: revoked.error }, "invitation not revoked");
      const status = revoked.error === "INVITATION_NOT_FOUND" ? 404 : 409;
      return renderStaffPage(c, status, emptyForm, {}, { problem: t.staff.admin.revokeErrors[revoked.error] });
    }
    c.get("log").info({ event: "staff.invitation_revoked", staffId: admin.id, invitationId }, "invitation revoked");
    return renderStaffPage(c, 200, emptyForm, {}, { notice: t.staff.admin.revokedNotice(revoked.value.displayName) });
  });

  routes.post(`${STAFF_PATH}/:id/sperren`, requireStaff("admin"), async (c) => {
    const t = c.get("t");
    const admin = c.get("staff");
    if (admin === undefined) throw new Error("requireStaff let a request without staff through");
    const emptyForm = { name: "", role: "organiser", petition: "" };
    const staffMemberId = c.req.param("id");
    if (!z.uuid().safeParse(staffMemberId).success) {
      return renderStaffPage(c, 404, emptyForm, {}, { problem: t.staff.admin.disableErrors.NOT_FOUND });
    }

    const disabled = await disableStaffMember(deps.database, { adminId: admin.id, staffMemberId, now: deps.clock.now() });
    if (!disabled.ok) {
      const status = disabled.error === "NOT_FOUND" ? 404 : 409;
      return renderStaffPage(c, status, emptyForm, {}, { problem: t.staff.admin.disableErrors[disabled.error] });
    }
    c.get("log").info({ event: "staff.disabled", staffId: admin.id, disabledStaffId: staffMemberId }, "staff member disabled");
    const members = await listStaffMembers(deps.database.db);
    const name = members.find((member) => member.id === staffMemberId)?.displayName ?? "";
    return renderStaffPage(c, 200, emptyForm, {}, { notice: t.staff.admin.disabledNotice(name) });
  });

  routes.post(`${STAFF_PATH}/:id/teams`, requireStaff("admin"), async (c) => {
    const form = await c.req.parseBody();
    const petitionId = typeof form.petition === "string" ? form.petition : "";
    return changeTeam(c, petitionId, "add");
  });

  routes.post(`${STAFF_PATH}/:id/teams/:petitionId/entfernen`, requireStaff("admin"), (c) => changeTeam(c, c.req.param("petitionId"), "remove"));

  async function changeTeam(c: Context<AppEnv>, petitionId: string, kind: "add" | "remove") {
    const t = c.get("t");
    const admin = c.get("staff");
    if (admin === undefined) throw new Error("requireStaff let a request without staff through");
    const emptyForm = { name: "", role: "organiser", petition: "" };
    const staffMemberId = c.req.param("id") ?? "";
    if (!z.uuid().safeParse(staffMemberId).success) return renderStaffPage(c, 404, emptyForm, {}, { problem: t.staff.admin.teamErrors.MEMBER_NOT_FOUND });
    if (!z.uuid().safeParse(petitionId).success) return renderStaffPage(c, 404, emptyForm, {}, { problem: t.staff.admin.teamErrors.PETITION_NOT_FOUND });

    const change = { adminId: admin.id, staffMemberId, petitionId, now: deps.clock.now() };
    const result = kind === "add" ? await assignToTeam(deps.database, change) : await removeFromTeam(deps.database, change);
    if (!result.ok) {
      const status = result.error === "MEMBER_NOT_FOUND" || result.error === "PETITION_NOT_FOUND" ? 404 : 409;
      return renderStaffPage(c, status, emptyForm, {}, { problem: t.staff.admin.teamErrors[result.error] });
    }
    c.get("log").info({ event: kind === "add" ? "petition.team_member_added" : "petition.team_member_removed", staffId: admin.id, staffMemberId, petitionId }, "team changed");
    return renderStaffPage(c, 200, emptyForm, {}, { notice: kind === "add" ? t.staff.admin.teamAdded : t.staff.admin.teamRemoved });
  }

  routes.get("/verwaltung/protokoll", requireStaff("admin"), async (c) => {
    const t = c.get("t");
    const page = pageSchema.parse(c.req.query("seite"));
    const petitionId = petitionFilterSchema.parse(c.req.query("petition") || undefined);
    const [log, petitions] = await Promise.all([readAuditLog(deps.database.db, { petitionId, page }), listPetitionChoices(deps.database.db)]);
    return renderPage(
      c,
      { title: t.staff.auditLog.title },
      <AuditLogPage t={t} entries={log.entries} petitions={petitions} petitionId={petitionId} page={page} hasNextPage={log.hasNextPage} />,
    );
  });

  return routes;
}
