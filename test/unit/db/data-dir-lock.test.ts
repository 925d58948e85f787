import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataDirInUseError, lockDataDir } from "../../../src/db/data-dir-lock";

describe("lockDataDir", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mz-lock-"));
  });
  afterEach(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("writes this process id and removes it on release", () => {
    const release = lockDataDir(dataDir);
    expect(fs.readFileSync(path.join(dataDir, "pglite.pid"), "utf8").trim()).toBe(String(process.pid));

    release();
    expect(fs.existsSync(path.join(dataDir, "pglite.pid"))).toBe(false);
  });

  it("rejects a folder held by another live process", async () => {
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
    try {
      fs.writeFileSync(path.join(dataDir, "pglite.pid"), `${holder.pid}\n`);

      expect(() => lockDataDir(dataDir)).toThrow(DataDirInUseError);
      expect(() => lockDataDir(dataDir)).toThrow(`in use by process ${holder.pid}`);
    } finally {
      holder.kill();
    }
  });

  it("takes over a lock left by an ended process", async () => {
    const ended = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    await new Promise((resolve) => ended.once("exit", resolve));
    fs.writeFileSync(path.join(dataDir, "pglite.pid"), `${ended.pid}\n`);

    const release = lockDataDir(dataDir);
    expect(fs.readFileSync(path.join(dataDir, "pglite.pid"), "utf8").trim()).toBe(String(process.pid));
    release();
  });
});
