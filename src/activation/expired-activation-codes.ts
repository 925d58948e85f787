import { lt } from "drizzle-orm";
import type { Db } from "../db/client";
import { activationCodes } from "../db/schema";
import { berlinDate } from "../petitions/collection-period";

/**
 * Delete the activation codes whose last valid day (Europe/Berlin) has
 * passed, used or not, and return how many. Each row contains a resident key and
 * eligibility facts that serve nothing once the code cannot be redeemed. A
 * resident who types a deleted code then gets the message for an unknown
 * code instead of the one for an expired code.
 */
export async function deleteExpiredActivationCodes(db: Db, now: Date): Promise<number> {
  const deleted = await db
    .delete(activationCodes)
    .where(lt(activationCodes.expiresOn, berlinDate(now)))
    .returning({ selector: activationCodes.selector });
  return deleted.length;
}
