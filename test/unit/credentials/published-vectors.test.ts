import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCompactJws } from "../../../src/credentials/compact-jws";
import { readIdentityAttributes } from "../../../src/credentials/credential-types";
import type { JWK } from "jose";
import { verifyPresentation } from "../../../src/credentials/verify-presentation";
import type { TrustList } from "../../../src/credentials/trust-list";
import { noStatusLists } from "../../helpers/credentials";

const VECTORS = new URL("../../fixtures/vectors/", import.meta.url);

type VectorCase = {
  file: string;
  expect: "valid" | "invalid" | "valid-sd-jwt-but-not-sd-jwt-vc" | "decrypts";
  verifier: { issuerKey?: string; now?: number | "wall clock"; keyBinding?: string; nonce?: string; aud?: string };
  why: string;
};

const cases = (JSON.parse(readFileSync(new URL("cases.json", VECTORS), "utf8")) as { cases: VectorCase[] }).cases;
const keys = JSON.parse(readFileSync(new URL("keys.json", VECTORS), "utf8")) as Record<string, { publicJwk?: JWK }>;
const credentialCases = cases.filter((entry) => entry.verifier.issuerKey !== undefined);

function readVector(file: string): string {
  return readFileSync(new URL(file, VECTORS), "utf8").trim();
}

function vctOf(presentation: string): string {
  return String(parseCompactJws(presentation.split("~")[0]!)!.payload.vct ?? "");
}

/** The rejection each invalid case should produce, from the reason cases.json gives. */
function expectedReason(entry: VectorCase): string | undefined {
  if (entry.expect === "valid") return undefined;
  if (entry.expect === "valid-sd-jwt-but-not-sd-jwt-vc" || entry.file.startsWith("eudi-kt")) return "TYP_INVALID";
  if (entry.file.includes("nokb")) return "KEY_BINDING_MISSING";
  if (entry.verifier.now === "wall clock") return "KEY_BINDING_STALE";
  if (entry.verifier.nonce !== "1234567890") return "NONCE_MISMATCH";
  return "AUDIENCE_MISMATCH";
}

describe("published SD-JWT VC examples", () => {
  it("cover every credential file", () => {
    expect(credentialCases.length).toBeGreaterThanOrEqual(15);
  });

  for (const entry of credentialCases) {
    const policyText = `now ${entry.verifier.now}, key binding ${entry.verifier.keyBinding ?? "not required"}, nonce ${entry.verifier.nonce ?? "-"}, aud ${entry.verifier.aud ?? "-"}`;
    it(`${entry.file} (${policyText}) is ${entry.expect}`, async () => {
      const presentation = readVector(entry.file);
      const vct = vctOf(presentation);
      const trustList: TrustList = {
        issuers: [{ name: entry.verifier.issuerKey!, iss: undefined, jwks: [keys[entry.verifier.issuerKey!]!.publicJwk!], x509TrustAnchors: [], vct: [vct] }],
      };
      const now = entry.verifier.now === "wall clock" || entry.verifier.now === undefined ? new Date() : new Date(entry.verifier.now * 1000);

      const result = await verifyPresentation(
        presentation,
        {
          nonce: entry.verifier.nonce ?? "",
          audience: entry.verifier.aud ?? "",
          acceptedCredentialTypes: [vct],
          now,
          requireKeyBinding: entry.verifier.keyBinding === "required",
        },
        { trustList, fetchStatusList: noStatusLists },
      );

      const reason = expectedReason(entry);
      if (reason === undefined) expect(result.ok, JSON.stringify(result)).toBe(true);
      else expect(result).toEqual({ ok: false, error: reason });
    });
  }

  it("German PID example resolves recursive disclosures", async () => {
    const presentation = readVector("rfc9901-A3-de-pid-presentation-kb.txt");
    const trustList: TrustList = {
      issuers: [{ name: "IETF example", iss: undefined, jwks: [keys["ietf-example-issuer"]!.publicJwk!], x509TrustAnchors: [], vct: ["urn:eudi:pid:de:1"] }],
    };
    const result = await verifyPresentation(
      presentation,
      { nonce: "1234567890", audience: "https://verifier.example.org", acceptedCredentialTypes: ["urn:eudi:pid:de:1"], now: new Date(1748537243 * 1000) },
      { trustList, fetchStatusList: noStatusLists },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.claims.nationalities).toEqual(["DE"]);
    expect(result.value.claims.age_equal_or_over).toEqual({ "18": true });
    expect(readIdentityAttributes(result.value)).toEqual({ ok: false, error: "CLAIMS_MISSING" });
  });

  it("PID issuance discloses every claim", async () => {
    const issued = readVector("ietf-sdjwtvc-03-pid-issuance.txt");
    const vct = vctOf(issued);
    const trustList: TrustList = {
      issuers: [{ name: "IETF example", iss: "https://pid-issuer.aendgard.example", jwks: [keys["ietf-example-issuer"]!.publicJwk!], x509TrustAnchors: [], vct: [vct] }],
    };
    const result = await verifyPresentation(
      issued,
      { nonce: "", audience: "", acceptedCredentialTypes: [vct], now: new Date(1700000000 * 1000), requireKeyBinding: false },
      { trustList, fetchStatusList: noStatusLists },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.claims.place_of_birth).toEqual({ locality: "Ændholm", country: "Kingdom of Ændgard" });
    expect(result.value.claims.address).toMatchObject({ postal_code: "12001", locality: "Viken" });
  });
});
