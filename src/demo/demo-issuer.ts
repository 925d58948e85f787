import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DisclosureFrame } from "@sd-jwt/core";
import type { SdJwtVcPayload } from "@sd-jwt/sd-jwt-vc";
import { calculateJwkThumbprint, type JWK } from "jose";
import { z } from "zod";
import type { Config } from "../config";
import { KOMMPASS_VCT } from "../credentials/kommpass-credential";
import { issueSdJwtVc } from "../credentials/issue-sd-jwt-vc";
import type { TrustedIssuer } from "../credentials/trust-list";
import type { DemoResident } from "./demo-residents";

/** The demo KommPass issuer, whose key is generated into DATA_DIR. */
export type DemoIssuer = {
  trustedIssuer: TrustedIssuer;
  /** Issue a KommPass for the resident, bound to the holder key: the issuer-signed JWT and every disclosure, ending in "~". */
  issue(resident: DemoResident, holderPublicJwk: JWK, now: Date): Promise<string>;
};

export const DEMO_ISSUER_NAME = "Demo-KommPass Dresden (erfundene Daten)";
const KEY_FILE = ["demo", "issuer-key.json"] as const;
const VALIDITY_SECONDS = 365 * 24 * 60 * 60;

const keyFileSchema = z.object({
  kid: z.string().min(1),
  privateJwk: z.looseObject({ kty: z.literal("EC"), crv: z.literal("P-256"), x: z.string(), y: z.string(), d: z.string() }),
});

/**
 * Load the demo issuer, generating its P-256 key into
 * DATA_DIR/demo/issuer-key.json on first start and reusing it after, so that
 * KommPass credentials issued earlier stay valid across restarts.
 */
export async function loadDemoIssuer(config: Config): Promise<DemoIssuer> {
  if (config.env === "production") throw new Error("DEMO: the demo issuer cannot run in production");
  const { kid, privateKey } = await loadOrCreateKey(path.join(config.dataDir, ...KEY_FILE));
  const publicJwk = createPublicKey(privateKey).export({ format: "jwk" }) as JWK;
  const iss = `${config.publicUrl}/demo/kommpass-issuer`;

  return {
    trustedIssuer: {
      name: DEMO_ISSUER_NAME,
      iss,
      jwks: [{ ...publicJwk, kid, alg: "ES256", use: "sig" }],
      x509TrustAnchors: [],
      vct: [KOMMPASS_VCT],
    },
    issue: (resident, holderPublicJwk, now) =>
      issueSdJwtVc({
        alg: "ES256",
        privateKey,
        header: { kid },
        payload: kommPassPayload(resident, holderPublicJwk, iss, now),
        disclosureFrame: KOMMPASS_DISCLOSURE_FRAME,
      }),
  };
}

async function loadOrCreateKey(file: string): Promise<{ kid: string; privateKey: KeyObject }> {
  let text: string | undefined;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }

  if (text === undefined) {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const privateJwk = privateKey.export({ format: "jwk" }) as JWK;
    const kid = await calculateJwkThumbprint({ kty: privateJwk.kty, crv: privateJwk.crv, x: privateJwk.x, y: privateJwk.y });
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      // "wx" fails when another instance wrote the key first; that key is then read below.
      writeFileSync(file, `${JSON.stringify({ kid, privateJwk }, null, 2)}\n`, { flag: "wx", mode: 0o600 });
      return { kid, privateKey };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      text = readFileSync(file, "utf8");
    }
  }

  let parsed: z.infer<typeof keyFileSchema>;
  try {
    parsed = keyFileSchema.parse(JSON.parse(text));
  } catch {
    throw new Error(`${file}: not a demo issuer key file ({"kid", "privateJwk": P-256 private JWK}); delete it to generate a new key`);
  }
  return { kid: parsed.kid, privateKey: createPrivateKey({ key: parsed.privateJwk, format: "jwk" }) };
}

/** Every personal claim is selectively disclosable; address, place of birth and the age claims also per member. */
export const KOMMPASS_DISCLOSURE_FRAME: DisclosureFrame<SdJwtVcPayload> = {
  _sd: [
    "family_name",
    "given_name",
    "birthdate",
    "place_of_birth",
    "municipality_key",
    "main_residence_since",
    "nationalities",
    "age_equal_or_over",
    "address",
  ],
  place_of_birth: { _sd: ["locality", "country"] },
  age_equal_or_over: { _sd: ["18"] },
  address: { _sd: ["street_address", "postal_code", "locality", "country"] },
} as unknown as DisclosureFrame<SdJwtVcPayload>;

/** Build the KommPass claims of a resident, as the demo issuer signs them. */
export function kommPassClaims(resident: DemoResident, now: Date): Record<string, unknown> {
  return {
    family_name: resident.familyName,
    given_name: resident.givenName,
    birthdate: resident.birthDate,
    place_of_birth: { ...(resident.placeOfBirth.locality === undefined ? {} : { locality: resident.placeOfBirth.locality }), country: resident.placeOfBirth.country },
    municipality_key: resident.municipalityKey,
    main_residence_since: resident.mainResidenceSince,
    nationalities: resident.nationalities,
    age_equal_or_over: { "18": isAtLeastYearsOld(resident.birthDate, 18, now) },
    address: {
      street_address: resident.address.streetAddress,
      postal_code: resident.address.postalCode,
      locality: resident.address.locality,
      country: resident.address.country,
    },
  };
}

function kommPassPayload(resident: DemoResident, holderPublicJwk: JWK, iss: string, now: Date): SdJwtVcPayload {
  const iat = Math.floor(now.getTime() / 1000);
  return {
    iss,
    iat,
    exp: iat + VALIDITY_SECONDS,
    vct: KOMMPASS_VCT,
    cnf: { jwk: holderPublicJwk },
    ...kommPassClaims(resident, now),
  };
}

/** Check whether someone born on birthDate (YYYY-MM-DD) has turned `years` by the UTC calendar day of `now`. */
function isAtLeastYearsOld(birthDate: string, years: number, now: Date): boolean {
  const [year, month, day] = birthDate.split("-").map(Number) as [number, number, number];
  const birthday = Date.UTC(year + years, month - 1, day);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return birthday <= today;
}
