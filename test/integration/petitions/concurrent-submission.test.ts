import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { createLogger } from "../../../src/log";
import type { PetitionContext } from "../../../src/petitions/petition-context";
import { findPetition } from "../../../src/petitions/queries";
import { submitPetition } from "../../../src/petitions/submit-petition";
import { findSubmission } from "../../../src/petitions/submissions";
import { prepareSignature, signatureInsertSql, signPetition } from "../../../src/signing/sign-petition";
import { openTestDatabase, testDatabaseKind } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";
import { residentNamed } from "../../helpers/signature-log";
import { createTestStaffMember } from "../../helpers/staff";

const NOW = new Date("2026-03-15T12:00:00Z");
const ROUNDS = 10;
const SIGNERS = 30;

let database: Database;
let ctx: PetitionContext;
let actorId: string;

beforeAll(async () => {
  database = await openTestDatabase({ maxConnections: 20 });
  ctx = { database, serverSecret: randomBytes(32), clock: fixedClock(NOW), log: createLogger("silent") };
  actorId = (await createTestStaffMember(database, { role: "organiser" })).id;
});

afterAll(async () => {
  await database.close();
});

async function signatureCount(petitionId: string): Promise<number> {
  const [row] = await database.rows<{ count: number }>("select count(*)::int as count from signatures where petition_id = $1", [petitionId]);
  return row?.count ?? 0;
}

/** Wait until some session of this database waits for a lock, or until `settled` returns true because the racing call finished without waiting. */
async function untilLockWaitOr(settled: () => boolean): Promise<void> {
  for (;;) {
    const [row] = await database.rows<{ waiting: number }>(
      "select count(*)::int as waiting from pg_locks l join pg_stat_activity a on a.pid = l.pid where not l.granted and a.datname = current_database()",
    );
    if ((row?.waiting ?? 0) > 0 || settled()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe("two submissions at once", () => {
  it("let exactly one win", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const petition = await createTestPetition(database, { now: NOW });

      const results = await Promise.all([submitPetition(ctx, { actorId, petitionId: petition.id }), submitPetition(ctx, { actorId, petitionId: petition.id })]);
      const audit = await database.rows<{ action: string }>("select action from audit_log where petition_id = $1", [petition.id]);

      expect(results.map((result) => (result.ok ? "submitted" : result.error)).sort()).toEqual(["ALREADY_SUBMITTED", "submitted"]);
      expect(audit.map((entry) => entry.action)).toEqual(["petition.submitted"]);
      expect((await findPetition(database, petition.id))?.status).toBe("submitted");
    }
  });
});

describe("signings racing a submission", () => {
  it("end before the sealed head or not at all", async () => {
    const petition = await createTestPetition(database, { now: NOW, serverSecret: ctx.serverSecret });

    const signings = Array.from({ length: SIGNERS }, (_, index) =>
      signPetition(ctx, { petition, identity: residentNamed(`Wettlauf ${index}`), channel: "passkey" }),
    );
    const submitted = submitPetition(ctx, { actorId, petitionId: petition.id });
    const results = await Promise.all(signings);
    const submission = await submitted;

    expect(submission.ok).toBe(true);
    const outcomes = new Set(results.map((result) => (result.ok ? "signed" : result.error)));
    expect([...outcomes].every((outcome) => outcome === "signed" || outcome === "NOT_COLLECTING")).toBe(true);
    const signed = results.filter((result) => result.ok).length;
    expect(await signatureCount(petition.id)).toBe(signed);
    expect((await findSubmission(database, petition.id))?.logLength).toBe(signed);
    const [unsealed] = await database.rows<{ count: number }>("select count(*)::int as count from signature_log_entries where petition_id = $1 and seq is null", [
      petition.id,
    ]);
    expect(unsealed?.count).toBe(0);
  });
});

describe.skipIf(testDatabaseKind === "pglite")("a signing while the status changes", () => {
  it("waits and finds the petition submitted", async () => {
    const petition = await createTestPetition(database, { now: NOW, serverSecret: ctx.serverSecret });
    let settled = false;

    const outcome = await database.transaction(async (rows) => {
      await rows("select 1 from petitions where id = $1::uuid for update", [petition.id]);
      await rows("update petitions set status = 'submitted' where id = $1::uuid", [petition.id]);
      const signing = signPetition(ctx, { petition, identity: residentNamed("Wartend"), channel: "passkey" }).finally(() => {
        settled = true;
      });
      await untilLockWaitOr(() => settled);
      return { signing, waited: !settled };
    });
    const result = await outcome.signing;

    expect(outcome.waited).toBe(true);
    expect(result.ok ? "signed" : result.error).toBe("NOT_COLLECTING");
    expect(await signatureCount(petition.id)).toBe(0);
  });

  it("commits first and is sealed by the submission", async () => {
    const petition = await createTestPetition(database, { now: NOW, serverSecret: ctx.serverSecret });
    const prepared = await prepareSignature(ctx, { petition, identity: residentNamed("Zuerst"), channel: "passkey" });
    if (!prepared.ok) throw new Error(`preparing the signature failed with ${prepared.error}`);
    let settled = false;

    const submitted = await database.transaction(async (rows) => {
      await rows(`with ${signatureInsertSql()} select shard from counted`, prepared.value.params);
      const submission = submitPetition(ctx, { actorId, petitionId: petition.id }).finally(() => {
        settled = true;
      });
      await untilLockWaitOr(() => settled);
      return { submission, waited: !settled };
    });
    const submission = await submitted.submission;

    expect(submitted.waited).toBe(true);
    expect(submission.ok ? submission.value.logLength : submission.error).toBe(1);
    expect(await signatureCount(petition.id)).toBe(1);
  });
});
