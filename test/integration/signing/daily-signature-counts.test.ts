import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { IdentityAttributes } from "../../../src/credentials/identity-attributes";
import type { Database } from "../../../src/db/client";
import { createLogger } from "../../../src/log";
import { readDailySignatureCounts } from "../../../src/signing/daily-signature-counts";
import { type SignContext, signPetition } from "../../../src/signing/sign-petition";
import { openTestDatabase } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";
import { TEST_OFFICE_KEYS } from "../../helpers/evidence";

const PID = "urn:eudi:pid:de:1";
const clock = fixedClock(new Date("2026-03-15T12:00:00Z"));

let database: Database;
let ctx: SignContext;

function resident(givenNames: string, overrides: Partial<IdentityAttributes> = {}): IdentityAttributes {
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

async function signAt(petitionId: string, instant: string, givenNames: string, overrides: Partial<IdentityAttributes> = {}) {
  clock.set(new Date(instant));
  const [petition] = await database.db.query.petitions.findMany({ where: (table, { eq }) => eq(table.id, petitionId) });
  if (petition === undefined) throw new Error("petition vanished");
  const result = await signPetition(ctx, { petition, identity: resident(givenNames, overrides), channel: "wallet", credentialType: PID });
  if (!result.ok) throw new Error(`signing failed: ${result.error}`);
}

beforeAll(async () => {
  database = await openTestDatabase();
  ctx = { database, serverSecret: randomBytes(32), officeEvidenceKey: TEST_OFFICE_KEYS.officeEvidenceKey, clock, log: createLogger("silent") };
});

afterAll(async () => {
  await database.close();
});

describe("readDailySignatureCounts", () => {
  it("counts each signing on its Berlin day across the spring clock change", async () => {
    const petition = await createTestPetition(database, { now: new Date("2026-03-20T12:00:00Z"), collectionStart: "2026-03-27", collectionEnd: "2026-04-30" });
    // 22:30 UTC on 28 March is 23:30 in Berlin (winter time); 22:30 UTC on 29 March is 00:30 on 30 March (summer time).
    await signAt(petition.id, "2026-03-28T22:30:00Z", "Anna");
    await signAt(petition.id, "2026-03-28T23:30:00Z", "Berta");
    await signAt(petition.id, "2026-03-29T21:59:59Z", "Clara");
    await signAt(petition.id, "2026-03-29T22:00:00Z", "Dora", { mainResidenceSince: undefined });

    const days = await readDailySignatureCounts(database, petition.id, "2026-03-27", "2026-03-31");

    expect(days.map((day) => [day.day, day.total])).toEqual([
      ["2026-03-27", 0],
      ["2026-03-28", 1],
      ["2026-03-29", 2],
      ["2026-03-30", 1],
      ["2026-03-31", 0],
    ]);
    expect(days[3]).toMatchObject({ proven: 0, provisional: 1, byChannel: { wallet: 1, passkey: 0, paper: 0 } });
  });

  it("leaves a repeated signing out of the day's count", async () => {
    const petition = await createTestPetition(database, { now: new Date("2026-03-15T12:00:00Z") });
    await signAt(petition.id, "2026-03-15T12:00:00Z", "Erika");
    clock.set(new Date("2026-03-15T13:00:00Z"));
    const again = await signPetition(ctx, { petition, identity: resident("Erika"), channel: "wallet", credentialType: PID });

    const days = await readDailySignatureCounts(database, petition.id, "2026-03-15", "2026-03-15");

    expect(again).toEqual({ ok: false, error: "ALREADY_SIGNED" });
    expect(days).toEqual([{ day: "2026-03-15", total: 1, proven: 1, confirmed: 0, provisional: 0, byChannel: { wallet: 1, passkey: 0, paper: 0 } }]);
  });

  it("returns no day for an empty range without signatures", async () => {
    const petition = await createTestPetition(database, { now: new Date("2026-03-15T12:00:00Z") });
    expect(await readDailySignatureCounts(database, petition.id, "2026-03-16", "2026-03-15")).toEqual([]);
  });
});
