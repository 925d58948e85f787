/**
 * Every action the audit log records. Add a code here, and its label in
 * staff.auditLog.actions of src/i18n/{de,en}/staff.ts, before recording it.
 */
export const AUDIT_ACTIONS = [
  "staff.invited",
  "staff.invitation_revoked",
  "staff.registered",
  "staff.signed_in",
  "staff.signed_out",
  "staff.passkey_added",
  "staff.passkey_renamed",
  "staff.passkey_removed",
  "staff.disabled",
  "petition.team_member_added",
  "petition.team_member_removed",
  "petition.created",
  "petition.updated",
  "petition.published",
  "petition.submitted",
  "petition.quorum_basis_recorded",
  "petition.admissibility_decided",
  "petition.admissibility_corrected",
  "paper_sheets.issued",
  "paper_sheets.recorded",
  "paper_sheets.corrected",
  "paper_sheets.removed",
  "activation_codes.imported",
  "activation_codes.issued_in_person",
  "signatures.paper_entered",
  "signatures.paper_corrected",
  "signatures.paper_deleted",
  "signatures.paper_withdrawn",
  "signatures.decided",
  "signatures.distinct_persons",
  "tally.certified",
  "evidence.read",
  "petition.erased",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && (AUDIT_ACTIONS as readonly string[]).includes(value);
}
