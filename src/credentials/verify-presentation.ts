import { err, ok, type Result } from "../result";
import { checkCredentialStatus } from "./check-credential-status";
import { parseCompactJws } from "./compact-jws";
import { checkKeyBinding } from "./key-binding";
import type { RejectionReason } from "./rejection-reason";
import { resolveDisclosures, SD_HASH_ALGORITHM } from "./resolve-disclosures";
import { isAllowedAlgorithm, verifyJwsSignature } from "./signature-algorithms";
import type { StatusListFetcher } from "./status-list";
import { issuerKeyCandidates, trustIndexFor } from "./trust-index";
import type { TrustList } from "./trust-list";

export type { RejectionReason } from "./rejection-reason";

export type PresentationPolicy = {
  /** The transaction's nonce; the KB-JWT nonce must equal it. */
  nonce: string;
  /** Our client identifier (e.g. "x509_hash:…"); the KB-JWT aud must equal it. */
  audience: string;
  /** vct values this petition accepts. */
  acceptedCredentialTypes: string[];
  now: Date;
  /** Default true. Only tools that inspect issued credentials turn it off. */
  requireKeyBinding?: boolean;
};

export type VerifiedPresentation = {
  vct: string;
  /** Name of the trust list entry whose key verified the credential. */
  issuer: string;
  iss: string | undefined;
  /** The issuer-signed payload with the disclosed claims in place and no _sd, "..." or _sd_alg left. */
  claims: Record<string, unknown>;
};

export type VerificationDeps = { trustList: TrustList; fetchStatusList: StatusListFetcher };

/** typ values of an SD-JWT VC; vc+sd-jwt is the name before draft-ietf-oauth-sd-jwt-vc-06 and still issued by some wallets. */
const SD_JWT_VC_TYPES = new Set(["dc+sd-jwt", "vc+sd-jwt"]);
/** Clock difference tolerated between us, the issuer and the wallet. */
export const CLOCK_SKEW_SECONDS = 60;

/**
 * Verify an SD-JWT VC presentation (RFC 9901 §7, draft-ietf-oauth-sd-jwt-vc):
 * format and typ, algorithm, that the petition accepts the vct, that a trust
 * list entry is trusted for the vct and its key signed the credential, the
 * validity period, the disclosures, the key binding and the status list entry.
 * Stops at the first failed check and returns its code.
 *
 * NOTE: this does not call SDJwtVcInstance.verify() of @sd-jwt/sd-jwt-vc
 * 0.20.0, which decodes the SD-JWT twice per call, reports failures only as
 * message text, checks neither typ, vct, aud nor the age of iat, and accepts a
 * disclosure presented twice.
 */
export async function verifyPresentation(
  presentation: string,
  policy: PresentationPolicy,
  deps: VerificationDeps,
): Promise<Result<VerifiedPresentation, RejectionReason>> {
  const nowSeconds = policy.now.getTime() / 1000;

  // An SD-JWT is <issuer-signed JWT>~<disclosure>~…~<KB-JWT or nothing> (RFC 9901 §4).
  const parts = presentation.trim().split("~");
  if (parts.length < 2) return err("MALFORMED");
  const kbJwt = parts[parts.length - 1]!;
  const disclosures = parts.slice(1, -1);
  if (disclosures.some((disclosure) => disclosure === "")) return err("MALFORMED");
  const issuerJwt = parseCompactJws(parts[0]!);
  if (issuerJwt === undefined) return err("MALFORMED");
  const { header, payload } = issuerJwt;

  if (typeof header.typ !== "string" || !SD_JWT_VC_TYPES.has(header.typ)) return err("TYP_INVALID");
  const alg = header.alg;
  if (!isAllowedAlgorithm(alg)) return err("ALG_NOT_ALLOWED");
  const vct = payload.vct;
  if (typeof vct !== "string" || vct === "") return err("MALFORMED");
  if (!policy.acceptedCredentialTypes.includes(vct)) return err("VCT_NOT_ACCEPTED");

  const index = trustIndexFor(deps.trustList);
  const iss = typeof payload.iss === "string" ? payload.iss : undefined;
  const entries = index.issuers.filter(
    (entry) => entry.issuer.vct.includes(vct) && (entry.issuer.iss === undefined || entry.issuer.iss === iss),
  );
  if (entries.length === 0) return err("ISSUER_UNTRUSTED");
  const candidates = issuerKeyCandidates(index, entries, header, alg, policy.now);
  if (!candidates.ok) return err(candidates.error);
  const signer = candidates.value.find(({ key }) => verifyJwsSignature(alg, key, issuerJwt.signingInput, issuerJwt.signature));
  if (signer === undefined) return err("SIGNATURE_INVALID");

  const validity = checkValidityPeriod(payload, nowSeconds);
  if (!validity.ok) return validity;

  if (payload._sd_alg !== undefined && payload._sd_alg !== SD_HASH_ALGORITHM) return err("ALG_NOT_ALLOWED");
  const claims = resolveDisclosures(payload, disclosures);
  if (claims === undefined) return err("DISCLOSURE_INVALID");

  const requireKeyBinding = policy.requireKeyBinding ?? true;
  if (kbJwt === "") {
    if (requireKeyBinding) return err("KEY_BINDING_MISSING");
  } else {
    const presentedSdJwt = presentation.trim().slice(0, -kbJwt.length);
    const binding = checkKeyBinding(kbJwt, presentedSdJwt, payload, {
      nonce: policy.nonce,
      audience: policy.audience,
      now: policy.now,
      skewSeconds: CLOCK_SKEW_SECONDS,
    });
    if (!binding.ok) return binding;
  }

  const status = await checkCredentialStatus(payload, signer.entry, index, deps.fetchStatusList, policy.now);
  if (!status.ok) return status;

  return ok({ vct, issuer: signer.entry.issuer.name, iss, claims });
}

/** exp, nbf and iat of the issuer-signed JWT, each with CLOCK_SKEW_SECONDS of tolerance; a present but non-numeric value is malformed. */
function checkValidityPeriod(payload: Record<string, unknown>, nowSeconds: number): Result<void, RejectionReason> {
  const { exp, nbf, iat } = payload;
  for (const value of [exp, nbf, iat]) {
    if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value))) return err("MALFORMED");
  }
  if (typeof exp === "number" && exp + CLOCK_SKEW_SECONDS <= nowSeconds) return err("EXPIRED");
  if (typeof nbf === "number" && nbf - CLOCK_SKEW_SECONDS > nowSeconds) return err("NOT_YET_VALID");
  if (typeof iat === "number" && iat - CLOCK_SKEW_SECONDS > nowSeconds) return err("NOT_YET_VALID");
  return ok(undefined);
}

