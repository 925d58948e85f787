import type { signatureLog as de } from "../de/signature-log";
import type { Widen } from "../widen";

const englishNumber = new Intl.NumberFormat("en-GB");
const formatNumber = (value: number) => englishNumber.format(value);
const englishDateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Berlin" });

export const signatureLog: Widen<typeof de> = {
  formatNumber,
  formatDateTime: (when: Date) => englishDateTime.format(when),
  channels: { wallet: "Wallet", passkey: "Passkey", paper: "Paper" },
  statuses: { proven: "proven", provisional: "provisional", confirmed: "confirmed", invalid: "invalid" },
  kinds: {
    signed: "signed online",
    paper_entry: "entered from paper",
    confirmed: "confirmed",
    invalidated: "declared invalid",
    withdrawn: "withdrawn",
    erased: "erased",
    removed: "removed by the election office",
  },
  reasons: {
    gap: "An entry is missing: the sequence numbers have a gap here. An entry was deleted or renumbered.",
    altered_entry: "An entry was altered: its content no longer gives its stored hash.",
    hash_mismatch: "The head hash does not match: the stored or an earlier published state of the log does not fit the chain of entries.",
    invalid_transition: "Impossible change: the entry creates a signature that exists already, or changes one that does not exist.",
    signature_without_log_entry: "The signature table contains a signature that the log does not contain.",
    log_entry_without_signature: "The log contains a signature that is missing from the signature table.",
    signature_differs: "The channel, status or invalidity reason of a signature in the table differs from the last log entry about it.",
    count_mismatch: "A counter differs from the number of signatures in the log.",
    daily_total_mismatch: "The daily counters add up to another number than the log.",
    daily_count_mismatch: "A daily counter differs from the number of signatures given on that day (Berlin time).",
    duplicate_line_taken: "A duplicate paper line has the sheet and line of an entered signature. Each line is entered once, as a signature or as a duplicate.",
    duplicate_line_orphaned: "A duplicate paper line has no signature of the same person any more, so the person counts nowhere. Enter the line again.",
    duplicate_before_signature:
      "A duplicate paper line refers to an earlier signature on a channel on which the log had no signature yet when the line was entered.",
  },
  report: {
    heading: (title: string) => `Signature log “${title}”`,
    petitionId: (id: string) => `Petition ID: ${id}`,
    length: (length: number) => `Length: ${formatNumber(length)} ${length === 1 ? "entry" : "entries"}`,
    headHash: (hash: string) => `Head hash (SHA-256): ${hash}`,
    unsealed: (count: number) =>
      `${formatNumber(count)} ${count === 1 ? "entry was" : "entries were"} added during the check. They were checked but are not yet covered by the head hash.`,
    signatureRows: (count: number) => `Signatures in the table: ${formatNumber(count)}`,
    countsHeading: "Signatures according to the log, counters in brackets:",
    countLine: (channel: string, status: string, fromLog: number, counter: number) =>
      `${channel}, ${status}: ${formatNumber(fromLog)} (${formatNumber(counter)})`,
    noSignatures: "No signatures.",
    ok: "Result: valid. The chain has no gaps, every entry matches its hash, the signatures, counters and daily counters agree with the log, and the duplicate paper lines fit them.",
    failed: (seq: number) => `Result: FAILED from sequence number ${formatNumber(seq)}.`,
    failedIn: {
      counters: "Result: FAILED at the counters.",
      dailyCounters: "Result: FAILED at the daily counters.",
      duplicateLines: "Result: FAILED at the duplicate paper lines.",
      unsealed: "Result: FAILED at an entry added during the check.",
    },
    problemsHeading: (shown: number, total: number) =>
      shown === total ? `Problems (${formatNumber(total)}):` : `Problems: ${formatNumber(total)}, the first ${formatNumber(shown)}:`,
    problemAt: (seq: number) => `Sequence number ${formatNumber(seq)}`,
    problemIn: { counters: "Counter", dailyCounters: "Daily counter", duplicateLines: "Duplicate paper line", unsealed: "New entry" },
    countMismatch: (channel: string, status: string, counter: number, fromLog: number) =>
      `${channel}, ${status}: the counter says ${formatNumber(counter)}, the log ${formatNumber(fromLog)}.`,
    dailyTotalMismatch: (channel: string, status: string, sum: number, fromLog: number) =>
      `${channel}, ${status}: the daily counters add up to ${formatNumber(sum)}, the log says ${formatNumber(fromLog)}.`,
    dailyCountMismatch: (day: string, channel: string, status: string, counter: number, signatures: number) =>
      `${day}, ${channel}, ${status}: the daily counter says ${formatNumber(counter)}, the signature table ${formatNumber(signatures)}.`,
    duplicateLine: (sheet: number, line: number, channel: string) =>
      `Sheet ${formatNumber(sheet)}, line ${formatNumber(line)}, earlier signature: ${channel}.`,
  },
  cli: {
    usage: "Usage: npm run log:verify -- PETITION-ID (the UUID or its first 8 or more characters)",
    invalidReference: (value: string) => `“${value}” is not a petition ID. Give the UUID from the petition's address or its first 8 or more characters.`,
    notFound: (value: string) => `No petition has the ID ${value}. Check the ID.`,
    ambiguous: (value: string) => `Several petitions start with ${value}. Give more characters of the ID.`,
    erased: (title: string, erasedAt: string, length: number, headHash: string) =>
      `The signatures of “${title}” were erased on ${erasedAt} when the retention period ended, together with the log's entries. The chain can no longer be recomputed. Stored are length ${length} and head hash ${headHash}; compare them with the head in the certified tally.`,
  },
  page: {
    title: (title: string) => `Election office: ${title}`,
    heading: "Petition at the election office",
    statusLabel: "Status",
    collectionLabel: "Collection period",
    collection: (from: string, to: string) => `${from} to ${to}`,
    logHeading: "Signature log",
    logIntro:
      "Every change to the signatures is recorded in a log in which each entry contains the hash of the previous one. The check recomputes the chain and the numbers from it and compares them with the signature table and the counters.",
    headLabel: "Sealed state",
    headValue: (length: number, hash: string) => `${formatNumber(length)} entries, head hash ${hash}`,
    sealedAtLabel: "Last sealed",
    neverSealed: "never",
    unsealedLabel: "Not yet sealed",
    verifyButton: "Check the log now",
    verifiedAt: (when: string) => `Checked on ${when}`,
    erased: (erasedAt: string) =>
      `The signatures and the log entries were erased on ${erasedAt} when the retention period ended, so the chain can no longer be recomputed. The log's head and the counts at erasure are kept. Compare the head hash with the head in the certified tally.`,
    erasedHeadLabel: "State at erasure",
    finalCountsHeading: "Signatures at erasure:",
    finalCountLine: (channel: string, status: string, count: number) => `${channel}, ${status}: ${formatNumber(count)}`,
    backToDashboard: "To the petition's overview",
  },
};
