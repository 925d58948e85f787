import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { encodeEntry, entryHash, GENESIS_HASH, type HashedEntry } from "../../../src/signature-log/entry-hash";

const ENTRY: HashedEntry = {
  petitionId: "0F8FAD5B-D9CB-469F-A165-70867728950E",
  seq: 12,
  kind: "signed",
  nullifier: Buffer.from("aabbcc", "hex"),
  channel: "wallet",
  status: "proven",
  reason: null,
  occurredAtMicros: 1_773_576_000_123_456n,
};

/** Encode one field as the encoding defines it: a 4-byte big-endian length, then the bytes. */
function prefixed(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

describe("encodeEntry", () => {
  it("writes length-prefixed fields in order", () => {
    const previous = Buffer.alloc(32, 7);
    const expected = Buffer.concat([
      prefixed(Buffer.from("mitzeichnen signature log entry v1")),
      prefixed(Buffer.from("0f8fad5b-d9cb-469f-a165-70867728950e")),
      prefixed(Buffer.from("12")),
      prefixed(Buffer.from("signed")),
      prefixed(Buffer.from("aabbcc", "hex")),
      prefixed(Buffer.from("wallet")),
      prefixed(Buffer.from("proven")),
      Buffer.from("ffffffff", "hex"),
      prefixed(Buffer.from("1773576000123456")),
      prefixed(previous),
    ]);

    expect(encodeEntry(ENTRY, previous).toString("hex")).toBe(expected.toString("hex"));
  });

  it("tells a null reason from an empty one", () => {
    expect(encodeEntry(ENTRY, GENESIS_HASH).equals(encodeEntry({ ...ENTRY, reason: "" }, GENESIS_HASH))).toBe(false);
  });
});

describe("entryHash", () => {
  it("is SHA-256 of the encoding", () => {
    const expected = createHash("sha256").update(encodeEntry(ENTRY, GENESIS_HASH)).digest("hex");

    expect(entryHash(ENTRY, GENESIS_HASH).toString("hex")).toBe(expected);
  });

  it("changes with every field", () => {
    const base = entryHash(ENTRY, GENESIS_HASH).toString("hex");
    const variants: HashedEntry[] = [
      { ...ENTRY, petitionId: "1f8fad5b-d9cb-469f-a165-70867728950e" },
      { ...ENTRY, seq: 13 },
      { ...ENTRY, kind: "withdrawn" },
      { ...ENTRY, nullifier: Buffer.from("aabbcd", "hex") },
      { ...ENTRY, channel: "paper" },
      { ...ENTRY, status: null },
      { ...ENTRY, reason: "under_age" },
      { ...ENTRY, occurredAtMicros: ENTRY.occurredAtMicros + 1n },
    ];

    for (const variant of variants) expect(entryHash(variant, GENESIS_HASH).toString("hex")).not.toBe(base);
    expect(entryHash(ENTRY, Buffer.alloc(32, 1)).toString("hex")).not.toBe(base);
  });
});
