import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { entryHash, GENESIS_HASH } from "../../../src/signature-log/entry-hash";
import { readLogHead } from "../../../src/signature-log/read-log-head";
import {
  advanceLogHead,
  chainUnsealedEntries,
  lockLogHead,
  sealAllPendingLogs,
  sealPetitionLog,
  writeChainedEntries,
} from "../../../src/signature-log/seal-log";
import type { SignContext } from "../../../src/signing/sign-petition";
import { openTestDatabase, testDatabaseKind } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";
import { signContextFor, signForResidents } from "../../helpers/signature-log";

const NOW = new Date("2026-03-15T12:00:00Z");

type SealedRow = {
  id: string;
  seq: string | null;
  kind: string;
  nullifier: Buffer;
  channel: string;
  status: string | null;
  reason: string | null;
  micros: string;
  entry_hash: Buffer | null;
};

let database: Database;
let ctx: SignContext;

beforeAll(async () => {
  database = await openTestDatabase();
  ctx = signContextFor(database, fixedClock(NOW));
});

afterAll(async () => {
  await database.close();
});

async function entries(petitionId: string): Promise<SealedRow[]> {
  return database.rows<SealedRow>(
    `select id, seq, kind, nullifier, channel, status, reason, (extract(epoch from occurred_at) * 1000000)::bigint::text as micros, entry_hash
       from signature_log_entries where petition_id = $1 order by id`,
    [petitionId],
  );
}

/** Recompute the chain from the entries in seq order and return its head hash in hex. */
function recomputedHead(petitionId: string, rows: SealedRow[]): string {
  let previous: Buffer = GENESIS_HASH;
  for (const row of [...rows].sort((a, b) => Number(a.seq) - Number(b.seq))) {
    previous = entryHash(
      {
        petitionId,
        seq: Number(row.seq),
        kind: row.kind,
        nullifier: Buffer.from(row.nullifier),
        channel: row.channel,
        status: row.status,
        reason: row.reason,
        occurredAtMicros: BigInt(row.micros),
      },
      previous,
    );
  }
  return previous.toString("hex");
}

describe("sealPetitionLog", () => {
  it("numbers entries in append order", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signForResidents(ctx, petition, 5, "Reihenfolge");

    const result = await sealPetitionLog(database, petition.id);

    expect(result).toEqual({ sealed: 5, length: 5 });
    const rows = await entries(petition.id);
    expect(rows.map((row) => Number(row.seq))).toEqual([1, 2, 3, 4, 5]);
  });

  it("moves the head to the recomputed hash", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signForResidents(ctx, petition, 4, "Kopf");

    await sealPetitionLog(database, petition.id);
    const head = await readLogHead(database, petition.id);

    expect(head.length).toBe(4);
    expect(head.unsealed).toBe(0);
    expect(head.sealedAt).toBeInstanceOf(Date);
    expect(head.headHash).toBe(recomputedHead(petition.id, await entries(petition.id)));
  });

  it("continues the chain on a later seal", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signForResidents(ctx, petition, 3, "Erste Runde");
    await sealPetitionLog(database, petition.id);
    await signForResidents(ctx, petition, 2, "Zweite Runde");

    const again = await sealPetitionLog(database, petition.id);
    const nothing = await sealPetitionLog(database, petition.id);

    expect(again).toEqual({ sealed: 2, length: 5 });
    expect(nothing).toEqual({ sealed: 0, length: 5 });
    expect((await readLogHead(database, petition.id)).headHash).toBe(recomputedHead(petition.id, await entries(petition.id)));
  });

  it("seals a backlog in several batches", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signForResidents(ctx, petition, 7, "Stapel");

    const result = await sealPetitionLog(database, petition.id, { batchSize: 3 });

    expect(result).toEqual({ sealed: 7, length: 7 });
    expect((await entries(petition.id)).map((row) => Number(row.seq))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("keeps other petitions' entries apart", async () => {
    const first = await createTestPetition(database, { now: NOW });
    const second = await createTestPetition(database, { now: NOW });
    await signForResidents(ctx, first, 2, "Getrennt");
    await signForResidents(ctx, second, 3, "Getrennt");

    await sealPetitionLog(database, first.id);

    expect((await readLogHead(database, first.id)).length).toBe(2);
    expect(await readLogHead(database, second.id)).toMatchObject({ length: 0, unsealed: 3, sealedAt: null });
  });
});

describe("readLogHead", () => {
  it("reports an empty log", async () => {
    const petition = await createTestPetition(database, { now: NOW });

    expect(await readLogHead(database, petition.id)).toEqual({ length: 0, headHash: "0".repeat(64), sealedAt: null, unsealed: 0 });
  });
});

describe("sealAllPendingLogs", () => {
  it("seals every petition with unsealed entries", async () => {
    const first = await createTestPetition(database, { now: NOW });
    const second = await createTestPetition(database, { now: NOW });
    await signForResidents(ctx, first, 2, "Alle");
    await signForResidents(ctx, second, 3, "Alle");

    await sealAllPendingLogs(database);

    expect(await readLogHead(database, first.id)).toMatchObject({ length: 2, unsealed: 0 });
    expect(await readLogHead(database, second.id)).toMatchObject({ length: 3, unsealed: 0 });
  });
});

describe("sealing interrupted halfway", () => {
  it("leaves the old head when the transaction fails", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signForResidents(ctx, petition, 2, "Vorher");
    await sealPetitionLog(database, petition.id);
    const before = await readLogHead(database, petition.id);
    await signForResidents(ctx, petition, 3, "Abgebrochen");

    const crash = database.transaction(async (rows) => {
      const head = (await lockLogHead(rows, petition.id))!;
      const chained = await chainUnsealedEntries(rows, head, 100);
      await writeChainedEntries(rows, chained);
      throw new Error("simulated crash after the entries were written, before the head moved");
    });

    await expect(crash).rejects.toThrow("simulated crash");
    expect(await readLogHead(database, petition.id)).toEqual({ ...before, unsealed: 3 });
    expect((await entries(petition.id)).filter((row) => row.seq === null)).toHaveLength(3);
  });

  it("completes the chain on the next seal", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signForResidents(ctx, petition, 2, "Wieder Vorher");
    await sealPetitionLog(database, petition.id);
    await signForResidents(ctx, petition, 3, "Wieder Abgebrochen");
    await database
      .transaction(async (rows) => {
        const head = (await lockLogHead(rows, petition.id))!;
        await writeChainedEntries(rows, await chainUnsealedEntries(rows, head, 100));
        throw new Error("simulated crash");
      })
      .catch(() => {});

    const result = await sealPetitionLog(database, petition.id);

    expect(result).toEqual({ sealed: 3, length: 5 });
    expect((await readLogHead(database, petition.id)).headHash).toBe(recomputedHead(petition.id, await entries(petition.id)));
  });

  it.runIf(testDatabaseKind === "postgres")("survives its connection being killed", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signForResidents(ctx, petition, 2, "Getrennte Verbindung");

    const killed = database.transaction(async (rows) => {
      const head = (await lockLogHead(rows, petition.id))!;
      const chained = await chainUnsealedEntries(rows, head, 100);
      await writeChainedEntries(rows, chained);
      await rows("select pg_terminate_backend(pg_backend_pid())");
      await advanceLogHead(rows, head, chained);
    });

    await expect(killed).rejects.toThrow();
    expect(await readLogHead(database, petition.id)).toMatchObject({ length: 0, unsealed: 2 });
    expect(await sealPetitionLog(database, petition.id)).toEqual({ sealed: 2, length: 2 });
  });
});
