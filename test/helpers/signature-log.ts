import { randomBytes } from "node:crypto";
import type { IdentityAttributes } from "../../src/credentials/identity-attributes";
import type { Database } from "../../src/db/client";
import { createLogger } from "../../src/log";
import type { Petition } from "../../src/petitions/queries";
import { type SignContext, signPetition } from "../../src/signing/sign-petition";
import type { SignatureChannel } from "../../src/signing/signature-counts";
import type { Clock } from "../../src/clock";
import { TEST_OFFICE_KEYS } from "./evidence";

/** Build a signing context with a random server secret and silent logs. */
export function signContextFor(database: Database, clock: Clock): SignContext {
  return { database, serverSecret: randomBytes(32), officeEvidenceKey: TEST_OFFICE_KEYS.officeEvidenceKey, clock, log: createLogger("silent") };
}

/** Build an eligible Dresden resident whose given names make the identity unique. */
export function residentNamed(givenNames: string, overrides: Partial<IdentityAttributes> = {}): IdentityAttributes {
  return {
    familyName: "Musterfrau",
    givenNames,
    birthDate: "1980-05-17",
    placeOfBirth: "Dresden",
    municipalityKey: "14612000",
    mainResidenceSince: "2020-01-01",
    nationalities: ["DE"],
    ...overrides,
  };
}

/**
 * Sign a petition for `count` different residents, all at once, rotating
 * through wallet, passkey and paper. Wallet signers at even positions lack a
 * residence date, so their signatures are provisional. Throws when a signing
 * fails.
 */
export async function signForResidents(ctx: SignContext, petition: Petition, count: number, namePrefix: string): Promise<void> {
  const channels: SignatureChannel[] = ["wallet", "passkey", "paper"];
  const results = await Promise.all(
    Array.from({ length: count }, (_, index) => {
      const channel = channels[index % channels.length]!;
      const provisional = channel === "wallet" && index % 2 === 0;
      const identity = residentNamed(`${namePrefix} ${index}`, provisional ? { mainResidenceSince: undefined } : {});
      return signPetition(ctx, { petition, identity, channel, ...(channel === "wallet" ? { credentialType: "urn:eudi:pid:de:1" } : {}) });
    }),
  );
  const failed = results.find((result) => !result.ok);
  if (failed !== undefined && !failed.ok) throw new Error(`a test signing failed with ${failed.error}`);
}
