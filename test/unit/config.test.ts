import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config";

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("loadConfig", () => {
  it("uses development defaults", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe("http://localhost:3000");
    expect(config.databaseUrl).toBeUndefined();
    expect(config.demo).toBe(true);
    expect(config.verifier.clientIdPrefix).toBe("x509_hash");
    expect(config.verifier.responseMode).toBe("direct_post.jwt");
  });

  it("turns the demo off with DEMO=0", () => {
    expect(loadConfig({ DEMO: "0" }).demo).toBe(false);
  });

  it("names a port that is not a number", () => {
    expect(problemsOf({ PORT: "abc" })).toEqual([expect.stringMatching(/^PORT: expected a whole number/)]);
  });

  it("reads the database pool size", () => {
    expect(loadConfig({}).databasePoolSize).toBe(20);
    expect(loadConfig({ DATABASE_POOL_SIZE: "5" }).databasePoolSize).toBe(5);
    expect(problemsOf({ DATABASE_POOL_SIZE: "0" })).toEqual([expect.stringMatching(/^DATABASE_POOL_SIZE: expected a whole number from 1/)]);
  });

  it("reads the number of response check workers", () => {
    expect(loadConfig({}).responseCheckWorkers).toBeGreaterThanOrEqual(1);
    expect(loadConfig({ RESPONSE_CHECK_WORKERS: "0" }).responseCheckWorkers).toBe(0);
    expect(problemsOf({ RESPONSE_CHECK_WORKERS: "-1" })).toEqual([expect.stringMatching(/^RESPONSE_CHECK_WORKERS: expected a whole number from 0/)]);
  });

  it("reads the validity of resident facts", () => {
    expect(loadConfig({}).residents.factsValidDays).toBe(365);
    expect(loadConfig({ RESIDENT_FACTS_VALID_DAYS: "30" }).residents.factsValidDays).toBe(30);
    expect(problemsOf({ RESIDENT_FACTS_VALID_DAYS: "0" })).toEqual([expect.stringMatching(/^RESIDENT_FACTS_VALID_DAYS: expected a whole number from 1/)]);
  });

  it("reads the purge interval", () => {
    expect(loadConfig({}).jobs.purgeIntervalSeconds).toBe(300);
    expect(loadConfig({ PURGE_INTERVAL_SECONDS: "60" }).jobs.purgeIntervalSeconds).toBe(60);
    expect(problemsOf({ PURGE_INTERVAL_SECONDS: "5" })).toEqual([expect.stringMatching(/^PURGE_INTERVAL_SECONDS: expected a whole number from 10/)]);
  });

  it("reads the retention period", () => {
    expect(loadConfig({}).retention.days).toBe(90);
    expect(loadConfig({ RETENTION_DAYS: "180" }).retention.days).toBe(180);
    expect(loadConfig({ RETENTION_INTERVAL_SECONDS: "600" }).jobs.retentionIntervalSeconds).toBe(600);
    expect(problemsOf({ RETENTION_DAYS: "0" })).toEqual([expect.stringMatching(/^RETENTION_DAYS: expected a whole number from 1/)]);
  });

  it("names a database URL of the wrong form", () => {
    expect(problemsOf({ DATABASE_URL: "mysql://x" })).toEqual([expect.stringMatching(/^DATABASE_URL: expected postgres:\/\//)]);
  });

  it("rejects a server secret of the wrong length", () => {
    expect(problemsOf({ SERVER_SECRET: "short" })).toEqual([expect.stringMatching(/^SERVER_SECRET: expected 32 random bytes/)]);
  });

  it("requires every secret in production", () => {
    const problems = problemsOf({ NODE_ENV: "production" });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PUBLIC_URL: required/),
        expect.stringMatching(/^SERVER_SECRET: required/),
        expect.stringMatching(/^OFFICE_EVIDENCE_KEY: required/),
        expect.stringMatching(/^VERIFIER_CERT_CHAIN and VERIFIER_KEY/),
        expect.stringMatching(/^TRUST_LIST: /),
      ]),
    );
  });

  it("rejects plain direct_post in production", () => {
    expect(problemsOf({ NODE_ENV: "production", RESPONSE_MODE: "direct_post" })).toContainEqual(
      expect.stringMatching(/^RESPONSE_MODE: /),
    );
  });

  it("requires the certificate chain and key together", () => {
    expect(problemsOf({ VERIFIER_CERT_CHAIN: "/tmp/chain.pem" })).toEqual([
      expect.stringMatching(/^VERIFIER_CERT_CHAIN and VERIFIER_KEY: set both/),
    ]);
  });

  it("uses default rate limits", () => {
    const limits = loadConfig({}).rateLimits;
    expect(limits.start).toEqual({ requests: 30, windowSeconds: 60 });
    expect(limits.code).toEqual({ requests: 30, windowSeconds: 600 });
    expect(limits.tally).toEqual({ requests: 120, windowSeconds: 60 });
    expect(limits.walletClient).toEqual({ requests: 120, windowSeconds: 60 });
    expect(limits.walletTransaction).toEqual({ requests: 20, windowSeconds: 600 });
    expect(limits.other).toEqual({ requests: 120, windowSeconds: 60 });
    expect(limits.maxTrackedKeys).toBe(100_000);
  });

  it("reads a rate limit as requests per seconds", () => {
    expect(loadConfig({ RATE_LIMIT_CODE: "5/900" }).rateLimits.code).toEqual({ requests: 5, windowSeconds: 900 });
  });

  it("turns a rate limit off", () => {
    expect(loadConfig({ RATE_LIMIT_OTHER: "off" }).rateLimits.other).toBeUndefined();
  });

  it("names a malformed rate limit", () => {
    expect(problemsOf({ RATE_LIMIT_START: "30" })).toEqual([expect.stringMatching(/^RATE_LIMIT_START: expected REQUESTS\/SECONDS/)]);
    expect(problemsOf({ RATE_LIMIT_START: "0/60" })).toEqual([expect.stringMatching(/^RATE_LIMIT_START: /)]);
  });

  it("trusts no proxy unless told", () => {
    expect(loadConfig({}).trustProxyHops).toBe(0);
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxyHops).toBe(1);
    expect(problemsOf({ TRUST_PROXY: "yes" })).toEqual([expect.stringMatching(/^TRUST_PROXY: expected a whole number/)]);
  });

  it("names a demo controller outside production", () => {
    const privacy = loadConfig({}).privacy;
    expect(privacy.controller.name).toContain("Demo");
    expect(privacy.logRetentionDays).toBe(14);
  });

  it("requires the controller in production", () => {
    const problems = problemsOf({ NODE_ENV: "production" });
    for (const name of ["PRIVACY_CONTROLLER_NAME", "PRIVACY_CONTROLLER_ADDRESS", "PRIVACY_CONTROLLER_EMAIL", "PRIVACY_OFFICER_EMAIL"]) {
      expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${name}: required in production`)));
    }
  });

  it("names a controller e-mail that is no address", () => {
    expect(problemsOf({ PRIVACY_CONTROLLER_EMAIL: "nobody" })).toEqual([expect.stringMatching(/^PRIVACY_CONTROLLER_EMAIL: expected an e-mail address/)]);
  });
});
