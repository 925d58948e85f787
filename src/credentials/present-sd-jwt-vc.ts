import type { KeyObject } from "node:crypto";
import { SDJwtInstance, type PresentationFrame } from "@sd-jwt/core";
import type { ClaimPath } from "./credential-type";
import { signJws } from "./jws-signer";
import { sha256ForSdJwt } from "./issue-sd-jwt-vc";
import type { AllowedAlgorithm } from "./signature-algorithms";

export type PresentationRequest = {
  /** Claims to disclose as DCQL claim paths; a path to an object discloses everything inside it. "all" discloses every claim. */
  disclose: readonly ClaimPath[] | "all";
  holder: { privateKey: KeyObject; alg: AllowedAlgorithm };
  nonce: string;
  audience: string;
  /** iat of the KB-JWT. */
  issuedAt: Date;
};

/**
 * Make a presentation of an issued SD-JWT VC (holder side, RFC 9901 §4.3):
 * keep the disclosures the request selects and append a KB-JWT over them.
 */
export async function presentSdJwtVc(issued: string, request: PresentationRequest): Promise<string> {
  const instance = new SDJwtInstance({
    hasher: sha256ForSdJwt,
    kbSigner: (signingInput) => signJws(request.holder.alg, request.holder.privateKey, signingInput),
    kbSignAlg: request.holder.alg,
  });
  const presentable = await instance.presentableKeys(issued);
  const selected = request.disclose === "all" ? presentable : presentable.filter((key) => isSelected(key, request.disclose as readonly ClaimPath[]));

  return instance.present(issued, presentationFrameOf(selected), {
    kb: {
      payload: {
        iat: Math.floor(request.issuedAt.getTime() / 1000),
        aud: request.audience,
        nonce: request.nonce,
      },
    },
  });
}

/**
 * Whether a disclosable key ("address.postal_code", "nationalities.0") is
 * needed for one of the paths: it lies on the path (an enclosing object must be
 * disclosed too) or inside what the path selects.
 */
function isSelected(key: string, paths: readonly ClaimPath[]): boolean {
  const segments = key.split(".");
  return paths.some((path) => {
    const shared = Math.min(path.length, segments.length);
    for (let position = 0; position < shared; position++) {
      const wanted = path[position];
      if (wanted !== null && String(wanted) !== segments[position]) return false;
    }
    return true;
  });
}

function presentationFrameOf(keys: readonly string[]): PresentationFrame<Record<string, unknown>> {
  const frame: Record<string, unknown> = {};
  for (const key of keys) {
    let node = frame;
    const segments = key.split(".");
    for (const [position, segment] of segments.entries()) {
      if (position === segments.length - 1) {
        if (node[segment] === undefined) node[segment] = true;
      } else {
        if (typeof node[segment] !== "object") node[segment] = {};
        node = node[segment] as Record<string, unknown>;
      }
    }
  }
  return frame as PresentationFrame<Record<string, unknown>>;
}
