import { verify } from "node:crypto";
import { SDJwtVcInstance } from "@sd-jwt/sd-jwt-vc";
import { parseCompactJws } from "../../src/credentials/compact-jws";
import { KOMMPASS_VCT } from "../../src/credentials/credential-types";
import { sdJwtHasher } from "../../src/credentials/sd-jwt-hash";
import { verifyPresentation } from "../../src/credentials/verify-presentation";
import { findDemoResident } from "../../src/demo/demo-residents";
import { createTestIssuer, generateTestKey, issueKommPass, noStatusLists, presentCredential, TEST_AUDIENCE, TEST_NONCE, trustListOf } from "../helpers/credentials";

// Micro-benchmark, not part of npm test: npx tsx test/bench/verify-presentation.ts [seconds per measurement]
// It prints verifications per second of verifyPresentation (one KommPass, all claims disclosed, with KB-JWT)
// next to raw ES256 verifications, on one core. A presentation needs two ES256 verifications: issuer JWT and KB-JWT.
// The third line runs the library's safeVerify with both signature callbacks returning true, which shows what
// @sd-jwt/sd-jwt-vc 0.20.0 costs apart from the crypto (decoding, digests, rebuilding the claims).

const seconds = Number(process.argv[2] ?? "3");
const now = new Date();
const issuer = await createTestIssuer({ vct: [KOMMPASS_VCT] });
const holder = generateTestKey();
const trustList = trustListOf(issuer);
const issued = await issueKommPass(issuer, findDemoResident("kaethe-grossmann", now)!, { holder, now });
const presentation = await presentCredential(issued, { holder, now });
const policy = { nonce: TEST_NONCE, audience: TEST_AUDIENCE, acceptedCredentialTypes: [KOMMPASS_VCT], now };
const deps = { trustList, fetchStatusList: noStatusLists };

const first = await verifyPresentation(presentation, policy, deps);
if (!first.ok) throw new Error(`benchmark presentation rejected: ${first.error}`);

async function measure(label: string, operation: () => unknown | Promise<unknown>): Promise<number> {
  for (let warmup = 0; warmup < 500; warmup++) await operation();
  const end = performance.now() + seconds * 1000;
  let count = 0;
  const start = performance.now();
  while (performance.now() < end) {
    for (let batch = 0; batch < 100; batch++) await operation();
    count += 100;
  }
  const perSecond = count / ((performance.now() - start) / 1000);
  process.stdout.write(`${label.padEnd(34)} ${Math.round(perSecond).toString().padStart(8)} /s  ${(1e6 / perSecond).toFixed(1).padStart(7)} µs each\n`);
  return perSecond;
}

const jws = parseCompactJws(presentation.split("~")[0]!)!;
const issuerKey = (await import("node:crypto")).createPublicKey(issuer.privateKey);
const signingInput = Buffer.from(jws.signingInput, "ascii");

process.stdout.write(`node ${process.version}, ${presentation.length} bytes, ${presentation.split("~").length - 2} disclosures, ${seconds} s per measurement, one core\n`);
const raw = await measure("raw ES256 verify (node:crypto)", () => verify("sha256", signingInput, { key: issuerKey, dsaEncoding: "ieee-p1363" }, jws.signature));
const full = await measure("verifyPresentation", () => verifyPresentation(presentation, policy, deps));
const withoutSignatures = new SDJwtVcInstance({ hasher: sdJwtHasher, verifier: () => true, kbVerifier: () => true });
const libraryOptions = { currentDate: now.getTime() / 1000, skewSeconds: 60, keyBindingNonce: TEST_NONCE, disableStatusVerification: true };
await measure("safeVerify, signatures not checked", () => withoutSignatures.safeVerify(presentation, libraryOptions));
process.stdout.write(`verifyPresentation costs ${(raw / full).toFixed(2)} raw ES256 verifications (2 is the floor)\n`);
