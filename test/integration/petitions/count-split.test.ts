import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { decideSignature } from "../../../src/review/decide-signature";
import { recordPaperLines } from "../../../src/review/record-paper-lines";
import { readDailySignatureCounts } from "../../../src/signing/daily-signature-counts";
import { type SignContext, signPetition } from "../../../src/signing/sign-petition";
import { readSignatureCounts } from "../../../src/signing/signature-counts";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";
import { validPaperLine } from "../../helpers/review";
import { residentNamed } from "../../helpers/signature-log";
import { createTestStaffMember } from "../../helpers/staff";

let deps: AppDeps;
let app: ReturnType<typeof createApp>;
let ctx: SignContext;
let staffId: string;

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
  ctx = { database: deps.database, serverSecret: deps.serverSecret, officeEvidenceKey: deps.officeEvidenceKey, clock: deps.clock, log: deps.logger };
  staffId = (await createTestStaffMember(deps.database, { role: "election_office" })).id;
});

afterAll(async () => {
  await deps.database.close();
});

/**
 * Create a petition with one proven wallet signature, one provisional wallet
 * signature the office confirmed, one still provisional, and one valid
 * paper line: two confirmed, one proven, one provisional.
 */
async function petitionWithEveryStatus() {
  const petition = await createTestPetition(deps.database, { now: deps.clock.now(), serverSecret: deps.serverSecret });
  const wallet = (givenNames: string, familyName: string, provisional: boolean) =>
    signPetition(ctx, {
      petition,
      identity: residentNamed(givenNames, { familyName, ...(provisional ? { mainResidenceSince: undefined } : {}) }),
      channel: "wallet",
      credentialType: "urn:eudi:pid:de:1",
    });
  await wallet("Belegt", "Erste", false);
  await wallet("Geprüft", "Zweite", true);
  await wallet("Offen", "Dritte", true);
  await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(residentNamed("Papier", { familyName: "Vierte" }), 1, 1)] });
  const [checked] = await deps.database.rows<{ id: string }>("select id from signatures where petition_id = $1 and status = 'provisional' order by id limit 1", [petition.id]);
  const decided = await decideSignature(ctx, { petitionId: petition.id, signatureId: Number(checked!.id), expected: { status: "provisional", reason: null }, decision: { kind: "confirm" }, staffId });
  expect(decided.ok).toBe(true);
  return petition;
}

describe("proven and confirmed counts", () => {
  it("counts only credential-proven signatures as proven", async () => {
    const petition = await petitionWithEveryStatus();

    const counts = await readSignatureCounts(deps.database, petition.id);

    expect(counts).toEqual({
      total: 4,
      proven: 1,
      confirmed: 2,
      provisional: 1,
      byChannel: { wallet: 3, passkey: 0, paper: 1 },
      validByChannel: { wallet: 2, passkey: 0, paper: 1 },
    });
  });

  it("splits the day the same way", async () => {
    const petition = await petitionWithEveryStatus();
    const today = "2026-03-15";

    const [day] = await readDailySignatureCounts(deps.database, petition.id, today, today);

    expect(day).toMatchObject({ total: 4, proven: 1, confirmed: 2, provisional: 1 });
  });

  it("states the split on the public page", async () => {
    const petition = await petitionWithEveryStatus();

    const html = await (await app.request(`/petitionen/${petition.id}`)).text();

    expect(html).toContain(`3 von ${petition.quorum.toLocaleString("de-DE")} nötigen Unterschriften`);
    expect(html).toContain("Davon 1 online vollständig durch Nachweis belegt und 2 vom Wahlamt bestätigt (Papierlisten und geprüfte Online-Unterschriften).");
    expect(html).toContain("Dazu kommt 1 vorläufige Unterschrift, die das Wahlamt noch im Melderegister prüft.");
  });
});
