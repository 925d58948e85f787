import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { recordAudit } from "../audit/record-audit";
import { registrationOptions, userHandleOf } from "../passkeys/ceremony-options";
import type { PasskeyError } from "../passkeys/passkey-errors";
import { verifyPasskeyRegistration } from "../passkeys/verify-passkey-registration";
import { consumeChallenge, storeChallenge } from "../passkeys/webauthn-challenges";
import { err, ok, type Result } from "../result";
import type { StartedCeremony } from "./register-staff-passkey";
import type { SignedInStaff } from "./signed-in-staff";
import type { StaffContext } from "./staff-context";
import { credentialIdsOf, insertStaffPasskey, isStaffCredentialRegistered } from "./staff-passkeys";

/** Start registering another passkey for a signed-in staff member; their existing passkeys are excluded. */
export async function startPasskeyAddition(
  ctx: StaffContext,
  staff: SignedInStaff,
  browserToken: string,
): Promise<StartedCeremony<PublicKeyCredentialCreationOptionsJSON>> {
  const existing = await credentialIdsOf(ctx.database.db, staff.id);
  const options = await registrationOptions(ctx.rp, { id: userHandleOf(staff.id), name: staff.name }, existing);
  await storeChallenge(
    ctx.database.db,
    { purpose: "staff_passkey_addition", challenge: options.challenge, context: { staffMemberId: staff.id }, browserToken },
    ctx.clock.now(),
  );
  return { options, browserToken };
}

/** Verify and store another passkey of a signed-in staff member under the name they gave it. */
export async function completePasskeyAddition(
  ctx: StaffContext,
  staffMemberId: string,
  input: { browserToken: string | undefined; response: RegistrationResponseJSON; passkeyName: string },
): Promise<Result<{ passkeyId: string }, PasskeyError | "PASSKEY_ALREADY_REGISTERED">> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const presented = { browserToken: input.browserToken, clientDataJSON: input.response.response.clientDataJSON };
    const challenge = await consumeChallenge(tx, presented, "staff_passkey_addition", now);
    if (!challenge.ok) return err("CHALLENGE_MISSING");
    if (challenge.value.context.staffMemberId !== staffMemberId) return err("CHALLENGE_MISMATCH");

    const passkey = await verifyPasskeyRegistration(ctx.rp, input.response, challenge.value.challenge, ctx.log);
    if (!passkey.ok) return passkey;
    if (await isStaffCredentialRegistered(tx, passkey.value.credentialId)) return err("PASSKEY_ALREADY_REGISTERED");

    const passkeyId = await insertStaffPasskey(tx, staffMemberId, passkey.value, input.passkeyName, now);
    await recordAudit(tx, { actorId: staffMemberId, action: "staff.passkey_added", details: { passkeyId, passkeyName: input.passkeyName }, at: now });
    return ok({ passkeyId });
  });
}
