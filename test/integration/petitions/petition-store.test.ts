import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { createLogger } from "../../../src/log";
import { createPetition } from "../../../src/petitions/create-petition";
import { parsePetitionInput } from "../../../src/petitions/petition-input";
import { findPetition, listCollectingPetitions } from "../../../src/petitions/queries";
import { seedDemoData } from "../../../src/petitions/seed-demo";
import { loadPetitionKey } from "../../../src/signing/petition-keys";
import { openTestDatabase } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";

const NOW = new Date("2026-03-15T12:00:00Z");
const example = JSON.parse(fs.readFileSync(new URL("../../fixtures/petition.example.json", import.meta.url), "utf8"));

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.close();
});

describe("findPetition", () => {
  it("finds a petition by id", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    expect((await findPetition(database, petition.id))?.title).toBe(petition.title);
  });

  it.each(["", "42", "not-a-uuid", "6f1c2a4e-0b7d-4c55-9a51-2f7e3c1d8b9", "'; drop table petitions; --"])(
    "returns undefined for the malformed id %j",
    async (id) => {
      expect(await findPetition(database, id)).toBeUndefined();
    },
  );

  it("returns undefined for an unknown id", async () => {
    expect(await findPetition(database, "6f1c2a4e-0b7d-4c55-9a51-2f7e3c1d8b90")).toBeUndefined();
  });
});

describe("listCollectingPetitions", () => {
  it("lists petitions whose period includes today in Berlin", async () => {
    const open = await createTestPetition(database, { now: NOW, collectionEnd: "2026-03-15" });
    const later = await createTestPetition(database, { now: NOW, collectionStart: "2026-03-16" });
    const draft = await createTestPetition(database, { now: NOW, status: "draft" });
    const closed = await createTestPetition(database, { now: NOW, status: "closed" });

    const ids = (await listCollectingPetitions(database, NOW)).map((petition) => petition.id);

    expect(ids).toContain(open.id);
    expect(ids).not.toContain(later.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(closed.id);
  });

  it("drops a petition at midnight Berlin time after its last day", async () => {
    const petition = await createTestPetition(database, { now: NOW, collectionStart: "2026-03-01", collectionEnd: "2026-03-29" });

    const lastSecond = await listCollectingPetitions(database, new Date("2026-03-29T21:59:59Z"));
    const nextDay = await listCollectingPetitions(database, new Date("2026-03-29T22:00:00Z"));

    expect(lastSecond.map((p) => p.id)).toContain(petition.id);
    expect(nextDay.map((p) => p.id)).not.toContain(petition.id);
  });
});

describe("createPetition", () => {
  it("stores the petition with a wrapped petition key", async () => {
    const parsed = parsePetitionInput(example);
    if (!parsed.ok) throw new Error("example file is invalid");
    const serverSecret = randomBytes(32);

    const petition = await createPetition({ database, serverSecret, log: createLogger("silent") }, parsed.value);

    expect(petition).toMatchObject({ title: example.title, status: "collecting", quorum: 21786 });
    const [row] = await database.rows<{ wrapped_key: Buffer }>("select wrapped_key from petition_keys where petition_id = $1", [petition.id]);
    expect(row?.wrapped_key).toHaveLength(12 + 32 + 16);
    expect(await loadPetitionKey(database, serverSecret, petition.id)).toHaveLength(32);
  });
});

describe("loadPetitionKey", () => {
  it("creates one key for a petition without one and keeps it", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const serverSecret = randomBytes(32);

    const first = await loadPetitionKey(database, serverSecret, petition.id);
    const rows = await database.rows("select 1 from petition_keys where petition_id = $1", [petition.id]);

    expect(rows).toHaveLength(1);
    expect((await loadPetitionKey(database, serverSecret, petition.id)).equals(first)).toBe(true);
  });
});

describe("seedDemoData", () => {
  it("seeds one collecting Dresden petition into an empty database, once", async () => {
    const empty = await openTestDatabase();
    try {
      await seedDemoData(empty, fixedClock(NOW));
      await seedDemoData(empty, fixedClock(NOW));

      const petitions = await listCollectingPetitions(empty, NOW);
      expect(petitions).toHaveLength(1);
      expect(petitions[0]).toMatchObject({
        status: "collecting",
        collectionStart: "2026-03-01",
        signatureKinds: ["online", "paper"],
        rules: {
          municipalityKeys: ["14612000"],
          minimumAge: 18,
          minimumResidenceMonths: 3,
          credentialTypes: ["urn:mitzeichnen:demo:kommpass:1", "urn:eudi:pid:1", "urn:eudi:pid:de:1"],
        },
      });
      expect(petitions[0]?.rules.nationalities).toHaveLength(27);
      expect(parsePetitionInput(demoAsInput(petitions[0]))).toMatchObject({ ok: true });
    } finally {
      await empty.close();
    }
  });

  it("leaves a database with petitions as it is", async () => {
    const before = await database.rows<{ n: number }>("select count(*)::int as n from petitions");
    await seedDemoData(database, fixedClock(NOW));
    const after = await database.rows<{ n: number }>("select count(*)::int as n from petitions");
    expect(after[0]?.n).toBe(before[0]?.n);
  });
});

/** Convert the stored demo petition to the shape of a petition file, to show that it passes the same validation. */
function demoAsInput(petition: Awaited<ReturnType<typeof findPetition>>) {
  if (petition === undefined) throw new Error("no demo petition");
  const { id: _id, createdAt: _created, updatedAt: _updated, createdBy: _creator, publishedAt: _published, version: _version, ...input } = petition;
  return input;
}
