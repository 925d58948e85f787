import { describe, expect, it } from "vitest";
import { quorumProgress } from "../../../src/petitions/quorum-progress";
import type { SignatureCounts } from "../../../src/signing/signature-counts";

/** One provisional wallet signature among ten. */
const counts: SignatureCounts = {
  total: 10,
  proven: 6,
  confirmed: 3,
  provisional: 1,
  byChannel: { wallet: 5, passkey: 2, paper: 3 },
  validByChannel: { wallet: 4, passkey: 2, paper: 3 },
};

describe("quorumProgress", () => {
  it("counts valid signatures of every channel when online and paper count", () => {
    const progress = quorumProgress({ quorum: 10, signatureKinds: ["online", "paper"] }, counts);
    expect(progress).toMatchObject({ towardQuorum: 9, provisionalTowardQuorum: 1, onlineNotCounting: 0, reached: false });
  });

  it("counts only paper when only paper counts", () => {
    const progress = quorumProgress({ quorum: 10, signatureKinds: ["paper"] }, counts);
    expect(progress).toMatchObject({ towardQuorum: 3, provisionalTowardQuorum: 0, onlineNotCounting: 7, reached: false });
  });

  it("counts wallet and passkey when only online counts", () => {
    const progress = quorumProgress({ quorum: 100, signatureKinds: ["online"] }, counts);
    expect(progress).toMatchObject({ towardQuorum: 6, provisionalTowardQuorum: 1, onlineNotCounting: 0, reached: false });
  });

  it("reaches the quorum only with valid signatures", () => {
    expect(quorumProgress({ quorum: 9, signatureKinds: ["online", "paper"] }, counts).reached).toBe(true);
    expect(quorumProgress({ quorum: 10, signatureKinds: ["online", "paper"] }, counts).reached).toBe(false);
  });
});
