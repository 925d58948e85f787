import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { createLogger } from "../../../src/log";
import { readPaperSheetTotals, recordHandedInSheets } from "../../../src/paper-lists/handed-in-sheets";
import { recordIssuedSheets } from "../../../src/paper-lists/issued-sheets";
import type { PetitionContext } from "../../../src/petitions/petition-context";
import { openTestDatabase } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";
import { createTestStaffMember } from "../../helpers/staff";

const NOW = new Date("2026-03-15T12:00:00Z");
const ROUNDS = 10;

let database: Database;
let ctx: PetitionContext;
let actorId: string;

beforeAll(async () => {
  database = await openTestDatabase({ maxConnections: 10 });
  ctx = { database, serverSecret: randomBytes(32), clock: fixedClock(NOW), log: createLogger("silent") };
  actorId = (await createTestStaffMember(database, { role: "organiser" })).id;
});

afterAll(async () => {
  await database.close();
});

describe("overlapping sheet entries at once", () => {
  it("record each sheet once", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const petition = await createTestPetition(database, { now: NOW });
      await recordIssuedSheets(ctx, { actorId, petitionId: petition.id, range: { first: 1, last: 10 } });

      const results = await Promise.all([
        recordHandedInSheets(ctx, { actorId, petitionId: petition.id, sheets: [1, 2, 3], signatureCount: 10 }),
        recordHandedInSheets(ctx, { actorId, petitionId: petition.id, sheets: [3, 4], signatureCount: 5 }),
      ]);

      const outcomes = results.map((result) => (result.ok ? "recorded" : result.error));
      expect(outcomes.filter((outcome) => outcome === "recorded")).toHaveLength(1);
      expect(outcomes).toContain("ALREADY_RECORDED");
      const failed = results.find((result) => !result.ok);
      expect(failed !== undefined && !failed.ok ? failed.sheets : []).toEqual([3]);
      const totals = await readPaperSheetTotals(database, petition.id);
      expect([{ sheets: 3, signatures: 30 }, { sheets: 2, signatures: 10 }]).toContainEqual(totals);
    }
  });
});
