import { createPrivateKey, createPublicKey, type JsonWebKey } from "node:crypto";
import { CompactEncrypt, importJWK, type JWK } from "jose";
import type { ClaimPath } from "../../src/credentials/credential-type";
import { KOMMPASS_VCT } from "../../src/credentials/credential-types";
import { generateTestKey, issueKommPass, presentCredential, type TestIssuer } from "../helpers/credentials";
import { benchResident } from "./bench-residents";

/** Values a wallet reads from one transaction's request object to build its response. */
export type ResponseJob = {
  residentIndex: number;
  clientId: string;
  nonce: string;
  state: string;
  /** Public ECDH-ES key from client_metadata.jwks. */
  responseKey: JWK;
  credentialQueryId: string;
  claimPaths: ClaimPath[];
};

/** The bench issuer as plain data, so it can be sent to worker threads. */
export type BenchIssuerData = { iss: string; kid: string; privateJwk: JsonWebKey };

export function issuerFromData(data: BenchIssuerData): TestIssuer {
  const privateKey = createPrivateKey({ key: data.privateJwk, format: "jwk" });
  const publicJwk = createPublicKey(privateKey).export({ format: "jwk" }) as JWK;
  const name = "Bench KommPass issuer";
  return {
    alg: "ES256",
    privateKey,
    publicJwk,
    name,
    iss: data.iss,
    kid: data.kid,
    header: { kid: data.kid },
    trustedIssuer: { name, iss: data.iss, jwks: [{ ...publicJwk, kid: data.kid }], x509TrustAnchors: [], vct: [KOMMPASS_VCT] },
    ca: undefined,
  };
}

/**
 * Build the form body a wallet posts for direct_post.jwt (OpenID4VP 1.0
 * §8.3): a KommPass issued to the job's resident, presented with the
 * requested claims and a KB-JWT over the nonce and client_id, in a vp_token
 * encrypted with ECDH-ES and A128GCM to the transaction's response key.
 */
export async function encryptedWalletResponse(issuer: TestIssuer, job: ResponseJob, now: Date): Promise<string> {
  const holder = generateTestKey();
  const issued = await issueKommPass(issuer, benchResident(job.residentIndex), { holder, now });
  const presentation = await presentCredential(issued, {
    holder,
    nonce: job.nonce,
    audience: job.clientId,
    now,
    disclose: job.claimPaths,
  });

  const parameters = { vp_token: { [job.credentialQueryId]: [presentation] }, state: job.state };
  const jwe = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(parameters)))
    .setProtectedHeader({ alg: "ECDH-ES", enc: "A128GCM", kid: job.responseKey.kid })
    .encrypt(await importJWK(job.responseKey, "ECDH-ES"));
  return new URLSearchParams({ response: jwe }).toString();
}
