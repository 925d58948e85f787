import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from "node:crypto";
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";

/**
 * A WebAuthn authenticator in software for server-side tests: one ES256
 * credential on P-256, attestation "none" or "packed" self attestation, and
 * a signature counter. Its CBOR encoder is written here rather than taken
 * from the library under test, so an encoding bug cannot hide on both sides.
 */

type CborValue = number | string | Uint8Array | CborValue[] | Map<number | string, CborValue>;

function cborHead(majorType: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(majorType << 5) | length]);
  if (length < 0x100) return Buffer.from([(majorType << 5) | 24, length]);
  if (length < 0x10000) return Buffer.from([(majorType << 5) | 25, length >> 8, length & 0xff]);
  const head = Buffer.alloc(5);
  head[0] = (majorType << 5) | 26;
  head.writeUInt32BE(length, 1);
  return head;
}

/** Encode a value as CBOR (RFC 8949 §3) with the few types WebAuthn structures use. */
export function encodeCbor(value: CborValue): Buffer {
  if (typeof value === "number") return value >= 0 ? cborHead(0, value) : cborHead(1, -1 - value);
  if (typeof value === "string") {
    const bytes = Buffer.from(value, "utf8");
    return Buffer.concat([cborHead(3, bytes.length), bytes]);
  }
  if (value instanceof Uint8Array) return Buffer.concat([cborHead(2, value.length), Buffer.from(value)]);
  if (Array.isArray(value)) return Buffer.concat([cborHead(4, value.length), ...value.map(encodeCbor)]);
  const entries = [...value.entries()];
  return Buffer.concat([cborHead(5, entries.length), ...entries.flatMap(([key, entry]) => [encodeCbor(key), encodeCbor(entry)])]);
}

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_ATTESTED_CREDENTIAL = 0x40;

/** What a test may change in a response to provoke one rejection. */
export type ResponseOverrides = {
  origin?: string;
  rpId?: string;
  challenge?: string;
  userVerified?: boolean;
  /** Counter to put in the authenticator data instead of the next one. */
  counter?: number;
  type?: string;
};

export class SoftwareAuthenticator {
  readonly credentialId: Buffer = randomBytes(16);
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  /** The counter sent with the next assertion; 0 makes an authenticator without counter. */
  counter: number;

  constructor(
    private readonly rpId: string,
    private readonly origin: string,
    options: { startCounter?: number } = {},
  ) {
    const pair = generateKeyPairSync("ec", { namedCurve: "P-256" });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
    this.counter = options.startCounter ?? 0;
  }

  get credentialIdBase64url(): string {
    return this.credentialId.toString("base64url");
  }

  /** Build the response to navigator.credentials.create() for the given options' challenge. */
  createRegistrationResponse(
    options: { challenge: string },
    overrides: ResponseOverrides & { attestation?: "none" | "packed"; userHandle?: string } = {},
  ): RegistrationResponseJSON {
    const clientDataJSON = this.clientData("webauthn.create", options.challenge, overrides);
    const authData = Buffer.concat([
      this.rpIdHash(overrides.rpId),
      Buffer.from([this.flags(overrides) | FLAG_ATTESTED_CREDENTIAL]),
      this.counterBytes(overrides.counter ?? this.counter),
      Buffer.alloc(16),
      Buffer.from([this.credentialId.length >> 8, this.credentialId.length & 0xff]),
      this.credentialId,
      this.coseKey(),
    ]);
    const attestationStatement: Map<string, CborValue> = new Map();
    if (overrides.attestation === "packed") {
      attestationStatement.set("alg", -7);
      attestationStatement.set("sig", this.signOver(authData, clientDataJSON));
    }
    const attestationObject = encodeCbor(
      new Map<string, CborValue>([
        ["fmt", overrides.attestation ?? "none"],
        ["attStmt", attestationStatement],
        ["authData", authData],
      ]),
    );
    const id = this.credentialIdBase64url;
    return {
      id,
      rawId: id,
      type: "public-key",
      response: {
        clientDataJSON: clientDataJSON.toString("base64url"),
        attestationObject: attestationObject.toString("base64url"),
        transports: ["internal"],
      },
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
    };
  }

  /** Build the response to navigator.credentials.get() and advance the counter unless it stays at 0. */
  createAssertionResponse(options: { challenge: string }, overrides: ResponseOverrides & { userHandle?: string } = {}): AuthenticationResponseJSON {
    if (overrides.counter === undefined && this.counter > 0) this.counter += 1;
    const clientDataJSON = this.clientData("webauthn.get", options.challenge, overrides);
    const authenticatorData = Buffer.concat([
      this.rpIdHash(overrides.rpId),
      Buffer.from([this.flags(overrides)]),
      this.counterBytes(overrides.counter ?? this.counter),
    ]);
    const id = this.credentialIdBase64url;
    return {
      id,
      rawId: id,
      type: "public-key",
      response: {
        clientDataJSON: clientDataJSON.toString("base64url"),
        authenticatorData: authenticatorData.toString("base64url"),
        signature: this.signOver(authenticatorData, clientDataJSON).toString("base64url"),
        userHandle: overrides.userHandle,
      },
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
    };
  }

  private clientData(type: string, challenge: string, overrides: ResponseOverrides): Buffer {
    return Buffer.from(
      JSON.stringify({
        type: overrides.type ?? type,
        challenge: overrides.challenge ?? challenge,
        origin: overrides.origin ?? this.origin,
        crossOrigin: false,
      }),
      "utf8",
    );
  }

  private rpIdHash(rpId: string | undefined): Buffer {
    return createHash("sha256").update(rpId ?? this.rpId, "utf8").digest();
  }

  private flags(overrides: ResponseOverrides): number {
    return FLAG_USER_PRESENT | (overrides.userVerified === false ? 0 : FLAG_USER_VERIFIED);
  }

  private counterBytes(counter: number): Buffer {
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32BE(counter, 0);
    return bytes;
  }

  /** The credential public key as a COSE_Key (RFC 9053 §7.1.1): EC2, ES256, P-256, x and y. */
  private coseKey(): Buffer {
    const jwk = this.publicKey.export({ format: "jwk" });
    return encodeCbor(
      new Map<number, CborValue>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x ?? "", "base64url")],
        [-3, Buffer.from(jwk.y ?? "", "base64url")],
      ]),
    );
  }

  /** Sign authenticatorData || SHA-256(clientDataJSON) with ES256, DER-encoded as WebAuthn expects. */
  private signOver(authenticatorData: Buffer, clientDataJSON: Buffer): Buffer {
    const clientDataHash = createHash("sha256").update(clientDataJSON).digest();
    return sign("sha256", Buffer.concat([authenticatorData, clientDataHash]), this.privateKey);
  }
}
