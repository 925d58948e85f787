import type { Messages } from "../../src/i18n/messages";
import type { OpenInvitation } from "../../src/staff/invite-staff-member";
import { PasskeyCeremony, PasskeyScripts } from "./passkey-ceremony";
import { PasskeyExplanation } from "./passkey-explanation";
import { PasskeyNameField } from "./passkey-name-field";

type InvitationPageProps = { t: Messages; invitation: OpenInvitation; code: string };

export function InvitationPage({ t, invitation, code }: InvitationPageProps) {
  const text = t.staff.invitation;
  const query = `?code=${encodeURIComponent(code)}`;
  return (
    <section class="staff-invitation">
      <h1>{text.heading(invitation.displayName)}</h1>
      <p>{text.intro(t.staff.roles[invitation.role])}</p>
      <p>{text.validUntil(t.staff.formatDateTime(invitation.expiresAt))}</p>
      <PasskeyExplanation t={t} />
      <PasskeyCeremony t={t} action="register" optionsUrl={`/einladung/optionen${query}`} verifyUrl={`/einladung/passkey${query}`} buttonLabel={text.button}>
        <PasskeyNameField t={t} id="passkey-name" />
      </PasskeyCeremony>
      <PasskeyScripts />
    </section>
  );
}
