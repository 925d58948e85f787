import { deleteExpiredActivationCodes } from "../activation/expired-activation-codes";
import { purgeWalletTransactions } from "../openid4vp/purge-wallet-transactions";
import { deleteExpiredChallenges } from "../passkeys/webauthn-challenges";
import { deleteEndedResidentSessions } from "../residents/resident-sessions";
import { deleteExpiredInvitations } from "../staff/expired-invitations";
import { deleteEndedStaffSessions, type SessionTimeouts } from "../staff/staff-sessions";
import type { Job } from "./job-runner";

export const PURGE_EXPIRED_JOB = "purge_expired_records";

/**
 * Job that deletes what has expired: wallet transactions with their nonces,
 * response keys, receipt codes and wallet activations, WebAuthn challenges,
 * staff and resident sessions, activation codes, and staff invitations
 * that expired unused. Every statement only
 * deletes rows past their end, so a late or repeated run changes nothing more.
 */
export function purgeExpiredRecordsJob(options: { intervalMs: number; staffSessions: SessionTimeouts }): Job {
  return {
    name: PURGE_EXPIRED_JOB,
    intervalMs: options.intervalMs,
    runAtStart: true,
    run: async ({ database, now }) => {
      const wallet = await purgeWalletTransactions(database, now);
      return {
        walletResponseKeysCleared: wallet.keysCleared,
        walletTransactions: wallet.deleted,
        walletActivations: wallet.activationsDeleted,
        webauthnChallenges: await deleteExpiredChallenges(database.db, now),
        staffSessions: await deleteEndedStaffSessions(database.db, now, options.staffSessions),
        residentSessions: await deleteEndedResidentSessions(database.db, now),
        activationCodes: await deleteExpiredActivationCodes(database.db, now),
        staffInvitations: await deleteExpiredInvitations(database.db, now),
      };
    },
  };
}
