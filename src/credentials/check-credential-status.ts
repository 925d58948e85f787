import { err, ok, type Result } from "../result";
import { isJsonObject, parseCompactJws } from "./compact-jws";
import { isAllowedAlgorithm, verifyJwsSignature } from "./signature-algorithms";
import type { StatusListFetcher } from "./status-list";
import { decodeStatusList, statusAt } from "./token-status-list";
import { issuerKeyCandidates, type IndexedIssuer, type TrustIndex } from "./trust-index";

const STATUS_LIST_TYP = "statuslist+jwt";
const VALID = 0;

export type StatusFailure = "REVOKED" | "STATUS_UNAVAILABLE" | "MALFORMED";

/**
 * Check the credential's status list entry (status.status_list {idx, uri}),
 * when it has one. The status list token must be signed by a key of the same
 * trust list entry that signed the credential, name the uri as its sub and not
 * be expired. Any status other than 0 (valid) rejects, suspended included.
 */
export async function checkCredentialStatus(
  payload: Record<string, unknown>,
  issuer: IndexedIssuer,
  index: TrustIndex,
  fetchStatusList: StatusListFetcher,
  now: Date,
): Promise<Result<void, StatusFailure>> {
  if (payload.status === undefined) return ok(undefined);
  if (!isJsonObject(payload.status)) return err("MALFORMED");
  const reference = payload.status.status_list;
  if (reference === undefined) return ok(undefined);
  if (!isJsonObject(reference)) return err("MALFORMED");
  const { idx, uri } = reference;
  if (typeof uri !== "string" || uri === "" || typeof idx !== "number" || !Number.isSafeInteger(idx) || idx < 0) {
    return err("MALFORMED");
  }

  let token: string;
  try {
    token = (await fetchStatusList(uri)).trim();
  } catch {
    return err("STATUS_UNAVAILABLE");
  }

  const jws = parseCompactJws(token);
  if (jws === undefined || jws.header.typ !== STATUS_LIST_TYP || !isAllowedAlgorithm(jws.header.alg)) {
    return err("STATUS_UNAVAILABLE");
  }
  const keys = issuerKeyCandidates(index, [issuer], jws.header, jws.header.alg, now);
  if (!keys.ok) return err("STATUS_UNAVAILABLE");
  const alg = jws.header.alg;
  if (!keys.value.some(({ key }) => verifyJwsSignature(alg, key, jws.signingInput, jws.signature))) {
    return err("STATUS_UNAVAILABLE");
  }
  if (jws.payload.sub !== uri) return err("STATUS_UNAVAILABLE");
  const nowSeconds = now.getTime() / 1000;
  if (typeof jws.payload.exp === "number" && jws.payload.exp < nowSeconds) return err("STATUS_UNAVAILABLE");

  const list = decodeStatusList(jws.payload.status_list);
  const status = list === undefined ? undefined : statusAt(list, idx);
  if (status === undefined) return err("STATUS_UNAVAILABLE");
  return status === VALID ? ok(undefined) : err("REVOKED");
}
