import { generateKeyPairSync, type KeyObject } from "node:crypto";
import type { JWK } from "jose";
import { type OfficeEvidenceKey, officeKeyFromJwk } from "../../src/evidence/office-evidence-key";

export type TestOfficeKeys = { officeEvidenceKey: OfficeEvidenceKey; privateKey: KeyObject; publicJwk: JWK };

/** Generate an election office key pair: the public half for the server, the private half for reading evidence in tests. */
export function generateTestOfficeKeys(): TestOfficeKeys {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const publicJwk = publicKey.export({ format: "jwk" }) as JWK;
  return { officeEvidenceKey: officeKeyFromJwk(publicJwk, "test office key"), privateKey, publicJwk };
}

/** One office key pair shared by the tests of a worker that do not read evidence back. */
export const TEST_OFFICE_KEYS = generateTestOfficeKeys();
