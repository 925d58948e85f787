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
    case "signatures.paper_entered": {
      const [lines, duplicates] = [count("lines"), count("duplicates")];
      const sheets = stringRecord(details.sheetLines);
      parts.push(
        lines === undefined || duplicates === undefined ? undefined : s.paperLines(lines, duplicates),
        sheets === undefined ? undefined : s.sheetRanges(Object.entries(sheets).map(([sheet, ranges]) => [Number(sheet), ranges])),
      );
      break;
    }
    case "signatures.paper_corrected":
    case "signatures.paper_deleted":
    case "signatures.paper_withdrawn": {
      const [sheet, line, before, after] = [count("sheet"), count("line"), text("before"), text("after")];
      parts.push(
        sheet === undefined || line === undefined ? undefined : t.review.sheetLine(sheet, line),
        before === undefined ? undefined : s.outcomeBefore(outcomeName(t, before)),
        after === undefined ? undefined : s.outcomeAfter(outcomeName(t, after)),
      );
      break;
    }
    case "signatures.decided": {
      const [signatureId, sheet, line, from, to, reason] = [count("signatureId"), count("sheet"), count("line"), text("from"), text("to"), text("reason")];
      parts.push(
        signatureId === undefined ? undefined : t.review.list.reference(signatureId),
        sheet === undefined || line === undefined ? undefined : t.review.sheetLine(sheet, line),
        from === undefined || to === undefined ? undefined : s.statusChange(t.review.statuses[from] ?? from, t.review.statuses[to] ?? to),
        reason === undefined || t.review.reasons[reason] === undefined ? undefined : t.review.reasons[reason],
      );
      break;
    }
    case "signatures.distinct_persons": {
      const ids = Array.isArray(details.signatureIds) ? details.signatureIds.filter((id): id is number => typeof id === "number") : [];
      parts.push(ids.length === 2 ? s.distinctPersons(t.review.list.reference(ids[0]!), t.review.list.reference(ids[1]!)) : undefined);
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

/** Name a paper line outcome code as the audit log records it: "valid", "duplicate" or an invalidity reason. */
function outcomeName(t: Messages, code: string): string {
  if (code === "valid") return t.staff.auditLog.summaries.validLine;
  if (code === "duplicate") return t.staff.auditLog.summaries.duplicateLine;
  return t.review.reasons[code] ?? code;
}

/** Read a record of strings, such as the sheet line ranges of a paper entry. Anything else gives undefined. */
function stringRecord(value: unknown): Record<string, string> | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  return entries.every(([, item]) => typeof item === "string") ? (Object.fromEntries(entries) as Record<string, string>) : undefined;
}
