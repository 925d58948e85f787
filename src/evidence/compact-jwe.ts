import { createCipheriv, createHash, diffieHellman, generateKeyPairSync, type KeyObject, randomBytes } from "node:crypto";

/** RFC 3394 default initial value, which id-aes256-wrap requires. */
const KEY_WRAP_IV = Buffer.from("A6A6A6A6A6A6A6A6", "hex");
const KEY_MANAGEMENT = "ECDH-ES+A256KW";
const CONTENT_ENCRYPTION = "A256GCM";

/**
 * Encrypt `plaintext` to an EC P-256 public key as a compact JWE with
 * ECDH-ES+A256KW and A256GCM (RFC 7516, RFC 7518 §4.6 and §5.3), without
 * PartyUInfo or PartyVInfo. It uses node:crypto's synchronous calls, because
 * jose (6.x) runs the same steps through WebCrypto with an await for each,
 * and every signing encrypts. jose's compactDecrypt reads the result, which
 * the tests check.
 */
export function encryptCompactJwe(plaintext: Buffer, recipient: KeyObject, header: { kid: string; cty: string }): string {
  const ephemeral = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const sharedSecret = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient });
  const keyEncryptionKey = concatKdf(sharedSecret, KEY_MANAGEMENT, 256);

  const contentKey = randomBytes(32);
  const wrapper = createCipheriv("id-aes256-wrap", keyEncryptionKey, KEY_WRAP_IV);
  const encryptedKey = Buffer.concat([wrapper.update(contentKey), wrapper.final()]);

  const { kty, crv, x, y } = ephemeral.publicKey.export({ format: "jwk" });
  const protectedHeader = { alg: KEY_MANAGEMENT, enc: CONTENT_ENCRYPTION, kid: header.kid, cty: header.cty, epk: { kty, crv, x, y } };
  const encodedHeader = Buffer.from(JSON.stringify(protectedHeader), "utf8").toString("base64url");

  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", contentKey, iv);
  cipher.setAAD(Buffer.from(encodedHeader, "ascii"));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [encodedHeader, encryptedKey, iv, ciphertext, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/**
 * Derive a key with the Concat KDF of NIST SP 800-56A §5.8.1 as RFC 7518
 * §4.6.2 specifies it. One SHA-256 round covers 256 bits: it hashes the
 * counter 1, the shared secret, the algorithm id, empty PartyUInfo and
 * PartyVInfo, and the key length in bits.
 */
function concatKdf(sharedSecret: Buffer, algorithm: string, keyBits: 256): Buffer {
  const lengthPrefixed = (value: Buffer) => Buffer.concat([uint32(value.length), value]);
  const otherInfo = Buffer.concat([lengthPrefixed(Buffer.from(algorithm, "ascii")), lengthPrefixed(Buffer.alloc(0)), lengthPrefixed(Buffer.alloc(0)), uint32(keyBits)]);
  return createHash("sha256").update(uint32(1)).update(sharedSecret).update(otherInfo).digest();
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
}
