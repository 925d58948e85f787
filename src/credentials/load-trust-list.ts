import { readFileSync } from "node:fs";
import { X509Certificate } from "node:crypto";
import type { JWK } from "jose";
import { z } from "zod";
import type { DemoIssuer } from "../demo/demo-issuer";
import { hasPrivateKeyMaterial, importPublicJwk } from "./signature-algorithms";
import type { TrustedIssuer, TrustList } from "./trust-list";

const PEM_CERTIFICATE = /^-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+-----END CERTIFICATE-----\s*$/;

const publicJwkSchema = z
  .looseObject({
    kty: z.enum(["EC", "OKP", "RSA"], { message: "expected an EC, OKP or RSA public key" }),
    kid: z.string().min(1).optional(),
    alg: z.string().optional(),
  })
  .superRefine((jwk, context) => {
    if (hasPrivateKeyMaterial(jwk)) {
      context.addIssue({ code: "custom", message: "contains private key material; list only the public key" });
    } else if (importPublicJwk(jwk) === undefined) {
      context.addIssue({ code: "custom", message: "is not a usable public key (check crv, x, y, n, e)" });
    }
  });

const certificateSchema = z
  .string()
  .regex(PEM_CERTIFICATE, "expected one PEM certificate (-----BEGIN CERTIFICATE----- …)")
  .superRefine((pem, context) => {
    try {
      new X509Certificate(pem);
    } catch {
      context.addIssue({ code: "custom", message: "is not a readable X.509 certificate" });
    }
  });

const issuerSchema = z
  .strictObject({
    name: z.string().trim().min(1, "expected a non-empty name"),
    iss: z.string().min(1).optional(),
    jwks: z.strictObject({ keys: z.array(publicJwkSchema).min(1, "expected at least one key") }).optional(),
    x509TrustAnchors: z.array(certificateSchema).min(1, "expected at least one certificate").optional(),
    vct: z.array(z.string().min(1)).min(1, "expected at least one credential type (vct)"),
  })
  .refine((issuer) => issuer.jwks !== undefined || issuer.x509TrustAnchors !== undefined, {
    message: "expected jwks, x509TrustAnchors or both",
  });

const trustListSchema = z.strictObject({
  issuers: z.array(issuerSchema).min(1, "expected at least one issuer"),
});

/** A trust list that cannot be used; the message names the file, the entry and the field at fault. */
export class TrustListError extends Error {
  override name = "TrustListError";
}

/**
 * Read and validate the TRUST_LIST file; without one, trust the demo issuer
 * alone. Throws a TrustListError naming the file, the entry and the field at fault.
 */
export function loadTrustList(file: string | undefined, demoIssuer: DemoIssuer | undefined): TrustList {
  if (file === undefined) {
    if (demoIssuer === undefined) {
      throw new TrustListError("TRUST_LIST: no trust list file is set and the demo issuer is off, so no credential could be accepted");
    }
    return { issuers: [demoIssuer.trustedIssuer] };
  }

  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new TrustListError(`TRUST_LIST ${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? "unknown error"})`);
  }
  return parseTrustList(text, file);
}

/** Validate trust list JSON; `source` names the file in error messages. */
export function parseTrustList(text: string, source: string): TrustList {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new TrustListError(`TRUST_LIST ${source}: not valid JSON (${(error as Error).message})`);
  }

  const parsed = trustListSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TrustListError(`TRUST_LIST ${source}: ${describePath(issue.path, json)}: ${issue.message}`);
  }

  const names = new Set<string>();
  for (const [index, issuer] of parsed.data.issuers.entries()) {
    if (names.has(issuer.name)) {
      throw new TrustListError(`TRUST_LIST ${source}: issuers[${index}] (${issuer.name}).name: another entry has the same name`);
    }
    names.add(issuer.name);
  }

  return {
    issuers: parsed.data.issuers.map(
      (issuer): TrustedIssuer => ({
        name: issuer.name,
        iss: issuer.iss,
        jwks: (issuer.jwks?.keys ?? []) as JWK[],
        x509TrustAnchors: issuer.x509TrustAnchors ?? [],
        vct: issuer.vct,
      }),
    ),
  };
}

/** Render a zod issue path as `issuers[1] (Name).jwks.keys[0]`, naming the entry when it has a name. */
function describePath(path: PropertyKey[], json: unknown): string {
  let text = "";
  for (const [position, segment] of path.entries()) {
    text += typeof segment === "number" ? `[${segment}]` : `${position === 0 ? "" : "."}${String(segment)}`;
    if (position === 1 && path[0] === "issuers" && typeof segment === "number") {
      const name = entryName(json, segment);
      if (name !== undefined) text += ` (${name})`;
    }
  }
  return text === "" ? "top level" : text;
}

function entryName(json: unknown, index: number): string | undefined {
  const issuers = (json as { issuers?: unknown }).issuers;
  const entry = Array.isArray(issuers) ? (issuers[index] as { name?: unknown } | undefined) : undefined;
  return typeof entry?.name === "string" && entry.name.trim() !== "" ? entry.name : undefined;
}
