import "reflect-metadata";
import { createHmac, createPublicKey, generateKeyPairSync, webcrypto, type KeyObject } from "node:crypto";
import type { DisclosureFrame } from "@sd-jwt/core";
import type { SdJwtVcPayload } from "@sd-jwt/sd-jwt-vc";
import * as x509 from "@peculiar/x509";
import type { JWK } from "jose";
import type { ClaimPath } from "../../src/credentials/credential-type";
import { DE_PID_VCT, EU_PID_VCT, KOMMPASS_VCT } from "../../src/credentials/credential-types";
import { issueSdJwtVc } from "../../src/credentials/issue-sd-jwt-vc";
import { base64urlJson, signCompactJws, signJws } from "../../src/credentials/jws-signer";
import { presentSdJwtVc } from "../../src/credentials/present-sd-jwt-vc";
import { sha256Base64url } from "../../src/credentials/resolve-disclosures";
import type { AllowedAlgorithm } from "../../src/credentials/signature-algorithms";
import type { StatusListFetcher } from "../../src/credentials/status-list";
import type { TrustedIssuer, TrustList } from "../../src/credentials/trust-list";
import { KOMMPASS_DISCLOSURE_FRAME, kommPassClaims } from "../../src/demo/demo-issuer";
import type { DemoResident } from "../../src/demo/demo-residents";

x509.cryptoProvider.set(webcrypto as never);

type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;

const DAY_MS = 24 * 60 * 60 * 1000;
const EC_P256 = { name: "ECDSA", namedCurve: "P-256" } as const;
const CERT_SIGNING = { name: "ECDSA", hash: "SHA-256" } as const;

export const TEST_NONCE = "n-0S6_WzA2Mj";
export const TEST_AUDIENCE = "x509_hash:dGVzdC12ZXJpZmllci1jZXJ0aWZpY2F0ZS1oYXNo";

/** A signing key with its public JWK. */
export type TestKey = { alg: AllowedAlgorithm; privateKey: KeyObject; publicJwk: JWK };

export function generateTestKey(alg: AllowedAlgorithm = "ES256"): TestKey {
  const pair =
    alg === "ES256" ? generateKeyPairSync("ec", { namedCurve: "P-256" })
    : alg === "ES384" ? generateKeyPairSync("ec", { namedCurve: "P-384" })
    : alg === "ES512" ? generateKeyPairSync("ec", { namedCurve: "P-521" })
    : alg === "EdDSA" || alg === "Ed25519" ? generateKeyPairSync("ed25519")
    : generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { alg, privateKey: pair.privateKey, publicJwk: pair.publicKey.export({ format: "jwk" }) as JWK };
}

/** A test CA (self-signed, P-256) that can issue issuer and intermediate certificates. */
export type TestCa = { certificate: x509.X509Certificate; privateKey: CryptoKey; pem: string };

export async function createTestCa(now: Date, name = "mitzeichnen test issuer CA"): Promise<TestCa> {
  const keys = (await webcrypto.subtle.generateKey(EC_P256, true, ["sign", "verify"])) as CryptoKeyPair;
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    name: `CN=${name}`,
    keys,
    signingAlgorithm: CERT_SIGNING,
    notBefore: new Date(now.getTime() - DAY_MS),
    notAfter: new Date(now.getTime() + 3650 * DAY_MS),
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign, true),
    ],
  });
  return { certificate, privateKey: keys.privateKey, pem: certificate.toString("pem") };
}

/** Issue a certificate for a public key, signed by the CA; by default an end-entity certificate valid from a day before to a year after now. */
export async function issueTestCertificate(
  ca: TestCa,
  publicKey: KeyObject,
  options: { now: Date; subject?: string; notBefore?: Date; notAfter?: Date; isCa?: boolean },
): Promise<x509.X509Certificate> {
  const cryptoPublicKey = await webcrypto.subtle.importKey("spki", publicKey.export({ format: "der", type: "spki" }), EC_P256, true, ["verify"]);
  return x509.X509CertificateGenerator.create({
    subject: `CN=${options.subject ?? "mitzeichnen test issuer"}`,
    issuer: ca.certificate.subject,
    publicKey: cryptoPublicKey,
    signingKey: ca.privateKey,
    signingAlgorithm: CERT_SIGNING,
    notBefore: options.notBefore ?? new Date(options.now.getTime() - DAY_MS),
    notAfter: options.notAfter ?? new Date(options.now.getTime() + 365 * DAY_MS),
    extensions: [new x509.BasicConstraintsExtension(options.isCa ?? false, undefined, true)],
  });
}

/** Create an intermediate CA whose certificate `parent` issues. */
export async function createIntermediateCa(parent: TestCa, now: Date): Promise<TestCa> {
  const keys = (await webcrypto.subtle.generateKey(EC_P256, true, ["sign", "verify"])) as CryptoKeyPair;
  const certificate = await x509.X509CertificateGenerator.create({
    subject: "CN=mitzeichnen test intermediate CA",
    issuer: parent.certificate.subject,
    publicKey: keys.publicKey,
    signingKey: parent.privateKey,
    signingAlgorithm: CERT_SIGNING,
    notBefore: new Date(now.getTime() - DAY_MS),
    notAfter: new Date(now.getTime() + 1825 * DAY_MS),
    extensions: [new x509.BasicConstraintsExtension(true, undefined, true)],
  });
  return { certificate, privateKey: keys.privateKey, pem: certificate.toString("pem") };
}

/** DER base64 (not base64url) of a certificate, as x5c carries it. */
export function x5cEntry(certificate: x509.X509Certificate): string {
  return Buffer.from(certificate.rawData).toString("base64");
}

/** A credential issuer for tests, with the trust list entry that trusts it. */
export type TestIssuer = TestKey & {
  name: string;
  iss: string;
  kid: string;
  /** Header members every credential of this issuer carries: kid, or x5c when the issuer has a certificate. */
  header: Record<string, unknown>;
  trustedIssuer: TrustedIssuer;
  ca: TestCa | undefined;
};

export type TestIssuerOptions = {
  name?: string;
  iss?: string;
  vct?: string[];
  alg?: AllowedAlgorithm;
  /** Identify the key by an x5c chain to a fresh test CA (the trust anchor) instead of by jwks. */
  x509?: { now: Date; notBefore?: Date; notAfter?: Date };
};

let issuerCounter = 0;

export async function createTestIssuer(options: TestIssuerOptions = {}): Promise<TestIssuer> {
  issuerCounter += 1;
  const key = generateTestKey(options.alg ?? "ES256");
  const name = options.name ?? `Test issuer ${issuerCounter}`;
  const iss = options.iss ?? `https://issuer-${issuerCounter}.example.test`;
  const kid = `test-key-${issuerCounter}`;
  const vct = options.vct ?? [KOMMPASS_VCT, EU_PID_VCT, DE_PID_VCT];

  if (options.x509 === undefined) {
    return {
      ...key,
      name,
      iss,
      kid,
      header: { kid },
      trustedIssuer: { name, iss, jwks: [{ ...key.publicJwk, kid }], x509TrustAnchors: [], vct },
      ca: undefined,
    };
  }

  const ca = await createTestCa(options.x509.now);
  const publicKey = createPublicKey(key.privateKey);
  const leaf = await issueTestCertificate(ca, publicKey, { now: options.x509.now, notBefore: options.x509.notBefore, notAfter: options.x509.notAfter });
  return {
    ...key,
    name,
    iss,
    kid,
    header: { x5c: [x5cEntry(leaf)] },
    trustedIssuer: { name, iss, jwks: [], x509TrustAnchors: [ca.pem], vct },
    ca,
  };
}

export function trustListOf(...issuers: TestIssuer[]): TrustList {
  return { issuers: issuers.map((issuer) => issuer.trustedIssuer) };
}

/** Status list fetcher for credentials without status; any call rejects with the requested URI in the message. */
export const noStatusLists: StatusListFetcher = async (uri) => {
  throw new Error(`unexpected status list fetch: ${uri}`);
};

export type IssueOptions = {
  vct: string;
  claims: Record<string, unknown>;
  disclosureFrame: DisclosureFrame<SdJwtVcPayload>;
  holder: TestKey | undefined;
  now: Date;
  validitySeconds?: number;
  /** Claims added to or replacing the registered ones (iss, iat, exp, nbf, status…); undefined removes one. */
  payload?: Record<string, unknown>;
  /** Header members added to or replacing the issuer's (typ, kid, x5c…). */
  header?: Record<string, unknown>;
};

/** Issue an SD-JWT VC with every disclosure, ending in "~". */
export async function issueTestCredential(issuer: TestIssuer, options: IssueOptions): Promise<string> {
  const iat = Math.floor(options.now.getTime() / 1000);
  const payload: Record<string, unknown> = {
    iss: issuer.iss,
    iat,
    exp: iat + (options.validitySeconds ?? 365 * 24 * 60 * 60),
    vct: options.vct,
    ...(options.holder === undefined ? {} : { cnf: { jwk: options.holder.publicJwk } }),
    ...options.claims,
    ...options.payload,
  };
  for (const [name, value] of Object.entries(payload)) if (value === undefined) delete payload[name];
  return issueSdJwtVc({
    alg: issuer.alg,
    privateKey: issuer.privateKey,
    header: { ...issuer.header, ...options.header },
    payload: payload as SdJwtVcPayload,
    disclosureFrame: options.disclosureFrame,
  });
}

type CredentialOptions = Omit<IssueOptions, "vct" | "claims" | "disclosureFrame" | "holder"> & { holder: TestKey };

export function issueKommPass(issuer: TestIssuer, resident: DemoResident, options: CredentialOptions): Promise<string> {
  return issueTestCredential(issuer, {
    ...options,
    vct: KOMMPASS_VCT,
    claims: kommPassClaims(resident, options.now),
    disclosureFrame: KOMMPASS_DISCLOSURE_FRAME,
  });
}

const PID_DISCLOSURE_FRAME = {
  _sd: ["family_name", "given_name", "birthdate", "place_of_birth", "nationalities", "address", "age_equal_or_over"],
  place_of_birth: { _sd: ["locality", "region", "country"] },
  address: { _sd: ["street_address", "postal_code", "locality", "country"] },
  age_equal_or_over: { _sd: ["18"] },
} as unknown as DisclosureFrame<SdJwtVcPayload>;

/** EU PID claims for a resident (vct urn:eudi:pid:1), written as the resident's register entry. */
export function euPidClaims(resident: DemoResident): Record<string, unknown> {
  return {
    family_name: resident.familyName,
    given_name: resident.givenName,
    birthdate: resident.birthDate,
    place_of_birth: { ...(resident.placeOfBirth.locality === undefined ? {} : { locality: resident.placeOfBirth.locality }), country: resident.placeOfBirth.country },
    nationalities: resident.nationalities,
    address: {
      street_address: resident.address.streetAddress,
      postal_code: resident.address.postalCode,
      locality: resident.address.locality,
      country: resident.address.country,
    },
  };
}

/** German PID claims for a resident (vct urn:eudi:pid:de:1): upper case as on the ID card, with age_equal_or_over. */
export function dePidClaims(resident: DemoResident, now: Date): Record<string, unknown> {
  const claims = euPidClaims(resident);
  const upper = (value: string) => value.toLocaleUpperCase("de-DE");
  const birthYear = Number(resident.birthDate.slice(0, 4));
  const adult = `${birthYear + 18}${resident.birthDate.slice(4)}` <= now.toISOString().slice(0, 10);
  return {
    ...claims,
    family_name: upper(resident.familyName),
    given_name: upper(resident.givenName),
    place_of_birth: resident.placeOfBirth.locality === undefined ? { country: resident.placeOfBirth.country } : { locality: upper(resident.placeOfBirth.locality) },
    address: {
      street_address: upper(resident.address.streetAddress),
      postal_code: resident.address.postalCode,
      locality: upper(resident.address.locality),
      country: resident.address.country,
    },
    age_equal_or_over: { "18": adult },
  };
}

export function issueEuPid(issuer: TestIssuer, resident: DemoResident, options: CredentialOptions): Promise<string> {
  return issueTestCredential(issuer, { ...options, vct: EU_PID_VCT, claims: euPidClaims(resident), disclosureFrame: PID_DISCLOSURE_FRAME });
}

export function issueDePid(issuer: TestIssuer, resident: DemoResident, options: CredentialOptions): Promise<string> {
  return issueTestCredential(issuer, { ...options, vct: DE_PID_VCT, claims: dePidClaims(resident, options.now), disclosureFrame: PID_DISCLOSURE_FRAME });
}

export type PresentOptions = {
  holder: TestKey;
  nonce?: string;
  audience?: string;
  /** iat of the KB-JWT. */
  now: Date;
  disclose?: readonly ClaimPath[] | "all";
};

/** Present an issued credential with a KB-JWT (default nonce and audience: TEST_NONCE, TEST_AUDIENCE; default: disclose all). */
export function presentCredential(issued: string, options: PresentOptions): Promise<string> {
  return presentSdJwtVc(issued, {
    disclose: options.disclose ?? "all",
    holder: { privateKey: options.holder.privateKey, alg: options.holder.alg },
    nonce: options.nonce ?? TEST_NONCE,
    audience: options.audience ?? TEST_AUDIENCE,
    issuedAt: options.now,
  });
}

/** Return the presentation without its KB-JWT, ending in "~", which is the part that sd_hash covers. */
export function withoutKeyBinding(presentation: string): string {
  return presentation.slice(0, presentation.lastIndexOf("~") + 1);
}

/** Split the disclosures out of a presentation, in order. */
export function disclosuresOf(presentation: string): string[] {
  return presentation.split("~").slice(1, -1);
}

export type KeyBindingOptions = {
  signer: TestKey | "none" | { hmacSecret: Buffer };
  now: Date;
  header?: Record<string, unknown>;
  payload?: Record<string, unknown>;
};

/** Append a freshly signed KB-JWT to an SD-JWT ending in "~"; header and payload overrides make broken ones. */
export function appendKeyBinding(sdJwt: string, options: KeyBindingOptions): string {
  const header = { typ: "kb+jwt", alg: algOf(options.signer), ...options.header };
  const payload = {
    iat: Math.floor(options.now.getTime() / 1000),
    aud: TEST_AUDIENCE,
    nonce: TEST_NONCE,
    sd_hash: sha256Base64url(sdJwt),
    ...options.payload,
  };
  return `${sdJwt}${signWith(header, payload, options.signer)}`;
}

/** Replace the issuer-signed JWT of an SD-JWT, keeping disclosures and KB-JWT; the new JWT is signed by `signer`. */
export function replaceIssuerJwt(
  presentation: string,
  edit: (jwt: { header: Record<string, unknown>; payload: Record<string, unknown> }) => void,
  signer: TestKey | "none" | { hmacSecret: Buffer },
): string {
  const [jwt, ...rest] = presentation.split("~");
  const [headerPart, payloadPart] = jwt!.split(".");
  const decoded = {
    header: JSON.parse(Buffer.from(headerPart!, "base64url").toString("utf8")) as Record<string, unknown>,
    payload: JSON.parse(Buffer.from(payloadPart!, "base64url").toString("utf8")) as Record<string, unknown>,
  };
  edit(decoded);
  return [signWith(decoded.header, decoded.payload, signer), ...rest].join("~");
}

function algOf(signer: KeyBindingOptions["signer"]): string {
  if (signer === "none") return "none";
  if ("hmacSecret" in signer) return "HS256";
  return signer.alg;
}

function signWith(header: Record<string, unknown>, payload: Record<string, unknown>, signer: KeyBindingOptions["signer"]): string {
  if (signer === "none") return `${base64urlJson(header)}.${base64urlJson(payload)}.`;
  if ("hmacSecret" in signer) {
    const signingInput = `${base64urlJson(header)}.${base64urlJson(payload)}`;
    return `${signingInput}.${createHmac("sha256", signer.hmacSecret).update(signingInput).digest("base64url")}`;
  }
  return signCompactJws(header, payload, signer.alg, signer.privateKey);
}

/**
 * Sign a status list token (statuslist+jwt) by the issuer, with one status
 * per index packed least significant bit first and zlib-compressed.
 */
export async function statusListToken(
  issuer: TestIssuer,
  options: { uri: string; statuses: number[]; bits?: 1 | 2 | 4 | 8; now: Date; header?: Record<string, unknown>; payload?: Record<string, unknown> },
): Promise<string> {
  const { deflateSync } = await import("node:zlib");
  const bits = options.bits ?? 1;
  const bytes = Buffer.alloc(Math.ceil((options.statuses.length * bits) / 8));
  options.statuses.forEach((status, index) => {
    const offset = index * bits;
    bytes[Math.floor(offset / 8)]! |= status << (offset % 8);
  });
  const iat = Math.floor(options.now.getTime() / 1000);
  const header = { typ: "statuslist+jwt", alg: issuer.alg, ...issuer.header, ...options.header };
  const payload = {
    sub: options.uri,
    iat,
    exp: iat + 86400,
    ttl: 3600,
    status_list: { bits, lst: deflateSync(bytes).toString("base64url") },
    ...options.payload,
  };
  return signCompactJws(header, payload, issuer.alg, issuer.privateKey);
}

export { signJws };
