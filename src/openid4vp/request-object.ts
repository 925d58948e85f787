import { type JWK, SignJWT } from "jose";
import { RESPONSE_ENC_VALUES } from "./response-encryption";
import type { VerifierIdentity } from "./verifier-identity";

/** typ of a signed request object (RFC 9101 §4; OpenID4VP 1.0 §5 requires it). */
export const REQUEST_OBJECT_TYP = "oauth-authz-req+jwt";

/** aud of a request object when the wallet is found by static discovery (OpenID4VP 1.0 §5.8). */
export const STATIC_DISCOVERY_AUDIENCE = "https://self-issued.me/v2";

export type ResponseMode = "direct_post.jwt" | "direct_post";

export type RequestObjectInput = {
  clientId: string;
  responseUri: string;
  responseMode: ResponseMode;
  nonce: string;
  state: string;
  dcqlQuery: Record<string, unknown>;
  clientName: string;
  /** Public half of the transaction's ECDH-ES key; only sent with direct_post.jwt. */
  responseKey: JWK;
  /** Echoed from a request_uri POST (OpenID4VP 1.0 §5.10), so the wallet can detect a replayed request object. */
  walletNonce: string | undefined;
  issuedAt: Date;
  expiresAt: Date;
};

/** Build the claims of a request object for one transaction and flow. */
export function requestObjectClaims(input: RequestObjectInput): Record<string, unknown> {
  const clientMetadata: Record<string, unknown> = {
    client_name: input.clientName,
    vp_formats_supported: {
      "dc+sd-jwt": { "sd-jwt_alg_values": ["ES256"], "kb-jwt_alg_values": ["ES256"] },
    },
  };
  if (input.responseMode === "direct_post.jwt") {
    clientMetadata.jwks = { keys: [input.responseKey] };
    clientMetadata.encrypted_response_enc_values_supported = [...RESPONSE_ENC_VALUES];
  }

  return {
    aud: STATIC_DISCOVERY_AUDIENCE,
    iat: Math.floor(input.issuedAt.getTime() / 1000),
    exp: Math.floor(input.expiresAt.getTime() / 1000),
    client_id: input.clientId,
    response_type: "vp_token",
    response_mode: input.responseMode,
    response_uri: input.responseUri,
    nonce: input.nonce,
    state: input.state,
    dcql_query: input.dcqlQuery,
    client_metadata: clientMetadata,
    ...(input.walletNonce === undefined ? {} : { wallet_nonce: input.walletNonce }),
  };
}

/** Sign request object claims with ES256 and the certificate chain in x5c. */
export async function signRequestObject(identity: VerifierIdentity, claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({
      alg: "ES256",
      typ: REQUEST_OBJECT_TYP,
      x5c: identity.certificateChain.map((der) => der.toString("base64")),
    })
    .sign(identity.privateKey);
}
