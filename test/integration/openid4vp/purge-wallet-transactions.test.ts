import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walletTransactions } from "../../../src/db/schema";
import { purgeWalletTransactions } from "../../../src/openid4vp/purge-wallet-transactions";
import { createWalletTestSetup, startSigning, type WalletTestSetup } from "../../helpers/wallet";

const MINUTE_MS = 60 * 1000;

describe("purgeWalletTransactions", () => {
  let setup: WalletTestSetup;
  beforeAll(async () => {
    setup = await createWalletTestSetup();
  });
  afterAll(async () => {
    await setup.deps.database.close();
  });

  async function transactionRow(id: string) {
    const [row] = await setup.deps.database.db.select().from(walletTransactions).where(eq(walletTransactions.id, id));
    return row;
  }

  it("keeps an open transaction and its key", async () => {
    const { transactionId } = await startSigning(setup.app, setup.petition.id);

    await purgeWalletTransactions(setup.deps.database, setup.clock.now());

    expect((await transactionRow(transactionId))?.responseKey).not.toBeNull();
  });

  it("clears the key once the transaction expired", async () => {
    const { transactionId } = await startSigning(setup.app, setup.petition.id);
    const expiresAt = (await transactionRow(transactionId))!.expiresAt;

    await purgeWalletTransactions(setup.deps.database, new Date(expiresAt.getTime() + 1));

    const row = await transactionRow(transactionId);
    expect(row).toBeDefined();
    expect(row?.responseKey).toBeNull();
  });

  it("deletes the transaction an hour after expiry", async () => {
    const { transactionId } = await startSigning(setup.app, setup.petition.id);
    const expiresAt = (await transactionRow(transactionId))!.expiresAt;

    await purgeWalletTransactions(setup.deps.database, new Date(expiresAt.getTime() + 59 * MINUTE_MS));
    expect(await transactionRow(transactionId)).toBeDefined();

    const result = await purgeWalletTransactions(setup.deps.database, new Date(expiresAt.getTime() + 61 * MINUTE_MS));
    expect(result.deleted).toBeGreaterThanOrEqual(1);
    expect(await transactionRow(transactionId)).toBeUndefined();
  });
});
