import { CompactEncrypt, importJWK, type JWK } from "jose";
import type { Clock } from "../clock";
import type { Config } from "../config";
import { KOMMPASS_VCT } from "../credentials/kommpass-credential";
import { presentSdJwtVc } from "../credentials/present-sd-jwt-vc";
import type { Logger } from "../log";
import type { DcqlCredentialQuery, DcqlQuery } from "../openid4vp/dcql-query";
import { RESPONSE_KEY_ALG } from "../openid4vp/response-encryption";
import { err, ok, type Result } from "../result";
import type { DemoHolderKeys } from "./demo-holder-keys";
import type { DemoIssuer } from "./demo-issuer";
import { findDemoResident } from "./demo-residents";
import { verifyRequestObject, type RequestObjectRejection } from "./verify-request-object";

/** Time the demo wallet waits for our own server before it gives up. */
const HTTP_TIMEOUT_MS = 10_000;

export type DemoWalletContext = {
  config: Config;
  clock: Clock;
  log: Logger;
  demoIssuer: DemoIssuer;
  holderKeys: DemoHolderKeys;
  /** The test CA of the generated verifier certificate, which the demo wallet trusts. */
  trustAnchor: Buffer | undefined;
};

export type DemoWalletError =
  | "RESIDENT_NOT_FOUND"
  | "URI_NOT_OURS"
  | "REQUEST_FETCH_FAILED"
  | RequestObjectRejection
  | "RESPONSE_NOT_ACCEPTED";

export type DemoWalletChoice = { residentId: string } | { decline: true };

/**
 * Act as a same-device wallet for one authorization request, over real HTTP.
 * The demo wallet fetches the request object from request_uri and checks it
 * as a wallet must. It gets a KommPass for the chosen made-up resident from
 * the demo issuer and presents only the requested claims with a KB-JWT.
 * The response is encrypted to the verifier's key and posted to
 * response_uri. Declining, or a request without a KommPass query, posts
 * access_denied instead.
 *
 * NOTE: it only talks to URLs under config.publicUrl, so a crafted link
 * cannot make the server fetch anything else.
 */
export async function presentWithDemoWallet(
  ctx: DemoWalletContext,
  input: { clientId: string; requestUri: string; choice: DemoWalletChoice },
): Promise<Result<{ redirectUri: string | undefined }, DemoWalletError>> {
  const now = ctx.clock.now();
  const resident = "residentId" in input.choice ? findDemoResident(input.choice.residentId, now) : undefined;
  if ("residentId" in input.choice && resident === undefined) return err("RESIDENT_NOT_FOUND");
  if (!isOurs(ctx.config, input.requestUri, "/openid4vp/request/")) return err("URI_NOT_OURS");

  const fetched = await fetchRequestObject(input.requestUri);
  if (fetched === undefined) return err("REQUEST_FETCH_FAILED");
  const request = await verifyRequestObject(fetched, { clientId: input.clientId, trustAnchor: ctx.trustAnchor, now });
  if (!request.ok) return request;

  const { response_uri: responseUri, response_mode: responseMode, nonce, state, dcql_query: dcqlQuery, client_metadata: clientMetadata } =
    request.value as {
      response_uri: string;
      response_mode: string;
      nonce: string;
      state: string;
      dcql_query: DcqlQuery;
      client_metadata: { jwks?: { keys: JWK[] }; encrypted_response_enc_values_supported?: string[] };
    };
  if (!isOurs(ctx.config, responseUri, "/openid4vp/response/")) return err("URI_NOT_OURS");

  const query = dcqlQuery.credentials.find((credential) => credential.meta.vct_values.includes(KOMMPASS_VCT));
  let parameters: Record<string, unknown>;
  if (resident === undefined || query === undefined) {
    parameters = { error: "access_denied", state };
  } else {
    const holderKey = ctx.holderKeys.forResident(resident.id);
    const issued = await ctx.demoIssuer.issue(resident, holderKey.publicJwk, now);
    const presentation = await presentSdJwtVc(issued, {
      disclose: requestedPaths(query),
      holder: { privateKey: holderKey.privateKey, alg: "ES256" },
      nonce,
      audience: input.clientId,
      issuedAt: now,
    });
    parameters = { vp_token: { [query.id]: [presentation] }, state };
  }

  const form =
    responseMode === "direct_post.jwt" ? { response: await encryptResponse(parameters, clientMetadata) } : formFields(parameters);
  const answer = await postResponse(responseUri, form);
  if (answer === undefined) return err("RESPONSE_NOT_ACCEPTED");
  const redirectUri = typeof answer.redirect_uri === "string" && isOurs(ctx.config, answer.redirect_uri, "/wallet/") ? answer.redirect_uri : undefined;
  ctx.log.info({ event: "demo_wallet.response_sent", redirected: redirectUri !== undefined }, "demo wallet sent a response");
  return ok({ redirectUri });
}

function isOurs(config: Config, uri: string, pathPrefix: string): boolean {
  return uri.startsWith(`${config.publicUrl}${pathPrefix}`);
}

function requestedPaths(query: DcqlCredentialQuery) {
  return query.claims.map((claim) => claim.path);
}

async function fetchRequestObject(requestUri: string): Promise<string | undefined> {
  try {
    const response = await fetch(requestUri, {
      headers: { accept: "application/oauth-authz-req+jwt" },
      redirect: "error",
      signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Encrypt the response parameters to the verifier's ECDH-ES key from
 * client_metadata.jwks, with A256GCM when offered, because HAIP 1.0 §5
 * tells wallets that support both to use it.
 */
async function encryptResponse(
  parameters: Record<string, unknown>,
  clientMetadata: { jwks?: { keys: JWK[] }; encrypted_response_enc_values_supported?: string[] },
): Promise<string> {
  const key = clientMetadata.jwks?.keys.find((jwk) => (jwk.use ?? "enc") === "enc" && jwk.alg === RESPONSE_KEY_ALG && jwk.crv === "P-256");
  if (key === undefined) throw new Error("demo wallet: the request offers no ECDH-ES P-256 key");
  const offered = clientMetadata.encrypted_response_enc_values_supported ?? ["A128GCM"];
  const enc = offered.includes("A256GCM") ? "A256GCM" : "A128GCM";
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(parameters)))
    .setProtectedHeader({ alg: RESPONSE_KEY_ALG, enc, kid: key.kid })
    .encrypt(await importJWK(key, RESPONSE_KEY_ALG));
}

/** direct_post form fields: objects such as vp_token are JSON-encoded (OpenID4VP 1.0 §5.1). */
function formFields(parameters: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(parameters)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, typeof value === "string" ? value : JSON.stringify(value)]),
  );
}

async function postResponse(responseUri: string, form: Record<string, string>): Promise<Record<string, unknown> | undefined> {
  try {
    const response = await fetch(responseUri, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form).toString(),
      redirect: "error",
      signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    });
    if (response.status !== 200) return undefined;
    return (await response.json()) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
