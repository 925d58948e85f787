import { describe, expect, it } from "vitest";
import { benchmarkLogAppend } from "../../bench/log-append-throughput";

// The benchmark builds the signing statement's parameters itself, so a new
// parameter breaks it without failing any other test. This runs it briefly
// on PGlite and checks its result, never its speed.
describe("signature log benchmark", () => {
  it("runs both variants and verifies", { timeout: 60_000 }, async () => {
    const run = await benchmarkLogAppend("pglite", { connections: 2, rounds: 1, roundSeconds: 0.2, sealIntervalMs: 100 }, () => {});

    expect(run.skipped).toBeUndefined();
    if (run.skipped !== undefined) return;
    expect(run.withLog.signatures).toBeGreaterThan(0);
    expect(run.withoutLog.signatures).toBeGreaterThan(0);
    expect(run.logVerified).toBe(true);
  });
});
