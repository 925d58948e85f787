import type { Database } from "../db/client";
import type { Job } from "../jobs/job-runner";
import { berlinDate } from "../petitions/collection-period";
import { erasePetition } from "./erase-petition";
import { isRetentionOver, type RetentionFacts, retentionStartsOn } from "./retention-period";

export const RETENTION_JOB = "erase_after_retention";

type CandidateRow = {
  id: string;
  status: string;
  collection_end: string;
  notification_date: string;
  opposes_council_decision: boolean;
  council_decision_published_on: string | null;
  decided_on: string | null;
};

/**
 * Job that erases every petition whose retention period has ended (see
 * retentionStartsOn and erasePetition) and reports how many it erased.
 */
export function retentionJob(options: { intervalMs: number; retentionDays: number; serverSecret: Buffer }): Job {
  return {
    name: RETENTION_JOB,
    intervalMs: options.intervalMs,
    runAtStart: true,
    run: async ({ database, now }) => {
      const today = berlinDate(now);
      let erased = 0;
      for (const petition of await petitionsNotErased(database)) {
        if (!isRetentionOver(petition, options.retentionDays, today)) continue;
        const retentionStartedOn = retentionStartsOn(petition)!;
        const input = { petitionId: petition.id, retentionStartedOn, retentionDays: options.retentionDays, now };
        if ((await erasePetition(database, options.serverSecret, input)) !== undefined) erased += 1;
      }
      return { petitionsErased: erased };
    },
  };
}

async function petitionsNotErased(database: Database): Promise<(RetentionFacts & { id: string })[]> {
  const rows = await database.rows<CandidateRow>(
    `select id, status::text, collection_end::text, notification_date::text, opposes_council_decision, council_decision_published_on::text,
            (select decided_on::text from admissibility_decisions d where d.petition_id = p.id) as decided_on
       from petitions p
      where status <> 'draft' and not exists (select 1 from petition_erasures e where e.petition_id = p.id)`,
  );
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    collectionEnd: row.collection_end,
    notificationDate: row.notification_date,
    opposesCouncilDecision: row.opposes_council_decision,
    councilDecisionPublishedOn: row.council_decision_published_on,
    decidedOn: row.decided_on ?? undefined,
  }));
}
