import type { Clock } from "../clock";
import type { Database } from "../db/client";

export async function seedDemoData(_database: Database, _clock: Clock): Promise<void> {
  throw new Error("seedDemoData: not implemented yet");
}
