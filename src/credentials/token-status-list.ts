import { inflateSync } from "node:zlib";
import { isJsonObject } from "./compact-jws";

/** Largest decompressed status list accepted (bytes); 16 MiB is room for 134 million one-bit entries. */
const MAX_LIST_BYTES = 16 * 1024 * 1024;
const ALLOWED_BITS = new Set([1, 2, 4, 8]);

/** A decoded Token Status List (draft-ietf-oauth-status-list §4): `bits` per entry, packed least significant bit first. */
export type StatusList = { bits: 1 | 2 | 4 | 8; bytes: Buffer };

/** Decode the status_list claim ({bits, lst}) of a status list token; undefined when it is malformed. */
export function decodeStatusList(claim: unknown): StatusList | undefined {
  if (!isJsonObject(claim)) return undefined;
  const { bits, lst } = claim;
  if (typeof bits !== "number" || !ALLOWED_BITS.has(bits)) return undefined;
  if (typeof lst !== "string" || !/^[A-Za-z0-9_-]+$/.test(lst)) return undefined;
  try {
    // NOTE: lst is DEFLATE in the ZLIB format (RFC 1950), not raw DEFLATE or gzip.
    const bytes = inflateSync(Buffer.from(lst, "base64url"), { maxOutputLength: MAX_LIST_BYTES });
    return { bits: bits as StatusList["bits"], bytes };
  } catch {
    return undefined;
  }
}

/** Read the status value at index `idx` (0 = valid, 1 = invalid, 2 = suspended, others application-specific); undefined when out of range. */
export function statusAt(list: StatusList, idx: number): number | undefined {
  if (!Number.isSafeInteger(idx) || idx < 0) return undefined;
  const bitOffset = idx * list.bits;
  const byte = list.bytes[Math.floor(bitOffset / 8)];
  if (byte === undefined) return undefined;
  return (byte >> (bitOffset % 8)) & ((1 << list.bits) - 1);
}
