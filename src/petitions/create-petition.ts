import type { Database } from "../db/client";
import { petitions } from "../db/schema";
import type { Logger } from "../log";
import { insertPetitionKey } from "../signing/petition-keys";
import type { ParsedPetitionInput } from "./petition-input";
import type { Petition } from "./queries";

export type CreatePetitionContext = { database: Database; serverSecret: Buffer; log: Logger };

/**
 * Store a validated petition together with its random, wrapped petition
 * key, in one transaction.
 */
export async function createPetition(ctx: CreatePetitionContext, input: ParsedPetitionInput): Promise<Petition> {
  const petition = await ctx.database.db.transaction(async (tx) => {
    const [created] = await tx.insert(petitions).values(input).returning();
    if (created === undefined) throw new Error("insert into petitions returned no row");
    await insertPetitionKey(tx, ctx.serverSecret, created.id);
    return created;
  });

  ctx.log.info({ event: "petition.created", petitionId: petition.id, status: petition.status }, "petition created");
  return petition;
}
