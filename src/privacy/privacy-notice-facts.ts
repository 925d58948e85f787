import type { Config } from "../config";
import { IN_PERSON_CODE_VALID_DAYS } from "../activation/issue-in-person-code";
import { GRACE_SECONDS } from "../openid4vp/browser-binding-cookie";
import { CHALLENGE_TTL_MS } from "../passkeys/webauthn-challenges";
import { GUESS_WINDOW_MS } from "../residents/activation-routes";
import { RESIDENT_SESSION_IDLE_MINUTES, RESIDENT_SESSION_MAX_HOURS } from "../residents/resident-sessions";
import { WALLET_ACTIVATION_SECONDS } from "../residents/wallet-activations";
import { INVITATION_TTL_MS } from "../staff/invite-staff-member";

/** The controller named in the privacy notice, from the PRIVACY_* settings. */
export type PrivacyController = { name: string; address: string; email: string; officerEmail: string };

/**
 * Facts the privacy notice states, each taken from the configuration or
 * from the constant in the code that enforces it, so the page changes when
 * they do.
 */
export type PrivacyNoticeFacts = {
  controller: PrivacyController;
  transactionMinutes: number;
  /** Hours after its start at which the purge deletes a wallet transaction at the latest. */
  transactionRecordHours: number;
  challengeMinutes: number;
  staffSessionIdleMinutes: number;
  staffSessionMaxHours: number;
  residentSessionIdleMinutes: number;
  residentSessionMaxHours: number;
  residentFactsValidDays: number;
  invitationHours: number;
  inPersonCodeDays: number;
  /** Minutes a wallet proof waits for the resident to set up a passkey. */
  walletActivationMinutes: number;
  /** Days after a petition's conclusion until its signatures, evidence and key are erased. */
  retentionDays: number;
  /** Hours between two runs of the erasure job, rounded up. */
  retentionIntervalHours: number;
  /** Minutes between two runs of the purge of expired records, rounded up. */
  purgeIntervalMinutes: number;
  /** Maximum time a client address stays in a rate limit's memory, in minutes. */
  clientAddressMinutes: number;
  logRetentionDays: number;
};

export function privacyNoticeFacts(config: Config): PrivacyNoticeFacts {
  const limits = config.rateLimits;
  const windowsSeconds = [limits.start, limits.code, limits.walletClient, limits.other].map((limit) => limit?.windowSeconds ?? 0);
  const transactionSeconds = config.verifier.transactionTtlSeconds + GRACE_SECONDS + config.jobs.purgeIntervalSeconds;
  return {
    controller: config.privacy.controller,
    transactionMinutes: Math.ceil(config.verifier.transactionTtlSeconds / 60),
    transactionRecordHours: Math.ceil(transactionSeconds / 3600),
    challengeMinutes: CHALLENGE_TTL_MS / 60_000,
    staffSessionIdleMinutes: config.staffSessions.idleTimeoutMinutes,
    staffSessionMaxHours: config.staffSessions.absoluteTimeoutHours,
    residentSessionIdleMinutes: RESIDENT_SESSION_IDLE_MINUTES,
    residentSessionMaxHours: RESIDENT_SESSION_MAX_HOURS,
    residentFactsValidDays: config.residents.factsValidDays,
    invitationHours: INVITATION_TTL_MS / 3_600_000,
    inPersonCodeDays: IN_PERSON_CODE_VALID_DAYS,
    walletActivationMinutes: Math.ceil(WALLET_ACTIVATION_SECONDS / 60),
    purgeIntervalMinutes: Math.ceil(config.jobs.purgeIntervalSeconds / 60),
    retentionDays: config.retention.days,
    retentionIntervalHours: Math.ceil(config.jobs.retentionIntervalSeconds / 3600),
    clientAddressMinutes: Math.ceil(Math.max(GUESS_WINDOW_MS / 1000, ...windowsSeconds) / 60),
    logRetentionDays: config.privacy.logRetentionDays,
  };
}
