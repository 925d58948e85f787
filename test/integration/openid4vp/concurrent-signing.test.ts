import { afterAll, beforeAll, expect, it } from "vitest";
import { KOMMPASS_VCT } from "../../../src/credentials/credential-types";
import { findDemoResident } from "../../../src/demo/demo-residents";
import { requestUri, walletInvocationUrl } from "../../../src/openid4vp/wallet-urls";
import { generateTestKey, issueKommPass } from "../../helpers/credentials";
import { openTestDatabase } from "../../helpers/db";
import {
  createWalletTestSetup,
  presentForRequest,
  resolveInvocation,
  startSigning,
  submitVpToken,
  TEST_PUBLIC_URL,
  testWalletClient,
  type WalletTestSetup,
} from "../../helpers/wallet";

const PARALLEL_TRANSACTIONS = 20;
/** Submissions of one response at most, counting the resubmissions after a 503. */
const MAX_ATTEMPTS = 5;

let setup: WalletTestSetup;

beforeAll(async () => {
  setup = await createWalletTestSetup({ database: await openTestDatabase({ maxConnections: PARALLEL_TRANSACTIONS }) });
});

afterAll(async () => {
  await setup.deps.database.close();
});

it("counts one signature for twenty simultaneous presentations of one person", async () => {
  const now = setup.clock.now();
  const resident = findDemoResident("kaethe-grossmann", now)!;
  const client = testWalletClient(setup.app);

  const prepared = await Promise.all(
    Array.from({ length: PARALLEL_TRANSACTIONS }, async () => {
      const session = await startSigning(setup.app, setup.petition.id);
      const invocation = walletInvocationUrl(setup.deps.verifierIdentity.clientId, requestUri(TEST_PUBLIC_URL, session.transactionId, "cross-device"));
      const resolved = await resolveInvocation(client, invocation);
      const holder = generateTestKey();
      const credential = await issueKommPass(setup.issuer, resident, { holder, now });
      return { resolved, vpToken: await presentForRequest(resolved, credential, { vct: KOMMPASS_VCT, holder, now }) };
    }),
  );

  // On a busy machine the load shedder may reject a response with 503 before reading it, and a wallet then sends it again.
  const submit = async ({ resolved, vpToken }: (typeof prepared)[number]) => {
    let response = await submitVpToken(resolved, client, vpToken);
    for (let attempt = 1; response.status === 503 && attempt < MAX_ATTEMPTS; attempt++) response = await submitVpToken(resolved, client, vpToken);
    return response;
  };
  const responses = await Promise.all(prepared.map(submit));
  expect(responses.map((response) => response.status)).toEqual(Array(PARALLEL_TRANSACTIONS).fill(200));

  const outcomes = await setup.deps.database.rows<{ kind: string; count: string }>(
    "select outcome->>'kind' as kind, count(*) as count from wallet_transactions where petition_id = $1 group by 1 order by 1",
    [setup.petition.id],
  );
  expect(outcomes.map((row) => [row.kind, Number(row.count)])).toEqual([
    ["already_signed", PARALLEL_TRANSACTIONS - 1],
    ["signed", 1],
  ]);
  const [signatures] = await setup.deps.database.rows<{ count: string }>("select count(*) as count from signatures where petition_id = $1", [
    setup.petition.id,
  ]);
  expect(Number(signatures!.count)).toBe(1);
});
