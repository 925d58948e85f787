import { isUtf8 } from "node:buffer";

/** A compact JWS split into its parts; nothing about it has been verified yet. */
export type CompactJws = {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  /** BASE64URL(header) "." BASE64URL(payload), the bytes the signature covers. */
  signingInput: string;
  signature: Buffer;
};

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Split and decode a compact JWS (RFC 7515 §7.1); undefined unless it is three
 * base64url parts whose first two are UTF-8 JSON objects. The signature may be
 * empty so that alg "none" reaches the algorithm check and is rejected there.
 */
export function parseCompactJws(token: string): CompactJws | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  if (!BASE64URL.test(signaturePart)) return undefined;

  const header = decodeJsonObject(headerPart);
  const payload = decodeJsonObject(payloadPart);
  if (header === undefined || payload === undefined) return undefined;
  return {
    header,
    payload,
    signingInput: `${headerPart}.${payloadPart}`,
    signature: Buffer.from(signaturePart, "base64url"),
  };
}

/** Decode base64url UTF-8 JSON strictly: no characters outside the alphabet, no invalid UTF-8. */
function decodeBase64urlJson(encoded: string): unknown {
  if (encoded === "" || !BASE64URL.test(encoded)) return undefined;
  const bytes = Buffer.from(encoded, "base64url");
  if (!isUtf8(bytes)) return undefined;
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return undefined;
  }
}

function decodeJsonObject(encoded: string): Record<string, unknown> | undefined {
  const value = decodeBase64urlJson(encoded);
  return isJsonObject(value) ? value : undefined;
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
