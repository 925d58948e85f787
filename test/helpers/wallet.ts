import { createHash, randomBytes, X509Certificate } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Openid4vpClient, type ResolvedOpenid4vpAuthorizationRequest } from "@openid4vc/openid4vp";
import { SDJwtVcInstance } from "@sd-jwt/sd-jwt-vc";
import { CompactEncrypt, compactVerify, exportJWK, importJWK, importX509, type JWK } from "jose";
import type { Hono } from "hono";
import { createApp } from "../../src/app";
import { fixedClock } from "../../src/clock";
import { loadConfig } from "../../src/config";
import { signJws } from "../../src/credentials/jws-signer";
import type { Database } from "../../src/db/client";
import type { AppDeps } from "../../src/deps";
import type { AppEnv } from "../../src/http/env";
import { loadVerifierIdentity } from "../../src/openid4vp/load-verifier-identity";
import type { Petition } from "../../src/petitions/queries";
import { createTestDeps } from "./app";
import { createTestIssuer, noStatusLists, trustListOf, type TestIssuer, type TestKey } from "./credentials";
import { createTestPetition } from "./petitions";
import { NO_RATE_LIMITS } from "./rate-limits";
import type { Logger } from "../../src/log";

/** Public URL of the app under test. It is only ever called in process through app.request, never resolved. */
export const TEST_PUBLIC_URL = "https://localhost";

export type TestApp = Hono<AppEnv>;

export type WalletTestSetup = {
  app: TestApp;
  deps: AppDeps;
  /** The app's clock; advance it to expire transactions. */
  clock: ReturnType<typeof fixedClock>;
  issuer: TestIssuer;
  petition: Petition;
};

export type WalletTestOptions = {
  database?: Database;
  /** Extra environment for loadConfig, e.g. { RESPONSE_MODE: "direct_post" }. */
  env?: Record<string, string>;
  /** Logger of the app, e.g. one that keeps every line for a test to search. */
  logger?: Logger;
};

/**
 * An app with a generated verifier certificate, one trusted test issuer and a
 * collecting Dresden petition. The clock is fixed at the real time the setup
 * ran, because @openid4vc/openid4vp checks iat and exp of request objects
 * against the real time.
 */
export async function createWalletTestSetup(options: WalletTestOptions = {}): Promise<WalletTestSetup> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mz-wallet-test-"));
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, DEMO: "0", PUBLIC_URL: TEST_PUBLIC_URL, ...NO_RATE_LIMITS, ...options.env });
  const issuer = await createTestIssuer();
  const clock = fixedClock(new Date());
  const base = await createTestDeps({
    config,
    clock,
    trustList: trustListOf(issuer),
    fetchStatusList: noStatusLists,
    ...(options.database === undefined ? {} : { database: options.database }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
  const deps: AppDeps = { ...base, verifierIdentity: await loadVerifierIdentity(config, base.clock.now()) };
  const petition = await createTestPetition(deps.database, { now: deps.clock.now(), serverSecret: deps.serverSecret });
  return { app: createApp(deps), deps, clock, issuer, petition };
}

/** A browser that pressed "Mit Wallet unterschreiben": the transaction it was sent to and its binding cookie. */
export type BrowserSession = { transactionId: string; cookie: string };

export async function startSigning(app: TestApp, petitionId: string): Promise<BrowserSession> {
  const response = await app.request(`${TEST_PUBLIC_URL}/petitionen/${petitionId}/wallet`, { method: "POST", headers: { Origin: TEST_PUBLIC_URL } });
  if (response.status !== 303) throw new Error(`starting a wallet transaction answered ${response.status}`);
  const location = response.headers.get("location") ?? "";
  const transactionId = /^\/wallet\/([0-9a-f-]{36})$/.exec(location)?.[1];
  const cookie = /mz_wallet=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
  if (transactionId === undefined || cookie === undefined) throw new Error(`unexpected start response: ${location}`);
  return { transactionId, cookie: `mz_wallet=${cookie}` };
}

/** GET a page as the browser of a session (or another one, with another cookie). */
export async function browserGet(app: TestApp, pathAndQuery: string, cookie: string | undefined): Promise<Response> {
  return app.request(`${TEST_PUBLIC_URL}${pathAndQuery}`, { headers: cookie === undefined ? {} : { cookie } });
}

/**
 * Create an OpenID4VP 1.0 wallet from @openid4vc/openid4vp whose HTTP calls
 * go to the app in process. It checks request objects signed with x5c and
 * encrypts responses with jose.
 */
export function testWalletClient(app: TestApp): Openid4vpClient {
  return new Openid4vpClient({
    callbacks: {
      fetch: (async (input: string | URL | Request, init?: RequestInit) => app.request(input instanceof Request ? input.url : String(input), init)) as typeof fetch,
      hash: (data, alg) => new Uint8Array(createHash(alg.replace("-", "")).update(data).digest()),
      verifyJwt: async (signer, jwt) => {
        if (signer.method !== "x5c") return { verified: false };
        const leafPem = `-----BEGIN CERTIFICATE-----\n${signer.x5c[0]}\n-----END CERTIFICATE-----`;
        const key = await importX509(leafPem, signer.alg);
        try {
          await compactVerify(jwt.compact, key, { algorithms: [signer.alg] });
        } catch {
          return { verified: false };
        }
        return { verified: true, signerJwk: (await exportJWK(key)) as never };
      },
      getX509CertificateMetadata: (certificate) => {
        const names = (new X509Certificate(Buffer.from(certificate, "base64")).subjectAltName ?? "").split(",").map((name) => name.trim());
        return {
          sanDnsNames: names.filter((name) => name.startsWith("DNS:")).map((name) => name.slice(4)),
          sanUriNames: names.filter((name) => name.startsWith("URI:")).map((name) => name.slice(4)),
        };
      },
      encryptJwe: async (encryptor, data) => {
        const publicJwk = encryptor.publicJwk as JWK;
        const jwe = await new CompactEncrypt(new TextEncoder().encode(data))
          .setProtectedHeader({ alg: encryptor.alg, enc: encryptor.enc, kid: publicJwk.kid })
          .setKeyManagementParameters({
            apu: encryptor.apu === undefined ? undefined : Buffer.from(encryptor.apu, "base64url"),
            apv: encryptor.apv === undefined ? undefined : Buffer.from(encryptor.apv, "base64url"),
          })
          .encrypt(await importJWK(publicJwk, encryptor.alg));
        return { jwe, encryptionJwk: encryptor.publicJwk };
      },
      decryptJwe: async () => ({ decrypted: false }),
      signJwt: async () => {
        throw new Error("the test wallet signs no JWTs of its own");
      },
    },
  });
}

/** Resolve an openid4vp:// link the way a wallet does: fetch the request object and check its signature and client_id. */
export function resolveInvocation(client: Openid4vpClient, invocationUrl: string): Promise<ResolvedOpenid4vpAuthorizationRequest> {
  const parameters = Object.fromEntries(new URL(invocationUrl).searchParams);
  return client.resolveOpenId4vpAuthorizationRequest({ authorizationRequestPayload: parameters as never });
}

type DcqlCredential = { id: string; meta: { vct_values: string[] }; claims?: { path: (string | number | null)[] }[] };

/** Find the credential query of the resolved request whose vct_values contain this vct. */
export function credentialQueryFor(resolved: ResolvedOpenid4vpAuthorizationRequest, vct: string): DcqlCredential {
  const query = resolved.dcql?.query as { credentials: DcqlCredential[] } | undefined;
  const credential = query?.credentials.find((entry) => entry.meta.vct_values.includes(vct));
  if (credential === undefined) throw new Error(`the request has no credential query for ${vct}`);
  return credential;
}

/**
 * Present an issued credential for a resolved request with @sd-jwt/sd-jwt-vc:
 * only the claims its credential query names, and a KB-JWT over the request's
 * nonce and client_id. Returns the vp_token.
 */
export async function presentForRequest(
  resolved: ResolvedOpenid4vpAuthorizationRequest,
  credential: string,
  options: { vct: string; holder: TestKey; now: Date; nonce?: string; audience?: string },
): Promise<Record<string, string[]>> {
  const query = credentialQueryFor(resolved, options.vct);
  const sdJwtVc = new SDJwtVcInstance({
    hasher: (data, alg) => new Uint8Array(createHash(alg.replace("-", "")).update(typeof data === "string" ? data : new Uint8Array(data)).digest()),
    kbSigner: (signingInput) => signJws(options.holder.alg, options.holder.privateKey, signingInput),
    kbSignAlg: options.holder.alg,
  });
  const paths = (query.claims ?? []).map((claim) => claim.path);
  const keys = (await sdJwtVc.presentableKeys(credential)).filter((key) => isRequested(key, paths));
  const presentation = await sdJwtVc.present(credential, frameOf(keys) as never, {
    kb: {
      payload: {
        iat: Math.floor(options.now.getTime() / 1000),
        aud: options.audience ?? resolved.authorizationRequestPayload.client_id!,
        nonce: options.nonce ?? resolved.authorizationRequestPayload.nonce,
      },
    },
  });
  return { [query.id]: [presentation] };
}

function isRequested(key: string, paths: (string | number | null)[][]): boolean {
  const segments = key.split(".");
  return paths.some((claimPath) =>
    claimPath.slice(0, segments.length).every((wanted, position) => wanted === null || String(wanted) === segments[position]),
  );
}

function frameOf(keys: string[]): Record<string, unknown> {
  const frame: Record<string, unknown> = {};
  for (const key of keys) {
    let node = frame;
    const segments = key.split(".");
    segments.forEach((segment, position) => {
      if (position === segments.length - 1) node[segment] ??= true;
      else {
        if (typeof node[segment] !== "object") node[segment] = {};
        node = node[segment] as Record<string, unknown>;
      }
    });
  }
  return frame;
}

/**
 * Send a vp_token to the request's response_uri as the library's wallet
 * does: encrypted to the request's key for direct_post.jwt, as form fields
 * for direct_post.
 */
export async function submitVpToken(
  resolved: ResolvedOpenid4vpAuthorizationRequest,
  client: Openid4vpClient,
  vpToken: Record<string, string[]>,
  options: { enc?: "A128GCM" | "A256GCM" } = {},
): Promise<Response> {
  const request = resolved.authorizationRequestPayload;
  const encrypted = request.response_mode === "direct_post.jwt";
  const created = await client.createOpenid4vpAuthorizationResponse({
    authorizationRequestPayload: request,
    authorizationResponsePayload: { vp_token: vpToken },
    ...(encrypted
      ? {
          jarm: {
            encryption: { nonce: randomBytes(16).toString("base64url") },
            serverMetadata: {
              authorization_signing_alg_values_supported: ["ES256"],
              authorization_encryption_alg_values_supported: ["ECDH-ES"],
              authorization_encryption_enc_values_supported: [options.enc ?? "A256GCM"],
            },
          },
        }
      : {}),
  });
  const submitted = await client.submitOpenid4vpAuthorizationResponse({
    authorizationRequestPayload: request as never,
    authorizationResponsePayload: created.authorizationResponsePayload,
    jarm: created.jarm === undefined ? undefined : { responseJwt: created.jarm.responseJwt },
  });
  return submitted.response;
}

/** POST form fields to a response URI of the app, as a wallet would, for hand-made responses. */
export async function postToResponseUri(app: TestApp, responseUri: string, fields: Record<string, string>): Promise<Response> {
  return app.request(responseUri, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Encrypt a JSON payload to the request's response key with the given alg and enc, for hand-made responses. */
export async function encryptToRequest(
  resolved: ResolvedOpenid4vpAuthorizationRequest,
  payload: Record<string, unknown>,
  header: { alg?: string; enc?: string; kid?: string } = {},
): Promise<string> {
  const jwk = (resolved.authorizationRequestPayload.client_metadata?.jwks?.keys[0] ?? {}) as JWK;
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: header.alg ?? "ECDH-ES", enc: header.enc ?? "A128GCM", kid: header.kid ?? jwk.kid })
    .encrypt(await importJWK(jwk, "ECDH-ES"));
}

/** response_uri of a resolved redirect request. */
export function responseUriOf(resolved: ResolvedOpenid4vpAuthorizationRequest): string {
  return (resolved.authorizationRequestPayload as { response_uri: string }).response_uri;
}

/** state of a resolved request. */
export function stateOf(resolved: ResolvedOpenid4vpAuthorizationRequest): string {
  return (resolved.authorizationRequestPayload as { state: string }).state;
}
