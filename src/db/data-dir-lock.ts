import fs from "node:fs";
import path from "node:path";

/** Error raised while another live process has the embedded database open, because PGlite allows one process per folder. */
export class DataDirInUseError extends Error {
  override name = "DataDirInUseError";

  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `DATA_DIR ${dataDir}: the embedded database is in use by process ${pid}; stop that process (the server) first, or use a PostgreSQL server through DATABASE_URL`,
    );
  }
}

const LOCK_FILE = "pglite.pid";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Take the embedded database folder for this process, so a second process
 * (a CLI while the server runs) fails at once instead of writing next to the
 * first and losing its writes. A lock left by a process that has ended is
 * taken over. Returns the function that releases the lock.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: "wx" });
      return () => {
        fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number.parseInt(fs.readFileSync(file, "utf8"), 10);
    if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) {
      throw new DataDirInUseError(dataDir, holder);
    }
    fs.rmSync(file, { force: true });
  }
  throw new Error(`${file}: could not take the lock; delete the file if no server is running`);
}
