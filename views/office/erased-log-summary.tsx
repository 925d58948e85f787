import type { Messages } from "../../src/i18n/messages";
import type { PetitionErasure } from "../../src/privacy/find-erasure";
import { labelOf, logCountRows } from "../../src/signature-log/log-report";

type ErasedLogSummaryProps = { t: Messages; erasure: PetitionErasure };

/**
 * Render what remains of an erased petition's signature log in place of a
 * check: the erasure date, the log head kept at erasure, and the final
 * counts. The entries are gone, so the chain cannot be recomputed.
 */
export function ErasedLogSummary({ t, erasure }: ErasedLogSummaryProps) {
  const m = t.signatureLog;
  const counts = logCountRows({ logCounts: erasure.finalCounts, counterCounts: erasure.finalCounts });
  return (
    <div class="notice" data-erased-log>
      <p>
        <strong>{m.page.erased(m.formatDateTime(erasure.erasedAt))}</strong>
      </p>
      <dl>
        <dt>{m.page.erasedHeadLabel}</dt>
        <dd class="log-hash">{m.page.headValue(erasure.logLength, erasure.logHeadHash.toString("hex"))}</dd>
      </dl>
      <p>{m.page.finalCountsHeading}</p>
      {counts.length === 0 ? (
        <p>{m.report.noSignatures}</p>
      ) : (
        <ul>
          {counts.map((row) => (
            <li>{m.page.finalCountLine(labelOf(m.channels, row.channel), labelOf(m.statuses, row.status), row.fromLog)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
