import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { createLogger } from "../../../src/log";
import type { DraftContent } from "../../../src/petitions/draft-form";
import type { PetitionContext } from "../../../src/petitions/petition-context";
import { publishPetition } from "../../../src/petitions/publish-petition";
import { findPetition, type Petition } from "../../../src/petitions/queries";
import { updateDraft } from "../../../src/petitions/update-draft";
import { readDailySignatureCounts } from "../../../src/signing/daily-signature-counts";
import { type SignContext, signPetition } from "../../../src/signing/sign-petition";
import { readSignatureCounts } from "../../../src/signing/signature-counts";
import { openTestDatabase } from "../../helpers/db";
import { TEST_OFFICE_KEYS } from "../../helpers/evidence";
import { createTestPetition } from "../../helpers/petitions";
import { createTestStaffMember } from "../../helpers/staff";

const NOW = new Date("2026-03-15T12:00:00Z");
const ROUNDS = 10;
const SIGNERS = 40;

let database: Database;
let ctx: PetitionContext & SignContext;
let actorId: string;

function contentOf(petition: Petition, title: string): DraftContent {
  const { representative, deputy, quorum, eligibleResidents, notificationDate, opposesCouncilDecision, councilDecisionPublishedOn } = petition;
  const { decisionProposal, reasoning, costCoverageProposal, collectionStart, collectionEnd, signatureKinds, rules } = petition;
  return {
    title,
    decisionProposal,
    reasoning,
    costCoverageProposal,
    representative,
    deputy,
    quorum,
    eligibleResidents,
    notificationDate,
    opposesCouncilDecision,
    councilDecisionPublishedOn,
    collectionStart,
    collectionEnd,
    signatureKinds,
    rules,
  };
}

beforeAll(async () => {
  database = await openTestDatabase({ maxConnections: 20 });
  ctx = { database, serverSecret: randomBytes(32), officeEvidenceKey: TEST_OFFICE_KEYS.officeEvidenceKey, clock: fixedClock(NOW), log: createLogger("silent") };
  actorId = (await createTestStaffMember(database, { role: "organiser" })).id;
});

afterAll(async () => {
  await database.close();
});

describe("an edit racing a publish", () => {
  it("lets exactly one of them start from the version", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const draft = await createTestPetition(database, { now: NOW, status: "draft", title: "Vorher" });

      const [updated, published] = await Promise.all([
        updateDraft(ctx, { actorId, petitionId: draft.id, expectedVersion: draft.version, content: contentOf(draft, "Nachher") }),
        publishPetition(ctx, { actorId, petitionId: draft.id, expectedVersion: draft.version }),
      ]);
      const stored = await findPetition(database, draft.id);
      const audit = await database.rows<{ action: string }>("select action from audit_log where petition_id = $1 order by id", [draft.id]);

      expect(updated.ok).not.toBe(published.ok);
      if (updated.ok) {
        expect(published.ok ? "" : published.error).toBe("VERSION_CONFLICT");
        expect(stored).toMatchObject({ status: "draft", title: "Nachher", version: draft.version + 1 });
        expect(audit.map((entry) => entry.action)).toEqual(["petition.updated"]);
      } else {
        expect(updated.error).toBe("NOT_A_DRAFT");
        expect(stored).toMatchObject({ status: "collecting", title: "Vorher", version: draft.version + 1 });
        expect(audit.map((entry) => entry.action)).toEqual(["petition.published"]);
      }
    }
  });
});

describe("two edits from one version", () => {
  it("save the first and reject the second", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const draft = await createTestPetition(database, { now: NOW, status: "draft", title: "Vorher" });

      const results = await Promise.all(
        ["Tab A", "Tab B"].map((title) => updateDraft(ctx, { actorId, petitionId: draft.id, expectedVersion: draft.version, content: contentOf(draft, title) })),
      );
      const saved = results.filter((result) => result.ok);
      const stored = await findPetition(database, draft.id);

      expect(saved).toHaveLength(1);
      expect(results.map((result) => (result.ok ? "saved" : result.error)).sort()).toEqual(["VERSION_CONFLICT", "saved"]);
      expect(stored?.title).toBe(saved[0]?.ok ? saved[0].value.title : "");
      expect(stored?.version).toBe(draft.version + 1);
    }
  });
});

describe("daily counts under concurrent signing", () => {
  it("add up to the signature count", async () => {
    const petition = await createTestPetition(database, { now: NOW, serverSecret: ctx.serverSecret });

    const results = await Promise.all(
      Array.from({ length: SIGNERS }, (_, index) =>
        signPetition(ctx, {
          petition,
          channel: "wallet",
          credentialType: "urn:eudi:pid:de:1",
          identity: {
            familyName: "Musterfrau",
            givenNames: `Erika ${index}`,
            birthDate: "1980-05-17",
            placeOfBirth: "Dresden",
            municipalityKey: "14612000",
            mainResidenceSince: index % 4 === 0 ? undefined : "2020-01-01",
            nationalities: ["DE"],
          },
        }),
      ),
    );
    const days = await readDailySignatureCounts(database, petition.id, "2026-03-15", "2026-03-15");
    const totals = await readSignatureCounts(database, petition.id);
    const [rows] = await database.rows<{ count: number }>("select count(*)::int as count from signatures where petition_id = $1", [petition.id]);

    expect(results.every((result) => result.ok)).toBe(true);
    expect(rows?.count).toBe(SIGNERS);
    expect(totals.total).toBe(SIGNERS);
    expect(days).toEqual([
      { day: "2026-03-15", total: SIGNERS, proven: totals.proven, confirmed: 0, provisional: totals.provisional, byChannel: { wallet: SIGNERS, passkey: 0, paper: 0 } },
    ]);
    expect(totals.provisional).toBe(SIGNERS / 4);
  });
});
