import { err, ok, type Result } from "../result";
import { checkCredentialStatus } from "./check-credential-status";
import { parseCompactJws, type CompactJws } from "./compact-jws";
import { checkKeyBindingClaims } from "./key-binding";
import { isKeyBindingCode, rejectionReasonFor } from "./library-error-codes";
import type { RejectionReason } from "./rejection-reason";
import { SD_HASH_ALGORITHM } from "./sd-jwt-hash";
import { isAllowedAlgorithm } from "./signature-algorithms";
import type { StatusListFetcher } from "./status-list";
import { issuerKeyCandidates, trustIndexFor } from "./trust-index";
import type { TrustList } from "./trust-list";
import { verifyWithSdJwtLibrary } from "./verify-with-sd-jwt-library";

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
 * Verify an SD-JWT VC presentation (RFC 9901 §7, draft-ietf-oauth-sd-jwt-vc)
 * and return the first failed check's code.
 *
 * The signatures, validity period, disclosure digests and sd_hash are checked
 * by safeVerify of @sd-jwt/sd-jwt-vc 0.20.0 (see verifyWithSdJwtLibrary). Our
 * own checks cover what that version leaves out. These are typ, the algorithm
 * allow-list, the vct and issuer against the petition and the trust list, the
 * x5c chain and a disclosure sent twice. For the KB-JWT they are typ, aud and
 * age, and after both JWTs comes the status list.
 */
export async function verifyPresentation(
  presentation: string,
  policy: PresentationPolicy,
  deps: VerificationDeps,
): Promise<Result<VerifiedPresentation, RejectionReason>> {
  const nowSeconds = policy.now.getTime() / 1000;
  const trimmed = presentation.trim();

  const parsed = parsePresentation(trimmed);
  if (!parsed.ok) return parsed;
  const { issuerJwt, kbJwt } = parsed.value;
  const { header, payload } = issuerJwt;

  if (typeof header.typ !== "string" || !SD_JWT_VC_TYPES.has(header.typ)) return err("TYP_INVALID");
  const alg = header.alg;
  if (!isAllowedAlgorithm(alg)) return err("ALG_NOT_ALLOWED");
  const vct = payload.vct;
  if (typeof vct !== "string" || vct === "") return err("MALFORMED");
  if (!policy.acceptedCredentialTypes.includes(vct)) return err("VCT_NOT_ACCEPTED");
  // The library skips exp, nbf and iat unless they are numbers.
  for (const claim of [payload.exp, payload.nbf, payload.iat]) {
    if (claim !== undefined && (typeof claim !== "number" || !Number.isFinite(claim))) return err("MALFORMED");
  }
  if (payload._sd_alg !== undefined && payload._sd_alg !== SD_HASH_ALGORITHM) return err("ALG_NOT_ALLOWED");

  const index = trustIndexFor(deps.trustList);
  const iss = typeof payload.iss === "string" ? payload.iss : undefined;
  const entries = index.issuers.filter(
    (entry) => entry.issuer.vct.includes(vct) && (entry.issuer.iss === undefined || entry.issuer.iss === iss),
  );
  if (entries.length === 0) return err("ISSUER_UNTRUSTED");
  const candidates = issuerKeyCandidates(index, entries, header, alg, policy.now);
  if (!candidates.ok) return err(candidates.error);

  const keyBindingAlg = kbJwt !== undefined && isAllowedAlgorithm(kbJwt.header.alg) ? kbJwt.header.alg : undefined;
  const library = await verifyWithSdJwtLibrary(trimmed, {
    issuerAlg: alg,
    issuerKeys: candidates.value,
    keyBindingAlg,
    nonce: policy.nonce,
    nowSeconds,
    skewSeconds: CLOCK_SKEW_SECONDS,
  });
  if (library.issuerSignature === "rejected") return err("SIGNATURE_INVALID");
  const credentialError = library.errors.find((code) => !isKeyBindingCode(code));
  if (credentialError !== undefined) {
    // Past a verified signature, safeVerify 0.20.0 can only fail while rebuilding the claims from the disclosures, whatever code its message matching picks.
    return err(library.issuerSignature === "verified" ? "DISCLOSURE_INVALID" : rejectionReasonFor(credentialError));
  }

  // Our KB-JWT checks run before the library's KB errors are read, because 0.20.0 reports a wrong nonce or a future iat as a bad signature.
  if (kbJwt === undefined) {
    if (policy.requireKeyBinding ?? true) return err("KEY_BINDING_MISSING");
  } else {
    const binding = checkKeyBindingClaims(kbJwt, payload, {
      nonce: policy.nonce,
      audience: policy.audience,
      now: policy.now,
      skewSeconds: CLOCK_SKEW_SECONDS,
    });
    if (!binding.ok) return binding;
  }
  const keyBindingError = library.errors.find(isKeyBindingCode);
  if (keyBindingError !== undefined) return err(rejectionReasonFor(keyBindingError));

  const { signer, claims } = library;
  if (signer === undefined || claims === undefined) throw new Error("safeVerify succeeded without verifying the issuer signature");

  const status = await checkCredentialStatus(payload, signer.entry, index, deps.fetchStatusList, policy.now);
  if (!status.ok) return status;

  return ok({ vct, issuer: signer.entry.issuer.name, iss, claims });
}

type ParsedPresentation = { issuerJwt: CompactJws; kbJwt: CompactJws | undefined };

/**
 * Split <issuer-signed JWT>~<disclosure>~…~<KB-JWT or nothing> (RFC 9901 §4)
 * and decode the two JWTs. Also rejects a disclosure sent twice, which
 * @sd-jwt/core 0.20.0 accepts. The library decodes the disclosures itself.
 */
function parsePresentation(presentation: string): Result<ParsedPresentation, RejectionReason> {
  const parts = presentation.split("~");
  if (parts.length < 2) return err("MALFORMED");
  const issuerJwt = parseCompactJws(parts[0]!);
  if (issuerJwt === undefined) return err("MALFORMED");

  const disclosures = parts.slice(1, -1);
  if (disclosures.some((disclosure) => disclosure === "")) return err("MALFORMED");
  if (new Set(disclosures).size !== disclosures.length) return err("DISCLOSURE_INVALID");

  const encodedKbJwt = parts[parts.length - 1]!;
  if (encodedKbJwt === "") return ok({ issuerJwt, kbJwt: undefined });
  const kbJwt = parseCompactJws(encodedKbJwt);
  if (kbJwt === undefined) return err("KEY_BINDING_INVALID");
  return ok({ issuerJwt, kbJwt });
}
