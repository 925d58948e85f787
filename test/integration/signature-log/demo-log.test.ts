import { afterAll, beforeAll, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { demoResidents } from "../../../src/demo/demo-residents";
import { seedDemoData } from "../../../src/petitions/seed-demo";
import { verifySignatureLog } from "../../../src/signature-log/verify-signature-log";
import { signPetition } from "../../../src/signing/sign-petition";
import { openTestDatabase } from "../../helpers/db";
import { signContextFor } from "../../helpers/signature-log";

const NOW = new Date("2026-03-15T12:00:00Z");

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.close();
});

it("keeps the demo petition's log valid", async () => {
  const clock = fixedClock(NOW);
  await seedDemoData(database, clock);
  const [petition] = await database.db.query.petitions.findMany();
  const seeded = await verifySignatureLog(database, petition!.id);

  const ctx = signContextFor(database, clock);
  for (const resident of demoResidents(NOW)) {
    await signPetition(ctx, {
      petition: petition!,
      identity: {
        familyName: resident.familyName,
        givenNames: resident.givenName,
        birthDate: resident.birthDate,
        placeOfBirth: resident.placeOfBirth.locality,
        municipalityKey: resident.municipalityKey,
        mainResidenceSince: resident.mainResidenceSince,
        nationalities: resident.nationalities,
      },
      channel: "wallet",
      credentialType: "urn:mitzeichnen:demo:kommpass:1",
    });
  }
  const signed = await verifySignatureLog(database, petition!.id);

  expect(seeded).toMatchObject({ ok: true, length: 0 });
  expect(signed.problems).toEqual([]);
  expect(signed.length).toBeGreaterThan(0);
});
