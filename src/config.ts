import os from "node:os";
import path from "node:path";
import { z } from "zod";

/**
 * Runtime configuration, parsed once from the environment at start.
 * Only this module reads process.env; everything else receives a Config.
 */
export type Config = {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  /** Public origin residents and wallets reach us at, without a trailing slash. */
  publicUrl: string;
  dataDir: string;
  /** PostgreSQL connection string; absent means embedded PGlite under dataDir. */
  databaseUrl: string | undefined;
  /** Maximum number of connections to the PostgreSQL server; unused with PGlite. */
  databasePoolSize: number;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  demo: boolean;
  trustListFile: string | undefined;
  /** Server secret for resident keys and for wrapping petition keys, base64url, 32 bytes. */
  serverSecret: string | undefined;
  evidence: {
    /** JWK file with the election office's EC P-256 public key that signature evidence is encrypted to. */
    officeKeyFile: string | undefined;
  };
  verifier: {
    /** PEM file with the relying-party access certificate, followed by its chain. */
    certificateChainFile: string | undefined;
    /** PEM file with the PKCS#8 private key of that certificate. */
    privateKeyFile: string | undefined;
    clientIdPrefix: "x509_hash" | "x509_san_dns";
    /** direct_post is accepted only outside production, for wallets under development. */
    responseMode: "direct_post.jwt" | "direct_post";
    transactionTtlSeconds: number;
  };
  /** Maximum requests in flight; beyond it the server responds 503 with Retry-After. */
  maxConcurrentRequests: number;
  /** Average request duration in milliseconds beyond which the server responds 503 with Retry-After (see AdmissionGate). */
  maxAverageLatencyMs: number;
  /** Worker threads that decrypt and verify wallet responses; 0 runs these checks on the main thread. */
  responseCheckWorkers: number;
  webauthn: {
    /** WebAuthn relying party ID: the host of PUBLIC_URL or a registrable suffix of it. */
    rpId: string;
    /** Origin the browser reports in clientDataJSON, e.g. https://mitzeichnen.example.de. */
    origin: string;
  };
  staffSessions: {
    /** A staff session ends after this many minutes without a request. */
    idleTimeoutMinutes: number;
    /** A staff session ends this many hours after sign-in, however active. */
    absoluteTimeoutHours: number;
  };
  residents: {
    /** Days after which a resident's eligibility facts count as stale and must be proven again before signing. */
    factsValidDays: number;
  };
  signatureLog: {
    /** Milliseconds between two runs of the sealer that chains new signature log entries. */
    sealIntervalMs: number;
  };
  jobs: {
    /** Seconds between two runs of the job that deletes expired transactions, challenges, sessions and codes. */
    purgeIntervalSeconds: number;
    /** Seconds between two runs of the job that erases the petitions whose retention period has ended. */
    retentionIntervalSeconds: number;
  };
  retention: {
    /** Days after a petition's conclusion until its signatures, evidence, log entries and key are erased. */
    days: number;
  };
  /** Number of proxies in front of the server whose X-Forwarded-For entries are trusted. With 0 the client address comes from the socket. */
  trustProxyHops: number;
  rateLimits: RateLimits;
  privacy: {
    /** Controller and data protection officer named in the privacy notice. */
    controller: { name: string; address: string; email: string; officerEmail: string };
    /** Days the operator keeps server logs, as the privacy notice states; the server writes logs to stdout and deletes none. */
    logRetentionDays: number;
  };
};

/** At most `requests` per client in each fixed window of `windowSeconds`. */
export type RateLimit = { requests: number; windowSeconds: number };

/** Request limits by kind of endpoint, counted in this process's memory. An undefined limit is off. */
export type RateLimits = {
  /** Endpoints that start a wallet transaction, a passkey ceremony or an invitation. */
  start: RateLimit | undefined;
  /** Endpoints that accept a code: activation, receipt, invitation and response codes. */
  code: RateLimit | undefined;
  /** The public recompute page of a certified tally and its JSON; unknown tokens count toward `code` as well. */
  tally: RateLimit | undefined;
  /** Wallet endpoints (request object and response), per client address. */
  walletClient: RateLimit | undefined;
  /** Wallet endpoints, per transaction, whichever network the wallet posts from. */
  walletTransaction: RateLimit | undefined;
  /** Every other state-changing request. */
  other: RateLimit | undefined;
  /** Maximum number of clients (or transactions) each limit remembers. Beyond it the oldest windows are dropped. */
  maxTrackedKeys: number;
};

const booleanFlag = z
  .enum(["0", "1", "true", "false", "yes", "no"], {
    message: "expected 0 or 1",
  })
  .transform((value) => value === "1" || value === "true" || value === "yes");

const integerIn = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `expected a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `expected a whole number from ${min} to ${max}`);

const RATE_LIMIT_FORM = "expected REQUESTS/SECONDS such as 30/60, or off";

/**
 * A rate limit written as REQUESTS/SECONDS (each at least 1), or "off".
 * "off" stays a string here because zod would replace an undefined result
 * with the default.
 */
const rateLimit = z
  .string()
  .regex(/^(off|[1-9]\d{0,6}\/[1-9]\d{0,5})$/, RATE_LIMIT_FORM)
  .transform((value): RateLimit | "off" => {
    if (value === "off") return "off";
    const [requests = "", windowSeconds = ""] = value.split("/");
    return { requests: Number(requests), windowSeconds: Number(windowSeconds) };
  });

function rateLimitOrNone(value: RateLimit | "off"): RateLimit | undefined {
  return value === "off" ? undefined : value;
}

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: integerIn(0, 65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, message: "expected an http(s) URL such as https://mitzeichnen.example.de" })
    .refine((url) => !url.endsWith("/"), "expected no trailing slash")
    .optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "expected postgres://user@host:port/database")
    .optional(),
  DATABASE_POOL_SIZE: integerIn(1, 1000).default(20),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DEMO: booleanFlag.optional(),
  TRUST_LIST: z.string().min(1).optional(),
  SERVER_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, "expected 32 random bytes in base64url (43 characters)")
    .optional(),
  OFFICE_EVIDENCE_KEY: z.string().min(1).optional(),
  VERIFIER_CERT_CHAIN: z.string().min(1).optional(),
  VERIFIER_KEY: z.string().min(1).optional(),
  CLIENT_ID_PREFIX: z.enum(["x509_hash", "x509_san_dns"]).default("x509_hash"),
  RESPONSE_MODE: z.enum(["direct_post.jwt", "direct_post"]).default("direct_post.jwt"),
  TRANSACTION_TTL_SECONDS: integerIn(60, 3600).default(300),
  MAX_CONCURRENT_REQUESTS: integerIn(1, 100000).default(512),
  MAX_AVERAGE_LATENCY_MS: integerIn(50, 60000).default(1000),
  RESPONSE_CHECK_WORKERS: integerIn(0, 256).optional(),
  WEBAUTHN_RP_ID: z
    .string()
    .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/, "expected a lower-case host name such as mitzeichnen.example.de")
    .optional(),
  WEBAUTHN_ORIGIN: z
    .url({ protocol: /^https?$/, message: "expected an origin such as https://mitzeichnen.example.de" })
    .refine((url) => new URL(url).origin === url, "expected an origin without path or trailing slash")
    .optional(),
  STAFF_SESSION_IDLE_MINUTES: integerIn(1, 24 * 60).default(30),
  STAFF_SESSION_MAX_HOURS: integerIn(1, 24 * 7).default(12),
  RESIDENT_FACTS_VALID_DAYS: integerIn(1, 3650).default(365),
  LOG_SEAL_INTERVAL_MS: integerIn(50, 3_600_000).default(1000),
  PURGE_INTERVAL_SECONDS: integerIn(10, 86_400).default(300),
  RETENTION_INTERVAL_SECONDS: integerIn(10, 86_400).default(3600),
  RETENTION_DAYS: integerIn(1, 3650).default(90),
  TRUST_PROXY: integerIn(0, 10).default(0),
  RATE_LIMIT_START: rateLimit.default({ requests: 30, windowSeconds: 60 }),
  RATE_LIMIT_CODE: rateLimit.default({ requests: 30, windowSeconds: 600 }),
  RATE_LIMIT_TALLY: rateLimit.default({ requests: 120, windowSeconds: 60 }),
  RATE_LIMIT_WALLET: rateLimit.default({ requests: 120, windowSeconds: 60 }),
  RATE_LIMIT_WALLET_TRANSACTION: rateLimit.default({ requests: 20, windowSeconds: 600 }),
  RATE_LIMIT_OTHER: rateLimit.default({ requests: 120, windowSeconds: 60 }),
  RATE_LIMIT_MAX_CLIENTS: integerIn(100, 10_000_000).default(100_000),
  PRIVACY_CONTROLLER_NAME: z.string().min(1).max(200).optional(),
  PRIVACY_CONTROLLER_ADDRESS: z.string().min(1).max(300).optional(),
  PRIVACY_CONTROLLER_EMAIL: z.email({ message: "expected an e-mail address" }).optional(),
  PRIVACY_OFFICER_EMAIL: z.email({ message: "expected an e-mail address" }).optional(),
  LOG_RETENTION_DAYS: integerIn(1, 3650).default(14),
});

/** Made-up controller shown outside production until the PRIVACY_* settings name the real one. */
const DEMO_CONTROLLER = {
  name: "Stadtverwaltung Musterstadt (Demo)",
  address: "Musterplatz 1, 01000 Musterstadt",
  email: "datenschutz@musterstadt.example",
  officerEmail: "datenschutzbeauftragte@musterstadt.example",
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parse the environment into a Config; throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];

  if ((e.VERIFIER_CERT_CHAIN === undefined) !== (e.VERIFIER_KEY === undefined)) {
    problems.push("VERIFIER_CERT_CHAIN and VERIFIER_KEY: set both files or neither");
  }
  if (e.NODE_ENV === "production") {
    if (e.RESPONSE_MODE === "direct_post") {
      problems.push("RESPONSE_MODE: direct_post sends unencrypted presentations; use direct_post.jwt in production");
    }
    if (e.DEMO === true) problems.push("DEMO: the demo issuer and wallet cannot run in production; set DEMO=0");
    if (e.PUBLIC_URL === undefined) problems.push("PUBLIC_URL: required in production, e.g. https://mitzeichnen.example.de");
    else if (!e.PUBLIC_URL.startsWith("https://")) problems.push("PUBLIC_URL: expected an https:// URL in production");
    if (e.SERVER_SECRET === undefined) problems.push("SERVER_SECRET: required in production (32 random bytes, base64url)");
    if (e.OFFICE_EVIDENCE_KEY === undefined) {
      problems.push("OFFICE_EVIDENCE_KEY: required in production; name the JWK file with the election office's public P-256 key");
    }
    if (e.VERIFIER_CERT_CHAIN === undefined) {
      problems.push("VERIFIER_CERT_CHAIN and VERIFIER_KEY: the access certificate issued by the registrar is required in production");
    }
    if (e.TRUST_LIST === undefined) problems.push("TRUST_LIST: a trust list file is required in production");
    for (const name of ["PRIVACY_CONTROLLER_NAME", "PRIVACY_CONTROLLER_ADDRESS", "PRIVACY_CONTROLLER_EMAIL", "PRIVACY_OFFICER_EMAIL"] as const) {
      if (e[name] === undefined) problems.push(`${name}: required in production, because the privacy notice names the controller`);
    }
  }
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  const webauthnOrigin = e.WEBAUTHN_ORIGIN ?? new URL(publicUrl).origin;
  const rpId = e.WEBAUTHN_RP_ID ?? new URL(webauthnOrigin).hostname;
  if (!isRegistrableSuffix(rpId, new URL(webauthnOrigin).hostname)) {
    problems.push(`WEBAUTHN_RP_ID: "${rpId}" must equal the host of WEBAUTHN_ORIGIN (or PUBLIC_URL) or be a parent domain of it`);
  }
  if (e.STAFF_SESSION_IDLE_MINUTES > e.STAFF_SESSION_MAX_HOURS * 60) {
    problems.push("STAFF_SESSION_IDLE_MINUTES: must not exceed STAFF_SESSION_MAX_HOURS");
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    logLevel: e.LOG_LEVEL,
    demo: e.DEMO ?? (e.NODE_ENV !== "production" && e.DATABASE_URL === undefined),
    trustListFile: e.TRUST_LIST,
    serverSecret: e.SERVER_SECRET,
    evidence: { officeKeyFile: e.OFFICE_EVIDENCE_KEY },
    verifier: {
      certificateChainFile: e.VERIFIER_CERT_CHAIN,
      privateKeyFile: e.VERIFIER_KEY,
      clientIdPrefix: e.CLIENT_ID_PREFIX,
      responseMode: e.RESPONSE_MODE,
      transactionTtlSeconds: e.TRANSACTION_TTL_SECONDS,
    },
    maxConcurrentRequests: e.MAX_CONCURRENT_REQUESTS,
    maxAverageLatencyMs: e.MAX_AVERAGE_LATENCY_MS,
    responseCheckWorkers: e.RESPONSE_CHECK_WORKERS ?? os.availableParallelism(),
    webauthn: { rpId, origin: webauthnOrigin },
    staffSessions: {
      idleTimeoutMinutes: e.STAFF_SESSION_IDLE_MINUTES,
      absoluteTimeoutHours: e.STAFF_SESSION_MAX_HOURS,
    },
    residents: { factsValidDays: e.RESIDENT_FACTS_VALID_DAYS },
    signatureLog: { sealIntervalMs: e.LOG_SEAL_INTERVAL_MS },
    jobs: { purgeIntervalSeconds: e.PURGE_INTERVAL_SECONDS, retentionIntervalSeconds: e.RETENTION_INTERVAL_SECONDS },
    retention: { days: e.RETENTION_DAYS },
    trustProxyHops: e.TRUST_PROXY,
    rateLimits: {
      start: rateLimitOrNone(e.RATE_LIMIT_START),
      code: rateLimitOrNone(e.RATE_LIMIT_CODE),
      tally: rateLimitOrNone(e.RATE_LIMIT_TALLY),
      walletClient: rateLimitOrNone(e.RATE_LIMIT_WALLET),
      walletTransaction: rateLimitOrNone(e.RATE_LIMIT_WALLET_TRANSACTION),
      other: rateLimitOrNone(e.RATE_LIMIT_OTHER),
      maxTrackedKeys: e.RATE_LIMIT_MAX_CLIENTS,
    },
    privacy: {
      controller: {
        name: e.PRIVACY_CONTROLLER_NAME ?? DEMO_CONTROLLER.name,
        address: e.PRIVACY_CONTROLLER_ADDRESS ?? DEMO_CONTROLLER.address,
        email: e.PRIVACY_CONTROLLER_EMAIL ?? DEMO_CONTROLLER.email,
        officerEmail: e.PRIVACY_OFFICER_EMAIL ?? DEMO_CONTROLLER.officerEmail,
      },
      logRetentionDays: e.LOG_RETENTION_DAYS,
    },
  };
}

/** Whether a WebAuthn RP ID is the host itself or one of its parent domains (WebAuthn Level 2 §5.1.4.1). */
function isRegistrableSuffix(rpId: string, host: string): boolean {
  return host === rpId || host.endsWith(`.${rpId}`);
}
