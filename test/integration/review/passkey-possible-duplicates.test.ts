import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../../src/log";
import { recordPaperLines } from "../../../src/review/record-paper-lines";
import { listSignaturesForReview } from "../../../src/review/review-list";
import { type SignContext, signPetition } from "../../../src/signing/sign-petition";
import { loadPetitionKey } from "../../../src/signing/petition-keys";
import { weakIdentityKey } from "../../../src/signing/weak-identity-key";
import { createTestPetition } from "../../helpers/petitions";
import { activateWithCode, createLetterCode, KAETHE_REGISTER_ROW, signWithPasskeyOverHttp } from "../../helpers/residents";
import { validPaperLine } from "../../helpers/review";
import { residentNamed } from "../../helpers/signature-log";
import type { SoftwareAuthenticator } from "../../helpers/software-authenticator";
import { createTestStaffMember } from "../../helpers/staff";
import { createWalletTestSetup, type WalletTestSetup } from "../../helpers/wallet";

let setup: WalletTestSetup;
let ctx: SignContext;
let staffId: string;

beforeAll(async () => {
  setup = await createWalletTestSetup();
  const { database, serverSecret, officeEvidenceKey, clock } = setup.deps;
  ctx = { database, serverSecret, officeEvidenceKey, clock, log: createLogger("silent") };
  staffId = (await createTestStaffMember(database, { role: "election_office" })).id;
});
afterAll(async () => {
  await setup.deps.database.close();
});

/** Activate a letter code of Käthe Großmann under another family name, so each test has its own person. */
async function passkeyResident(familyName: string): Promise<{ authenticator: SoftwareAuthenticator; residentKey: Buffer }> {
  const { code, residentKey } = await createLetterCode(setup.deps, { row: { ...KAETHE_REGISTER_ROW, familienname: familyName } });
  const { authenticator, response } = await activateWithCode(setup.deps, setup.app, code);
  expect(response.status).toBe(200);
  return { authenticator, residentKey };
}

async function signatureRows(petitionId: string) {
  return setup.deps.database.rows<{ id: string; channel: string; nullifier: Buffer; weak_identity_key: Buffer | null }>(
    "select id, channel, nullifier, weak_identity_key from signatures where petition_id = $1 order by id",
    [petitionId],
  );
}

describe("passkey signatures as possible duplicates", () => {
  it("pairs a passkey signature with a paper line in another spelling", async () => {
    const { authenticator } = await passkeyResident("Nowak-Weiß");
    const petition = await createTestPetition(setup.deps.database, { now: setup.clock.now(), serverSecret: setup.deps.serverSecret });
    expect((await signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, authenticator)).body.outcome).toBe("signed");

    // Only the first given name, a space for the hyphen, "ss" for "ß" and "oe" for "ö" in the place of birth.
    const paper = { familyName: "Nowak Weiss", givenNames: "Käthe", birthDate: "1961-03-14", placeOfBirth: "Goerlitz" };
    const entered = await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(paper, 7, 3)] });
    if (!entered.ok) throw new Error(`paper line not entered: ${entered.error}`);
    expect(entered.value[0]?.kind).toBe("recorded");

    const [passkey, line] = await signatureRows(petition.id);
    expect(passkey?.channel).toBe("passkey");
    expect(line?.channel).toBe("paper");
    expect(Buffer.from(passkey!.nullifier).equals(Buffer.from(line!.nullifier))).toBe(false);
    const { items } = await listSignaturesForReview(setup.deps.database, { petitionId: petition.id, filter: "possibleDuplicates", afterId: 0 });
    expect(items.map((item) => item.id)).toEqual([Number(passkey!.id), Number(line!.id)]);
    expect(items[0]?.possibleDuplicates).toEqual([{ id: Number(line!.id), channel: "paper", sheet: 7, line: 3 }]);
  });

  it("gives the passkey the wallet's weak identity key", async () => {
    const { authenticator } = await passkeyResident("Walletgleich");
    const petition = await createTestPetition(setup.deps.database, { now: setup.clock.now(), serverSecret: setup.deps.serverSecret });
    expect((await signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, authenticator)).body.outcome).toBe("signed");

    // A credential that names only the country of birth derives another nullifier, so this signature counts too.
    const wallet = residentNamed("Käthe Luise", { familyName: "Walletgleich", birthDate: "1961-03-14", placeOfBirth: undefined });
    const signed = await signPetition(ctx, { petition, identity: wallet, channel: "wallet", credentialType: "urn:eudi:pid:de:1" });
    expect(signed.ok).toBe(true);

    const rows = await signatureRows(petition.id);
    const expected = weakIdentityKey(setup.deps.serverSecret, await loadPetitionKey(setup.deps.database, setup.deps.serverSecret, petition.id), wallet);
    expect(rows.map((row) => row.channel)).toEqual(["passkey", "wallet"]);
    for (const row of rows) expect(Buffer.from(row.weak_identity_key!).equals(expected)).toBe(true);
    const { items } = await listSignaturesForReview(setup.deps.database, { petitionId: petition.id, filter: "possibleDuplicates", afterId: 0 });
    expect(items).toHaveLength(2);
  });

  it("stores no weak key for an account without one", async () => {
    const { authenticator, residentKey } = await passkeyResident("Altkonto");
    await setup.deps.database.rows("update resident_accounts set weak_resident_key = null where resident_key = $1", [residentKey]);
    const petition = await createTestPetition(setup.deps.database, { now: setup.clock.now(), serverSecret: setup.deps.serverSecret });

    expect((await signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, authenticator)).body.outcome).toBe("signed");

    const [row] = await signatureRows(petition.id);
    expect(row?.weak_identity_key).toBeNull();
  });
});
