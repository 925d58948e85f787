import { randomUUID } from "node:crypto";
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { and, eq, gt, isNull } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { staffInvitations } from "../db/schema";
import { registrationOptions, userHandleOf } from "../passkeys/ceremony-options";
import type { PasskeyError } from "../passkeys/passkey-errors";
import { verifyPasskeyRegistration } from "../passkeys/verify-passkey-registration";
import { consumeChallenge, storeChallenge } from "../passkeys/webauthn-challenges";
import { err, ok, type Result } from "../result";
import { insertStaffMember } from "./create-staff-member";
import { findOpenInvitation, type InvitationError } from "./invite-staff-member";
import { addTeamMember } from "./petition-teams";
import type { StaffContext } from "./staff-context";
import { insertStaffPasskey, isStaffCredentialRegistered } from "./staff-passkeys";
import { createStaffSession, type NewStaffSession } from "./staff-sessions";

/** Options for the browser, and the browser token their challenge is bound to, for the cookie. */
export type StartedCeremony<Options> = { options: Options; browserToken: string };

export type RegistrationError = InvitationError | PasskeyError | "PASSKEY_ALREADY_REGISTERED";

/**
 * Start registering the first passkey of an invited staff member. The new
 * member's id is chosen now, because it is the passkey's user handle.
 */
export async function startInvitationRegistration(
  ctx: StaffContext,
  invitationToken: string | undefined,
  browserToken: string,
): Promise<Result<StartedCeremony<PublicKeyCredentialCreationOptionsJSON>, InvitationError>> {
  const now = ctx.clock.now();
  const invitation = await findOpenInvitation(ctx.database.db, invitationToken, now);
  if (!invitation.ok) return invitation;

  const staffMemberId = randomUUID();
  const options = await registrationOptions(ctx.rp, { id: userHandleOf(staffMemberId), name: invitation.value.displayName }, []);
  await storeChallenge(
    ctx.database.db,
    { purpose: "staff_registration", challenge: options.challenge, context: { invitationId: invitation.value.id, staffMemberId }, browserToken },
    now,
  );
  return ok({ options, browserToken });
}

/**
 * Complete the registration from an invitation: verify the passkey, use up
 * the invitation, create the staff member with the invited role (and team),
 * store the passkey and sign the new member in, all in one transaction.
 */
export async function completeInvitationRegistration(
  ctx: StaffContext,
  input: { invitationToken: string | undefined; browserToken: string | undefined; response: RegistrationResponseJSON; passkeyName: string },
): Promise<Result<{ staffMemberId: string; session: NewStaffSession }, RegistrationError>> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const presented = { browserToken: input.browserToken, clientDataJSON: input.response.response.clientDataJSON };
    const challenge = await consumeChallenge(tx, presented, "staff_registration", now);
    if (!challenge.ok) return err(challenge.error === "WRONG_CEREMONY" ? "CHALLENGE_MISSING" : challenge.error);
    const invitation = await findOpenInvitation(tx, input.invitationToken, now);
    if (!invitation.ok) return invitation;
    const { invitationId, staffMemberId } = challenge.value.context;
    if (invitationId !== invitation.value.id || staffMemberId === undefined) return err("CHALLENGE_MISMATCH");

    const passkey = await verifyPasskeyRegistration(ctx.rp, input.response, challenge.value.challenge, ctx.log);
    if (!passkey.ok) return passkey;
    // An authenticator that stores another member's passkey returns its credential ID again, and the unique column would fail later.
    if (await isStaffCredentialRegistered(tx, passkey.value.credentialId)) return err("PASSKEY_ALREADY_REGISTERED");

    // The update is the single-use check: of two registrations racing on one link, only one finds used_at empty,
    // and a withdrawal that commits first leaves revoked_at set.
    const claimed = await tx
      .update(staffInvitations)
      .set({ usedAt: now })
      .where(
        and(
          eq(staffInvitations.id, invitationId),
          isNull(staffInvitations.usedAt),
          isNull(staffInvitations.revokedAt),
          gt(staffInvitations.expiresAt, now),
        ),
      )
      .returning({ id: staffInvitations.id });
    if (claimed.length === 0) {
      const current = await findOpenInvitation(tx, input.invitationToken, now);
      return err(current.ok ? "INVITATION_USED" : current.error);
    }

    const { role, displayName, petitionId } = invitation.value;
    await insertStaffMember(tx, { id: staffMemberId, displayName, role });
    // staff_invitations.staff_member_id references the member, so it is set once the member exists.
    await tx.update(staffInvitations).set({ staffMemberId }).where(eq(staffInvitations.id, invitationId));
    if (petitionId !== null && role === "organiser") await addTeamMember(tx, petitionId, staffMemberId);
    const passkeyId = await insertStaffPasskey(tx, staffMemberId, passkey.value, input.passkeyName, now);
    await recordAudit(tx, {
      actorId: staffMemberId,
      action: "staff.registered",
      petitionId,
      details: { invitationId, role, passkeyId, passkeyName: input.passkeyName },
      at: now,
    });
    const session = await createStaffSession(tx, { staffMemberId, passkeyId }, now, ctx.sessionTimeouts);
    return ok({ staffMemberId, session });
  });
}
