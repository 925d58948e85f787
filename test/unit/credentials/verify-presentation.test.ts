import { beforeAll, describe, expect, it } from "vitest";
import { DE_PID_VCT, EU_PID_VCT, KOMMPASS_VCT } from "../../../src/credentials/credential-types";
import { verifyPresentation, type PresentationPolicy } from "../../../src/credentials/verify-presentation";
import type { TrustList } from "../../../src/credentials/trust-list";
import { findDemoResident, type DemoResident } from "../../../src/demo/demo-residents";
import {
  appendKeyBinding,
  createIntermediateCa,
  createTestCa,
  createTestIssuer,
  disclosuresOf,
  generateTestKey,
  issueKommPass,
  issueTestCertificate,
  noStatusLists,
  presentCredential,
  replaceIssuerJwt,
  TEST_AUDIENCE,
  TEST_NONCE,
  trustListOf,
  withoutKeyBinding,
  x5cEntry,
  type TestIssuer,
  type TestKey,
} from "../../helpers/credentials";

const NOW = new Date("2026-03-02T10:00:00Z");
const policy: PresentationPolicy = { nonce: TEST_NONCE, audience: TEST_AUDIENCE, acceptedCredentialTypes: [KOMMPASS_VCT, EU_PID_VCT, DE_PID_VCT], now: NOW };

let issuer: TestIssuer;
let holder: TestKey;
let resident: DemoResident;
let trustList: TrustList;
let valid: string;

beforeAll(async () => {
  issuer = await createTestIssuer({ vct: [KOMMPASS_VCT] });
  holder = generateTestKey();
  resident = findDemoResident("kaethe-grossmann", NOW)!;
  trustList = trustListOf(issuer);
  valid = await presentCredential(await issueKommPass(issuer, resident, { holder, now: NOW }), { holder, now: NOW });
});

function verify(presentation: string, overrides: Partial<PresentationPolicy> = {}, list: TrustList = trustList) {
  return verifyPresentation(presentation, { ...policy, ...overrides }, { trustList: list, fetchStatusList: noStatusLists });
}

async function expectRejected(presentation: string, reason: string, overrides: Partial<PresentationPolicy> = {}, list?: TrustList) {
  expect(await verify(presentation, overrides, list)).toEqual({ ok: false, error: reason });
}

describe("verifyPresentation accepts", () => {
  it("valid KommPass presentation", async () => {
    const result = await verify(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.vct).toBe(KOMMPASS_VCT);
    expect(result.value.issuer).toBe(issuer.name);
    expect(result.value.iss).toBe(issuer.iss);
    expect(result.value.claims.family_name).toBe("Großmann");
    expect(result.value.claims.place_of_birth).toEqual({ locality: "Görlitz", country: "DE" });
    expect(result.value.claims.address).toMatchObject({ postal_code: "01099" });
    expect(JSON.stringify(result.value.claims)).not.toContain("_sd");
  });

  it("selective disclosure of nested claims", async () => {
    const issued = await issueKommPass(issuer, resident, { holder, now: NOW });
    const presentation = await presentCredential(issued, { holder, now: NOW, disclose: [["family_name"], ["address", "postal_code"]] });
    const result = await verify(presentation);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.claims.address).toEqual({ postal_code: "01099" });
    expect(result.value.claims.given_name).toBeUndefined();
  });

  it("older typ vc+sd-jwt", async () => {
    const issued = await issueKommPass(issuer, resident, { holder, now: NOW, header: { typ: "vc+sd-jwt" } });
    expect((await verify(await presentCredential(issued, { holder, now: NOW }))).ok).toBe(true);
  });

  it("KB-JWT made within the clock skew ahead", async () => {
    const presentation = appendKeyBinding(withoutKeyBinding(valid), { signer: holder, now: new Date(NOW.getTime() + 30_000) });
    expect((await verify(presentation)).ok).toBe(true);
  });

  it("issuer key by x5c chained to the anchor", async () => {
    const x509Issuer = await createTestIssuer({ vct: [KOMMPASS_VCT], x509: { now: NOW } });
    const issued = await issueKommPass(x509Issuer, resident, { holder, now: NOW });
    const result = await verify(await presentCredential(issued, { holder, now: NOW }), {}, trustListOf(x509Issuer));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.issuer).toBe(x509Issuer.name);
  });

  it("x5c with an intermediate CA", async () => {
    const x509Issuer = await createTestIssuer({ vct: [KOMMPASS_VCT], x509: { now: NOW } });
    const intermediate = await createIntermediateCa(x509Issuer.ca!, NOW);
    const leaf = await issueTestCertificate(intermediate, (await import("node:crypto")).createPublicKey(x509Issuer.privateKey), { now: NOW });
    const issued = await issueKommPass(x509Issuer, resident, {
      holder,
      now: NOW,
      header: { x5c: [x5cEntry(leaf), x5cEntry(intermediate.certificate)] },
    });
    expect((await verify(await presentCredential(issued, { holder, now: NOW }), {}, trustListOf(x509Issuer))).ok).toBe(true);
  });

  it("Ed25519 and RS256 issuers", async () => {
    for (const alg of ["EdDSA", "RS256", "PS256", "ES384"] as const) {
      const other = await createTestIssuer({ vct: [KOMMPASS_VCT], alg });
      const issued = await issueKommPass(other, resident, { holder, now: NOW });
      const result = await verify(await presentCredential(issued, { holder, now: NOW }), {}, trustListOf(other));
      expect(result.ok, alg).toBe(true);
    }
  });

  it("presentation without KB-JWT when policy does not require it", async () => {
    expect((await verify(withoutKeyBinding(valid), { requireKeyBinding: false })).ok).toBe(true);
  });
});

describe("verifyPresentation rejects", () => {
  it("text that is no SD-JWT", async () => {
    await expectRejected("not a presentation", "MALFORMED");
    await expectRejected(valid.split("~")[0]!, "MALFORMED");
    await expectRejected(`x.y.z~`, "MALFORMED");
  });

  it("tampered disclosure", async () => {
    const disclosures = disclosuresOf(valid);
    const decoded = JSON.parse(Buffer.from(disclosures[0]!, "base64url").toString("utf8")) as unknown[];
    decoded[decoded.length - 1] = "Mustermann";
    const tampered = Buffer.from(JSON.stringify(decoded)).toString("base64url");
    const sdJwt = withoutKeyBinding(valid).replace(disclosures[0]!, tampered);
    await expectRejected(appendKeyBinding(sdJwt, { signer: holder, now: NOW }), "DISCLOSURE_INVALID");
  });

  it("duplicated disclosure", async () => {
    const sdJwt = `${withoutKeyBinding(valid)}${disclosuresOf(valid)[0]}~`;
    await expectRejected(appendKeyBinding(sdJwt, { signer: holder, now: NOW }), "DISCLOSURE_INVALID");
  });

  it("disclosure that is not JSON", async () => {
    const sdJwt = `${withoutKeyBinding(valid)}${Buffer.from("[not json").toString("base64url")}~`;
    await expectRejected(appendKeyBinding(sdJwt, { signer: holder, now: NOW }), "DISCLOSURE_INVALID");
  });

  it("wrong sd_hash", async () => {
    const presentation = appendKeyBinding(withoutKeyBinding(valid), { signer: holder, now: NOW, payload: { sd_hash: "AAAA" } });
    await expectRejected(presentation, "SD_HASH_MISMATCH");
  });

  it("disclosure dropped after key binding", async () => {
    const kb = valid.slice(valid.lastIndexOf("~") + 1);
    const familyName = disclosuresOf(valid).find((disclosure) => Buffer.from(disclosure, "base64url").toString("utf8").includes('"family_name"'));
    const dropped = withoutKeyBinding(valid).replace(`${familyName}~`, "");
    await expectRejected(`${dropped}${kb}`, "SD_HASH_MISMATCH");
  });

  it("wrong nonce", async () => {
    await expectRejected(valid, "NONCE_MISMATCH", { nonce: "another-transaction" });
  });

  it("wrong aud", async () => {
    await expectRejected(valid, "AUDIENCE_MISMATCH", { audience: "x509_san_dns:other-verifier.example" });
  });

  it("stale KB-JWT iat", async () => {
    await expectRejected(valid, "KEY_BINDING_STALE", { now: new Date(NOW.getTime() + 7 * 60_000) });
  });

  it("KB-JWT iat in the future", async () => {
    const presentation = appendKeyBinding(withoutKeyBinding(valid), { signer: holder, now: new Date(NOW.getTime() + 5 * 60_000) });
    await expectRejected(presentation, "KEY_BINDING_STALE");
  });

  it("expired credential", async () => {
    const issued = await issueKommPass(issuer, resident, { holder, now: NOW, payload: { exp: Math.floor(NOW.getTime() / 1000) - 3600 } });
    await expectRejected(await presentCredential(issued, { holder, now: NOW }), "EXPIRED");
  });

  it("credential not yet valid", async () => {
    const issued = await issueKommPass(issuer, resident, { holder, now: NOW, payload: { nbf: Math.floor(NOW.getTime() / 1000) + 3600 } });
    await expectRejected(await presentCredential(issued, { holder, now: NOW }), "NOT_YET_VALID");
  });

  it("untrusted issuer", async () => {
    const stranger = await createTestIssuer({ vct: [KOMMPASS_VCT] });
    const issued = await issueKommPass(stranger, resident, { holder, now: NOW });
    await expectRejected(await presentCredential(issued, { holder, now: NOW }), "ISSUER_UNTRUSTED");
  });

  it("untrusted issuer claiming a trusted iss", async () => {
    const impostor = await createTestIssuer({ vct: [KOMMPASS_VCT], iss: issuer.iss });
    const issued = await issueKommPass(impostor, resident, { holder, now: NOW, header: { kid: issuer.kid } });
    await expectRejected(await presentCredential(issued, { holder, now: NOW }), "SIGNATURE_INVALID");
  });

  it("iss other than the trust list entry's", async () => {
    const issued = await issueKommPass(issuer, resident, { holder, now: NOW, payload: { iss: "https://elsewhere.example.test" } });
    await expectRejected(await presentCredential(issued, { holder, now: NOW }), "ISSUER_UNTRUSTED");
  });

  it("x5c chained to an untrusted CA", async () => {
    const x509Issuer = await createTestIssuer({ vct: [KOMMPASS_VCT], x509: { now: NOW } });
    const otherCa = await createTestCa(NOW, "someone else's CA");
    const list: TrustList = { issuers: [{ ...x509Issuer.trustedIssuer, x509TrustAnchors: [otherCa.pem] }] };
    const issued = await issueKommPass(x509Issuer, resident, { holder, now: NOW });
    await expectRejected(await presentCredential(issued, { holder, now: NOW }), "ISSUER_UNTRUSTED", {}, list);
  });

  it("broken x5c chain", async () => {
    const x509Issuer = await createTestIssuer({ vct: [KOMMPASS_VCT], x509: { now: NOW } });
    const unrelated = await createIntermediateCa(await createTestCa(NOW, "unrelated"), NOW);
    const header = { x5c: [(x509Issuer.header.x5c as string[])[0]!, x5cEntry(unrelated.certificate)] };
    const issued = await issueKommPass(x509Issuer, resident, { holder, now: NOW, header });
    await expectRejected(await presentCredential(issued, { holder, now: NOW }), "CHAIN_INVALID", {}, trustListOf(x509Issuer));
  });

  it("expired x5c certificate", async () => {
    const x509Issuer = await createTestIssuer({
      vct: [KOMMPASS_VCT],
      x509: { now: NOW, notBefore: new Date(NOW.getTime() - 10 * 86_400_000), notAfter: new Date(NOW.getTime() - 86_400_000) },
    });
    const issued = await issueKommPass(x509Issuer, resident, { holder, now: NOW });
    await expectRejected(await presentCredential(issued, { holder, now: NOW }), "CHAIN_INVALID", {}, trustListOf(x509Issuer));
  });

  it("x5c that is not base64 DER", async () => {
    const x509Issuer = await createTestIssuer({ vct: [KOMMPASS_VCT], x509: { now: NOW } });
    const issued = await issueKommPass(x509Issuer, resident, { holder, now: NOW, header: { x5c: ["bm90IGEgY2VydGlmaWNhdGU="] } });
    await expectRejected(await presentCredential(issued, { holder, now: NOW }), "CHAIN_INVALID", {}, trustListOf(x509Issuer));
  });

  it("vct the petition does not accept", async () => {
    await expectRejected(valid, "VCT_NOT_ACCEPTED", { acceptedCredentialTypes: [EU_PID_VCT] });
  });

  it("unknown vct", async () => {
    const issued = await issueKommPass(issuer, resident, { holder, now: NOW, payload: { vct: "urn:example:unknown:1" } });
    await expectRejected(await presentCredential(issued, { holder, now: NOW }), "VCT_NOT_ACCEPTED");
  });

  it("vct trusted for another issuer only", async () => {
    const pidIssuer = await createTestIssuer({ vct: [EU_PID_VCT] });
    const issued = await issueKommPass(pidIssuer, resident, { holder, now: NOW });
    await expectRejected(await presentCredential(issued, { holder, now: NOW }), "ISSUER_UNTRUSTED", {}, trustListOf(issuer, pidIssuer));
  });

  it("missing vct", async () => {
    const issued = await issueKommPass(issuer, resident, { holder, now: NOW, payload: { vct: undefined } });
    await expectRejected(await presentCredential(issued, { holder, now: NOW }), "MALFORMED");
  });

  it("missing key binding", async () => {
    await expectRejected(withoutKeyBinding(valid), "KEY_BINDING_MISSING");
  });

  it("credential without cnf", async () => {
    const issued = await issueKommPass(issuer, resident, { holder, now: NOW, payload: { cnf: undefined } });
    await expectRejected(appendKeyBinding(issued, { signer: holder, now: NOW }), "KEY_BINDING_MISSING");
  });

  it("key binding by the wrong key", async () => {
    const presentation = appendKeyBinding(withoutKeyBinding(valid), { signer: generateTestKey(), now: NOW });
    await expectRejected(presentation, "KEY_BINDING_INVALID");
  });

  it("KB-JWT with wrong typ", async () => {
    const presentation = appendKeyBinding(withoutKeyBinding(valid), { signer: holder, now: NOW, header: { typ: "JWT" } });
    await expectRejected(presentation, "KEY_BINDING_INVALID");
  });

  it("KB-JWT with alg none", async () => {
    await expectRejected(appendKeyBinding(withoutKeyBinding(valid), { signer: "none", now: NOW }), "ALG_NOT_ALLOWED");
  });

  it("KB-JWT with HS256", async () => {
    const presentation = appendKeyBinding(withoutKeyBinding(valid), { signer: { hmacSecret: Buffer.alloc(32, 7) }, now: NOW });
    await expectRejected(presentation, "ALG_NOT_ALLOWED");
  });

  it("issuer JWT with alg none", async () => {
    await expectRejected(replaceIssuerJwt(valid, ({ header }) => (header.alg = "none"), "none"), "ALG_NOT_ALLOWED");
  });

  it("issuer JWT with HS256", async () => {
    await expectRejected(replaceIssuerJwt(valid, ({ header }) => (header.alg = "HS256"), { hmacSecret: Buffer.alloc(32, 7) }), "ALG_NOT_ALLOWED");
  });

  it("issuer JWT with wrong typ", async () => {
    for (const typ of ["JWT", "example+sd-jwt", undefined]) {
      await expectRejected(replaceIssuerJwt(valid, ({ header }) => (header.typ = typ), issuer), "TYP_INVALID");
    }
  });

  it("issuer JWT whose payload was changed", async () => {
    const [jwt] = valid.split("~");
    const [header, payload, signature] = jwt!.split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8")) as Record<string, unknown>;
    claims.exp = Number(claims.exp) + 3600;
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${signature}`;
    await expectRejected(valid.replace(jwt!, forged), "SIGNATURE_INVALID");
  });

  it("_sd_alg other than sha-256", async () => {
    await expectRejected(replaceIssuerJwt(valid, ({ payload }) => (payload._sd_alg = "sha-512"), issuer), "ALG_NOT_ALLOWED");
  });

  it("digest that appears twice", async () => {
    const presentation = replaceIssuerJwt(
      valid,
      ({ payload }) => {
        const digests = payload._sd as string[];
        payload._sd = [...digests, digests[0]];
      },
      issuer,
    );
    const sdJwt = withoutKeyBinding(presentation);
    await expectRejected(appendKeyBinding(sdJwt, { signer: holder, now: NOW }), "DISCLOSURE_INVALID");
  });

  it("disclosed claim that overrides a signed one", async () => {
    const sneaky = Buffer.from(JSON.stringify(["c2FsdHNhbHRzYWx0", "vct", "urn:mitzeichnen:demo:kommpass:1"])).toString("base64url");
    const { sha256Base64url } = await import("../../../src/credentials/sd-jwt-hash");
    const presentation = replaceIssuerJwt(valid, ({ payload }) => (payload._sd = [...(payload._sd as string[]), sha256Base64url(sneaky)]), issuer);
    const sdJwt = `${withoutKeyBinding(presentation)}${sneaky}~`;
    await expectRejected(appendKeyBinding(sdJwt, { signer: holder, now: NOW }), "DISCLOSURE_INVALID");
  });

  it("clashing claim named signature", async () => {
    // safeVerify 0.20.0 picks its code by message text, which names the claim; the reason must still be about disclosures.
    const clash = Buffer.from(JSON.stringify(["c2FsdHNhbHRzYWx0", "signature", "forged"])).toString("base64url");
    const { sha256Base64url } = await import("../../../src/credentials/sd-jwt-hash");
    const presentation = replaceIssuerJwt(
      valid,
      ({ payload }) => {
        payload.signature = "signed";
        payload._sd = [...(payload._sd as string[]), sha256Base64url(clash)];
      },
      issuer,
    );
    const sdJwt = `${withoutKeyBinding(presentation)}${clash}~`;
    await expectRejected(appendKeyBinding(sdJwt, { signer: holder, now: NOW }), "DISCLOSURE_INVALID");
  });

  it("issuer JWT without signature", async () => {
    const [jwt] = valid.split("~");
    const unsigned = jwt!.slice(0, jwt!.lastIndexOf(".") + 1);
    await expectRejected(valid.replace(jwt!, unsigned), "SIGNATURE_INVALID");
  });

  it("non-numeric exp", async () => {
    await expectRejected(replaceIssuerJwt(valid, ({ payload }) => (payload.exp = "2099-01-01"), issuer), "MALFORMED");
  });

  it("KB-JWT that is no JWS", async () => {
    await expectRejected(`${withoutKeyBinding(valid)}not-a-jwt`, "KEY_BINDING_INVALID");
  });

  it("replayed presentation for a new transaction", async () => {
    await expectRejected(valid, "NONCE_MISMATCH", { nonce: "nonce-of-the-next-transaction" });
  });
});
