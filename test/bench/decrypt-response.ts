import { CompactEncrypt, compactDecrypt, importJWK } from "jose";
import { decryptResponse, generateResponseKey, publicResponseKey } from "../../src/openid4vp/response-encryption";

// Micro-benchmark, not part of npm test: npx tsx test/bench/decrypt-response.ts [seconds per measurement]
// Decrypts one direct_post.jwt response (ECDH-ES, A128GCM, 3 KB payload, about a KommPass presentation) with
// decryptResponse (node:crypto) and with jose's importJWK + compactDecrypt, one at a time on one thread.
// The jose figure includes the wait for WebCrypto jobs on the libuv thread pool.

const seconds = Number(process.argv[2] ?? "3");
const key = await generateResponseKey();
const payload = new TextEncoder().encode(JSON.stringify({ vp_token: { kommpass: ["x".repeat(3000)] }, state: "s" }));
const jwe = await new CompactEncrypt(payload)
  .setProtectedHeader({ alg: "ECDH-ES", enc: "A128GCM", kid: key.kid! })
  .encrypt(await importJWK(publicResponseKey(key), "ECDH-ES"));

async function measure(label: string, operation: () => unknown): Promise<void> {
  for (let warmup = 0; warmup < 300; warmup++) await operation();
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  let count = 0;
  while (performance.now() < end) {
    for (let batch = 0; batch < 50; batch++) await operation();
    count += 50;
  }
  const perSecond = count / ((performance.now() - start) / 1000);
  process.stdout.write(`${label.padEnd(34)} ${Math.round(perSecond).toString().padStart(7)} /s  ${(1e6 / perSecond).toFixed(1).padStart(7)} µs each\n`);
}

process.stdout.write(`node ${process.version}, ${seconds} s per measurement\n`);
await measure("decryptResponse (node:crypto)", () => decryptResponse(jwe, key));
await measure("jose importJWK + compactDecrypt", async () => compactDecrypt(jwe, await importJWK(key, "ECDH-ES")));
