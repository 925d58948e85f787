import { createHash } from "node:crypto";
import type { Petition } from "./queries";

function compareCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Serialise a JSON value with the keys of every object sorted by code unit
 * and no whitespace, so equal content always gives the same bytes (the
 * ordering of RFC 8785 for the string keys and whole numbers stored here).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, entry]) => entry !== undefined)
    .sort(([a], [b]) => compareCodeUnits(a, b));
  return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(",")}}`;
}

/** A petition's content as sealed at submission: canonical JSON and its SHA-256. */
export type SealedContent = { json: string; hash: Buffer };

/**
 * Seal every text field and rule of a petition: its id and version, the
 * texts, representatives, quorum, dates, eligibility rules and signature
 * kinds. Status and timestamps change with the lifecycle and are left out.
 */
export function sealPetitionContent(petition: Petition): SealedContent {
  const content = {
    id: petition.id,
    version: petition.version,
    title: petition.title,
    decisionProposal: petition.decisionProposal,
    reasoning: petition.reasoning,
    costCoverageProposal: petition.costCoverageProposal,
    representative: petition.representative,
    deputy: petition.deputy,
    quorum: petition.quorum,
    eligibleResidents: petition.eligibleResidents,
    notificationDate: petition.notificationDate,
    opposesCouncilDecision: petition.opposesCouncilDecision,
    councilDecisionPublishedOn: petition.councilDecisionPublishedOn,
    collectionStart: petition.collectionStart,
    collectionEnd: petition.collectionEnd,
    signatureKinds: petition.signatureKinds,
    rules: petition.rules,
  };
  const json = canonicalJson(content);
  return { json, hash: createHash("sha256").update(json, "utf8").digest() };
}
