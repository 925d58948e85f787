import { createCipheriv, createDecipheriv, hkdfSync, type KeyObject, randomBytes } from "node:crypto";
import { CompactEncrypt, compactDecrypt } from "jose";
import type { OfficeEvidenceKey } from "./office-evidence-key";
import type { SignatureEvidence } from "./signature-evidence";

const EVIDENCE_KEY_INFO = "petition-evidence-key";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Media type in the JWE header, so a reader knows what the plaintext is. */
export const EVIDENCE_CONTENT_TYPE = "mitzeichnen-evidence+json";

/** The signature that a sealed piece of evidence belongs to; a sealed value copied to another signature fails to open. */
export type EvidenceBinding = { petitionId: string; nullifier: Buffer };

/**
 * Derive the petition's evidence key from its nullifier key with
 * HKDF-SHA-256. Both come from the one wrapped row in petition_keys, so
 * deleting that row destroys both.
 */
export function petitionEvidenceKey(petitionKey: Buffer): Buffer {
  return Buffer.from(hkdfSync("sha256", petitionKey, Buffer.alloc(0), EVIDENCE_KEY_INFO, 32));
}

/**
 * Seal evidence in two layers. Inside is a compact JWE to the office's key
 * (ECDH-ES+A256KW with A256GCM), which only the holder of the office's
 * private key can decrypt. Around it is AES-256-GCM under the petition's
 * evidence key, with the petition id and nullifier as additional
 * authenticated data, so destroying the petition key makes every copy
 * unreadable, even to the office. Layout: 12-byte IV, ciphertext, 16-byte tag.
 */
export async function sealEvidence(officeKey: OfficeEvidenceKey, evidenceKey: Buffer, binding: EvidenceBinding, evidence: SignatureEvidence): Promise<Buffer> {
  const jwe = await new CompactEncrypt(Buffer.from(JSON.stringify(evidence), "utf8"))
    .setProtectedHeader({ alg: "ECDH-ES+A256KW", enc: "A256GCM", kid: officeKey.kid, cty: EVIDENCE_CONTENT_TYPE })
    .encrypt(officeKey.publicKey);

  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", evidenceKey, iv);
  cipher.setAAD(additionalData(binding));
  const ciphertext = Buffer.concat([cipher.update(jwe, "utf8"), cipher.final()]);
  return Buffer.concat([iv, ciphertext, cipher.getAuthTag()]);
}

/**
 * Open evidence sealed by sealEvidence with the petition's evidence key and
 * the office's private key. Throws when either key or the binding does not
 * match.
 */
export async function openEvidence(officePrivateKey: KeyObject, evidenceKey: Buffer, binding: EvidenceBinding, sealed: Buffer): Promise<SignatureEvidence> {
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const ciphertext = sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", evidenceKey, iv);
  decipher.setAAD(additionalData(binding));
  decipher.setAuthTag(tag);
  const jwe = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");

  const { plaintext } = await compactDecrypt(jwe, officePrivateKey, { keyManagementAlgorithms: ["ECDH-ES+A256KW"], contentEncryptionAlgorithms: ["A256GCM"] });
  return JSON.parse(Buffer.from(plaintext).toString("utf8")) as SignatureEvidence;
}

function additionalData(binding: EvidenceBinding): Buffer {
  return Buffer.concat([Buffer.from(`${binding.petitionId}\n`, "utf8"), binding.nullifier]);
}
