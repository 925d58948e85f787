import { describe, expect, it } from "vitest";
import { quorumProgress } from "../../../src/petitions/quorum-progress";
import type { SignatureCounts } from "../../../src/signing/signature-counts";

const counts: SignatureCounts = { total: 10, proven: 6, confirmed: 3, provisional: 1, byChannel: { wallet: 5, passkey: 2, paper: 3 } };

describe("quorumProgress", () => {
  it("counts every channel when online and paper count", () => {
    const progress = quorumProgress({ quorum: 10, signatureKinds: ["online", "paper"] }, counts);
    expect(progress).toMatchObject({ towardQuorum: 10, onlineNotCounting: 0, reached: true });
  });

  it("counts only paper when only paper counts", () => {
    const progress = quorumProgress({ quorum: 10, signatureKinds: ["paper"] }, counts);
    expect(progress).toMatchObject({ towardQuorum: 3, onlineNotCounting: 7, reached: false });
  });

  it("counts wallet and passkey when only online counts", () => {
    const progress = quorumProgress({ quorum: 100, signatureKinds: ["online"] }, counts);
    expect(progress).toMatchObject({ towardQuorum: 7, onlineNotCounting: 0, reached: false });
  });
});
