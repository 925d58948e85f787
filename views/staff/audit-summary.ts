import type { AuditLogEntry } from "../../src/audit/read-audit-log";
import type { Messages } from "../../src/i18n/messages";
import { isStaffRole } from "../../src/staff/signed-in-staff";

/**
 * Summarise what an audit entry changed, in the page's language: the person
 * it is about, the passkey, the changed fields or the counts. Entries
 * written by older code may lack a field, so each one is checked before use.
 * An entry with nothing to add gives an empty string.
 */
export function auditSummary(t: Messages, entry: AuditLogEntry): string {
  const s = t.staff.auditLog.summaries;
  const details = entry.details;
  const text = (key: string) => (typeof details[key] === "string" ? (details[key] as string) : undefined);
  const count = (key: string) => (typeof details[key] === "number" ? (details[key] as number) : undefined);
  const role = isStaffRole(details.role) ? t.staff.roles[details.role] : undefined;
  const passkeyName = text("passkeyName");
  const parts: (string | undefined)[] = [];

  switch (entry.action) {
    case "staff.invited":
    case "staff.invitation_revoked":
      parts.push(entry.subjectName !== null && role !== undefined ? s.invitation(entry.subjectName, role) : undefined);
      break;
    case "staff.registered":
      parts.push(role === undefined ? undefined : s.registered(role), passkeyName === undefined ? undefined : s.passkey(passkeyName));
      break;
    case "staff.signed_in":
    case "staff.passkey_added":
      parts.push(passkeyName === undefined ? undefined : s.passkey(passkeyName));
      break;
    case "staff.passkey_renamed":
      parts.push(passkeyName === undefined ? undefined : s.passkeyRenamed(passkeyName));
      break;
    case "staff.passkey_removed": {
      const ended = count("endedSessions");
      parts.push(passkeyName === undefined ? undefined : s.passkey(passkeyName), ended === undefined ? undefined : s.sessionsEnded(ended));
      break;
    }
    case "staff.disabled":
      parts.push(entry.subjectName !== null && role !== undefined ? s.person(entry.subjectName, role) : (entry.subjectName ?? undefined));
      break;
    case "petition.team_member_added":
    case "petition.team_member_removed":
      parts.push(entry.subjectName ?? undefined);
      break;
    case "petition.updated": {
      const fields = Array.isArray(details.changedFields) ? details.changedFields.filter((field): field is string => typeof field === "string") : [];
      const version = count("version");
      parts.push(
        fields.length === 0 ? undefined : s.changedFields(fields.map((field) => t.staff.auditLog.fieldNames[field] ?? field)),
        version === undefined ? undefined : s.version(version),
      );
      break;
    }
    case "petition.published": {
      const version = count("version");
      parts.push(version === undefined ? undefined : s.version(version));
      break;
    }
    case "activation_codes.imported": {
      const [stored, duplicates, expired] = [count("stored"), count("duplicates"), count("expired")];
      parts.push(stored === undefined || duplicates === undefined || expired === undefined ? undefined : s.codesImported(stored, duplicates, expired));
      break;
    }
    case "tally.certified": {
      const [length, towardQuorum] = [count("logLength"), count("towardQuorum")];
      const reached = typeof details.quorumReached === "boolean" ? details.quorumReached : undefined;
      parts.push(length === undefined || towardQuorum === undefined || reached === undefined ? undefined : s.tallyCertified(length, towardQuorum, reached));
      break;
    }
  }
  return parts.filter((part): part is string => part !== undefined).join("; ");
}
