import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { deleteStaffSession } from "./staff-sessions";

/** End the session behind a cookie token and record the sign-out. */
export async function signOutStaff(database: Database, sessionToken: string, staffMemberId: string, now: Date): Promise<void> {
  await database.db.transaction(async (tx) => {
    await deleteStaffSession(tx, sessionToken);
    await recordAudit(tx, { actorId: staffMemberId, action: "staff.signed_out", at: now });
  });
}
