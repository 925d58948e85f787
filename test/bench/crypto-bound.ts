import { diffieHellman, generateKeyPairSync, sign, verify, type KeyObject } from "node:crypto";

export type CryptoRates = {
  /** ES256 verifications per second of one fixed signature, node:crypto, one thread. */
  es256VerifyPerSecond: number;
  /** P-256 ECDH key agreements per second (the asymmetric step of ECDH-ES), node:crypto, one thread. */
  ecdhPerSecond: number;
  /**
   * Signings per second one thread could reach if it did nothing but the
   * public key operations each signing needs: two ES256 verifications
   * (issuer JWT, KB-JWT) and one ECDH for decrypting the JWE.
   */
  signingsPerSecondBound: number;
};

function ratePerSecond(seconds: number, operation: () => unknown): number {
  for (let warmup = 0; warmup < 200; warmup++) operation();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let count = 0;
  while (performance.now() < deadline) {
    for (let batch = 0; batch < 50; batch++) operation();
    count += 50;
  }
  return count / ((performance.now() - started) / 1000);
}

/** Measure the raw ES256 and ECDH rates of this machine on the calling thread, `seconds` each. */
export function measureCryptoRates(seconds: number): CryptoRates {
  const signer = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const data = Buffer.from("eyJhbGciOiJFUzI1NiJ9.eyJ2Y3QiOiJ1cm46bWl0emVpY2huZW46YmVuY2gifQ", "ascii");
  const signature = sign("sha256", data, { key: signer.privateKey, dsaEncoding: "ieee-p1363" });
  const publicKey: KeyObject = signer.publicKey;
  const es256VerifyPerSecond = ratePerSecond(seconds, () => {
    if (!verify("sha256", data, { key: publicKey, dsaEncoding: "ieee-p1363" }, signature)) throw new Error("ES256 verification failed");
  });

  const ours = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const theirs = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const ecdhPerSecond = ratePerSecond(seconds, () => diffieHellman({ privateKey: ours.privateKey, publicKey: theirs.publicKey }));

  const secondsPerSigning = 2 / es256VerifyPerSecond + 1 / ecdhPerSecond;
  return { es256VerifyPerSecond, ecdhPerSecond, signingsPerSecondBound: 1 / secondsPerSigning };
}
