import { decodeJwt, SDJWTException } from "@sd-jwt/core";

/** A compact JWS split into its parts; nothing about it has been verified yet. */
export type CompactJws = {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  /** BASE64URL(header) "." BASE64URL(payload), the bytes the signature covers. */
  signingInput: string;
  signature: Buffer;
};

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Split and decode a compact JWS; undefined when it is not three base64url parts with JSON object header and payload. */
export function parseCompactJws(token: string): CompactJws | undefined {
  let decoded: { header: unknown; payload: unknown; signature: string };
  try {
    decoded = decodeJwt(token) as typeof decoded;
  } catch (error) {
    if (error instanceof SDJWTException) return undefined;
    throw error;
  }
  if (!isJsonObject(decoded.header) || !isJsonObject(decoded.payload)) return undefined;
  if (!BASE64URL.test(decoded.signature)) return undefined;

  const signingInput = token.slice(0, token.lastIndexOf("."));
  return {
    header: decoded.header,
    payload: decoded.payload,
    signingInput,
    signature: Buffer.from(decoded.signature, "base64url"),
  };
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
