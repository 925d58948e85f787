import { createHash, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { JWK } from "jose";
import type { Config } from "../config";

/** The election office's public key that signature evidence is encrypted to, with its RFC 7638 thumbprint as key id. */
export type OfficeEvidenceKey = { publicKey: KeyObject; kid: string };

/** File names under DATA_DIR/secrets of the key pair that development generates in place of the office's key. */
export const DEVELOPMENT_OFFICE_KEY_FILES = { privateKey: "office-evidence-key.private.jwk", publicKey: "office-evidence-key.public.jwk" };

/** A key file that is unreadable as the office's public key; the message names the file and what it must contain. */
export class OfficeEvidenceKeyError extends Error {
  override name = "OfficeEvidenceKeyError";
}

/**
 * Load the office's public key from OFFICE_EVIDENCE_KEY, a JWK file with an
 * EC P-256 public key. Outside production without that setting, a key pair
 * is generated once into DATA_DIR/secrets, and `npm run evidence:read` finds
 * the private half there. A file that contains a private key is rejected,
 * because the server must never be able to read the evidence it stores.
 */
export function loadOfficeEvidenceKey(config: Config): OfficeEvidenceKey {
  if (config.evidence.officeKeyFile !== undefined) return officeKeyFromFile(config.evidence.officeKeyFile);
  if (config.env === "production") throw new OfficeEvidenceKeyError("OFFICE_EVIDENCE_KEY is required in production");

  const folder = path.join(config.dataDir, "secrets");
  const publicFile = path.join(folder, DEVELOPMENT_OFFICE_KEY_FILES.publicKey);
  if (!fs.existsSync(publicFile)) writeDevelopmentKeyPair(folder);
  return officeKeyFromFile(publicFile);
}

/** Build the key from a public JWK, as parsed from a file or given by a test. */
export function officeKeyFromJwk(jwk: JWK, source: string): OfficeEvidenceKey {
  if (jwk.d !== undefined) {
    throw new OfficeEvidenceKeyError(`${source} contains a private key; give the server only the public key (remove "d")`);
  }
  if (jwk.kty !== "EC" || jwk.crv !== "P-256" || typeof jwk.x !== "string" || typeof jwk.y !== "string") {
    throw new OfficeEvidenceKeyError(`${source} must contain an EC public key on curve P-256 as JWK (kty "EC", crv "P-256", x, y)`);
  }
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({ key: { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y }, format: "jwk" });
  } catch {
    throw new OfficeEvidenceKeyError(`${source} contains no valid point on curve P-256; export the office's public key again`);
  }
  return { publicKey, kid: thumbprintOf(jwk.x, jwk.y) };
}

function officeKeyFromFile(file: string): OfficeEvidenceKey {
  let jwk: unknown;
  try {
    jwk = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    if (error instanceof SyntaxError) throw new OfficeEvidenceKeyError(`${file} is not valid JSON; it must contain one JWK`);
    throw error;
  }
  if (typeof jwk !== "object" || jwk === null || Array.isArray(jwk)) {
    throw new OfficeEvidenceKeyError(`${file} must contain one JWK object`);
  }
  return officeKeyFromJwk(jwk as JWK, file);
}

function writeDevelopmentKeyPair(folder: string): void {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const privateFile = path.join(folder, DEVELOPMENT_OFFICE_KEY_FILES.privateKey);
  fs.writeFileSync(privateFile, `${JSON.stringify(privateKey.export({ format: "jwk" }))}\n`, { mode: 0o600, flag: "wx" });
  fs.writeFileSync(path.join(folder, DEVELOPMENT_OFFICE_KEY_FILES.publicKey), `${JSON.stringify(publicKey.export({ format: "jwk" }))}\n`, {
    mode: 0o644,
    flag: "wx",
  });
}

/** JWK thumbprint (RFC 7638) of an EC key: SHA-256 over its required members in lexicographic order. */
function thumbprintOf(x: string, y: string): string {
  const canonical = JSON.stringify({ crv: "P-256", kty: "EC", x, y });
  return createHash("sha256").update(canonical).digest("base64url");
}
