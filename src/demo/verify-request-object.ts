import { X509Certificate } from "node:crypto";
import { compactVerify, decodeProtectedHeader } from "jose";
import { x509Hash } from "../openid4vp/client-id";
import { REQUEST_OBJECT_TYP, STATIC_DISCOVERY_AUDIENCE } from "../openid4vp/request-object";
import { err, ok, type Result } from "../result";

export type RequestObjectRejection = "REQUEST_OBJECT_INVALID" | "CERTIFICATE_UNTRUSTED" | "CLIENT_ID_MISMATCH";

/**
 * Check a request object as a wallet must (OpenID4VP 1.0 §5, §5.9.3): typ,
 * an ES256 signature by the x5c leaf, a chain up to the trust anchor the
 * wallet trusts, a leaf valid now, client_id equal to the one in the
 * invocation, and the client identifier matching the leaf (x509_hash) or its
 * DNS name matching the response_uri host (x509_san_dns).
 */
export async function verifyRequestObject(
  jwt: string,
  expected: { clientId: string; trustAnchor: Buffer | undefined; now: Date },
): Promise<Result<Record<string, unknown>, RequestObjectRejection>> {
  let header;
  try {
    header = decodeProtectedHeader(jwt);
  } catch {
    return err("REQUEST_OBJECT_INVALID");
  }
  if (header.typ !== REQUEST_OBJECT_TYP || header.alg !== "ES256" || !Array.isArray(header.x5c) || header.x5c.length === 0) {
    return err("REQUEST_OBJECT_INVALID");
  }

  let chain: X509Certificate[];
  try {
    chain = header.x5c.map((entry) => new X509Certificate(Buffer.from(entry, "base64")));
  } catch {
    return err("REQUEST_OBJECT_INVALID");
  }
  const leaf = chain[0]!;
  if (!chainIsTrusted(chain, expected.trustAnchor, expected.now)) return err("CERTIFICATE_UNTRUSTED");

  let payload: Record<string, unknown>;
  try {
    const verified = await compactVerify(jwt, leaf.publicKey, { algorithms: ["ES256"] });
    payload = JSON.parse(new TextDecoder().decode(verified.payload)) as Record<string, unknown>;
  } catch {
    return err("REQUEST_OBJECT_INVALID");
  }
  if (payload.aud !== STATIC_DISCOVERY_AUDIENCE) return err("REQUEST_OBJECT_INVALID");
  if (typeof payload.exp !== "number" || payload.exp * 1000 <= expected.now.getTime()) return err("REQUEST_OBJECT_INVALID");

  if (payload.client_id !== expected.clientId) return err("CLIENT_ID_MISMATCH");
  const [prefix, ...rest] = expected.clientId.split(":");
  const identifier = rest.join(":");
  if (prefix === "x509_hash") {
    if (identifier !== x509Hash(leaf.raw)) return err("CLIENT_ID_MISMATCH");
  } else if (prefix === "x509_san_dns") {
    const dnsNames = (leaf.subjectAltName ?? "").split(",").map((name) => name.trim());
    const responseHost = typeof payload.response_uri === "string" ? new URL(payload.response_uri).hostname : undefined;
    if (!dnsNames.includes(`DNS:${identifier}`) || responseHost !== identifier) return err("CLIENT_ID_MISMATCH");
  } else {
    return err("CLIENT_ID_MISMATCH");
  }
  return ok(payload);
}

/** Check that each certificate is valid now and issued by the next, and the last one by the trust anchor. */
function chainIsTrusted(chain: X509Certificate[], trustAnchorDer: Buffer | undefined, now: Date): boolean {
  if (trustAnchorDer === undefined) return false;
  const anchor = new X509Certificate(trustAnchorDer);
  const path = [...chain, anchor];
  for (let index = 0; index + 1 < path.length; index += 1) {
    const certificate = path[index]!;
    const issuer = path[index + 1]!;
    if (new Date(certificate.validFrom) > now || new Date(certificate.validTo) < now) return false;
    if (!certificate.checkIssued(issuer) || !certificate.verify(issuer.publicKey)) return false;
  }
  return true;
}
