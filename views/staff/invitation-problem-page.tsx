import type { Messages } from "../../src/i18n/messages";
import type { InvitationError } from "../../src/staff/invite-staff-member";

/** Explain why an invitation link does not work and what to do instead. */
export function InvitationProblemPage({ t, problem }: { t: Messages; problem: InvitationError }) {
  return (
    <section class="error-page">
      <h1>{t.staff.invitation.problemTitles[problem]}</h1>
      <p>{t.staff.passkeyErrors[problem]}</p>
      <p>
        <a href="/anmelden">{t.staff.invitation.signInLink}</a>
      </p>
    </section>
  );
}
