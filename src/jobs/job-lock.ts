import type { Database } from "../db/client";

/**
 * First key of the two-key advisory locks that jobs take, so they cannot
 * collide with advisory locks of other code on the same database. The second
 * key is hashtext(job name).
 */
const JOB_LOCK_NAMESPACE = 0x6d7a6a62;

/** Job names that run in this process on an embedded database, which no other process can open meanwhile. */
const runningOnEmbedded = new WeakMap<Database, Set<string>>();

/**
 * Run `work` unless the same job already runs against this database, and
 * return whether it ran. On PostgreSQL the guard is a transaction-level
 * advisory lock, held on its own pooled connection while `work` runs on
 * others, so it covers every server instance and ends with the connection
 * if the process dies. PGlite allows one process per data folder, so a set
 * in memory covers it.
 */
export async function runUnderJobLock(database: Database, jobName: string, work: () => Promise<void>): Promise<boolean> {
  if (database.kind === "pglite") return runOnceInProcess(database, jobName, work);

  return database.transaction(async (rows) => {
    const [row] = await rows<{ locked: boolean }>("select pg_try_advisory_xact_lock($1::int, hashtext($2)) as locked", [
      JOB_LOCK_NAMESPACE,
      jobName,
    ]);
    if (row?.locked !== true) return false;
    await work();
    return true;
  });
}

async function runOnceInProcess(database: Database, jobName: string, work: () => Promise<void>): Promise<boolean> {
  let running = runningOnEmbedded.get(database);
  if (running === undefined) {
    running = new Set();
    runningOnEmbedded.set(database, running);
  }
  if (running.has(jobName)) return false;

  running.add(jobName);
  try {
    await work();
    return true;
  } finally {
    running.delete(jobName);
  }
}
