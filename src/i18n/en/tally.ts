import type { tally as de } from "../de/tally";
import type { Widen } from "../widen";

const englishNumber = new Intl.NumberFormat("en-GB");
const englishPercent = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
const englishDateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Berlin" });

const formatNumber = (value: number) => englishNumber.format(value);
/** ISO 8601 dates, which read the same in every English-speaking country. */
const formatDate = (isoDate: string) => isoDate;
const formatDateTime = (when: Date) => englishDateTime.format(when);
const entries = (count: number) => `${formatNumber(count)} ${count === 1 ? "entry" : "entries"}`;

export const tally: Widen<typeof de> = {
  formatNumber,
  formatDate,
  formatDateTime,
  formatPercent: (value: number) => englishPercent.format(value),
  outcomes: {
    valid: "valid",
    provisional: "provisional, still to be checked",
    invalid: "invalid",
    duplicateAttempts: "duplicate attempts",
    withdrawn: "withdrawn",
  },
  invalidWithReason: (reason: string) => `invalid: ${reason}`,
  total: "Total",
  outcomeColumn: "Outcome",
  quorumLine: (quorum: number) => `Quorum: ${formatNumber(quorum)} valid signatures`,
  towardQuorumLine: (count: number) => `Valid signatures that count toward the quorum: ${formatNumber(count)}`,
  quorumReached: (reached: boolean) => (reached ? "The quorum is reached." : "The quorum is not reached."),
  possibleDuplicates: {
    none: "Open possible duplicates: none.",
    open: (count: number) =>
      `Attention: the election office has not resolved ${formatNumber(count)} possible ${count === 1 ? "duplicate" : "duplicates"} yet. Each may count one person twice: two signatures with the same family name and birth date were neither recorded as different people nor was one of them declared invalid.`,
    office: (count: number) =>
      count === 0 ? "No open possible duplicates." : `${formatNumber(count)} possible ${count === 1 ? "duplicate is" : "duplicates are"} still to be resolved.`,
    officeLink: "Review possible duplicates",
  },
  logLength: (length: number) => `Length of the log: ${entries(length)}`,
  headHashLabel: "Head hash (SHA-256)",
  generated: (when: Date, name: string) => `Generated on ${formatDateTime(when)} by ${name}`,
  office: {
    heading: "Certified tallies",
    intro:
      "A certified tally first seals the signature log and then records the counts, the head hash and the quorum of that moment. The PDF, CSV and JSON of a tally always show the same figures, even when more signatures come in later.",
    createButton: "Generate a certified tally",
    none: "This petition has no certified tally yet.",
    caption: "Certified tallies, newest first",
    columns: { generated: "Generated", towardQuorum: "Valid toward the quorum", log: "Log", files: "Files", publicPage: "Public check page" },
    generatedBy: (when: Date, name: string) => `${formatDateTime(when)}, ${name}`,
    logValue: (length: number) => entries(length),
    pdfLink: "PDF",
    csvLink: "CSV",
    jsonLink: "JSON",
    fileLabel: (kind: string, when: Date) => `${kind} of the tally of ${formatDateTime(when)}`,
    publicLink: "Open the check page",
    publicLinkLabel: (when: Date) => `Open the check page: tally of ${formatDateTime(when)}`,
    busyTitle: "Tally not generated",
    busy:
      "Signatures kept coming in while the tally was taken, so no count matched one sealed state of the log exactly. Nothing was stored. Generate the tally again in a moment, most reliably after the collection period has ended.",
  },
  pdf: {
    filename: (slug: string, date: string) => `certified-tally-${slug}-${date}.pdf`,
    documentTitle: (title: string) => `Certified tally of the citizens' initiative “${title}”`,
    subject: "Certified tally of the signatures of a citizens' initiative",
    keywords: (municipality: string) => `citizens' initiative, Bürgerbegehren, certified tally, signatures, quorum, signature log, ${municipality}`,
    heading: "Certified tally",
    municipality: (name: string, key: string) => `${name} (municipality key ${key})`,
    petitionHeading: "Citizens' initiative",
    decisionProposalHeading: "Decision proposal",
    collectionPeriod: (start: string, end: string) => `Collection period: ${formatDate(start)} to ${formatDate(end)}`,
    quorumHeading: "Quorum",
    countsHeading: "Signatures by outcome and channel",
    countsNote:
      "Valid signatures are those whose eligibility the credential proves or the election office has confirmed against the population register. Withdrawn signatures and duplicate attempts do not count.",
    chartHeading: "Signatures per day",
    chartEmpty: "No signatures have been recorded in the collection period so far.",
    chartCaption: (days: number, max: number) => `${formatNumber(days)} days, at most ${formatNumber(max)} signatures on one day`,
    logHeading: "Signature log",
    logIntro:
      "Every change to the signatures is recorded in a log in which each entry contains the hash of the previous one. The head hash sums up all entries up to this tally: if an entry is changed, missing or added, the head hash differs.",
    recomputeHeading: "Recompute",
    recompute: "At this address anyone who has it can load the log's entries and recompute the head hash and the counts themselves:",
    signaturesHeading: "Certification",
    signatureFields: { name: "Name", role: "Function", date: "Date", signature: "Signature" },
    official: (number: number) => `Official ${formatNumber(number)}`,
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
  csv: {
    separator: ",",
    filename: (slug: string, date: string) => `certified-tally-${slug}-${date}.csv`,
    countColumns: ["Outcome", "Reason", "Wallet", "Passkey", "Paper", "Total"],
    factColumns: ["Item", "Value"],
    facts: {
      petition: "Citizens' initiative",
      petitionId: "Citizens' initiative ID",
      municipality: "Municipality",
      collectionPeriod: "Collection period",
      quorum: "Quorum",
      towardQuorum: "Valid signatures toward the quorum",
      quorumShare: "Share of the quorum (%)",
      quorumReached: "Quorum reached",
      openPossibleDuplicates: "Unresolved possible duplicates",
      logLength: "Entries in the log",
      headHash: "Head hash (SHA-256)",
      generatedAt: "Generated on",
      generatedBy: "Generated by",
      recomputeUrl: "Check page",
    },
    yes: "yes",
    no: "no",
    period: (start: string, end: string) => `${formatDate(start)} to ${formatDate(end)}`,
  },
  jsonFilename: (slug: string, date: string) => `certified-tally-${slug}-${date}.json`,
  public: {
    title: (title: string) => `Recompute the tally: ${title}`,
    heading: "Recompute a certified tally",
    intro: (when: Date) =>
      `This page belongs to the certified tally of ${formatDateTime(when)}. It shows the published counts and the head hash of the signature log. Your browser loads the log's entries and recomputes the hash chain and the counts itself; the server computes nothing for it.`,
    petitionLabel: "Citizens' initiative",
    municipalityLabel: "Municipality",
    quorumLabel: "Quorum",
    quorumValue: (quorum: number, towardQuorum: number, reached: boolean) =>
      `${formatNumber(towardQuorum)} of ${formatNumber(quorum)} valid signatures. ${reached ? "The quorum is reached." : "The quorum is not reached."}`,
    tableCaption: "Published and recomputed values",
    columns: { item: "Value", published: "Published", recomputed: "Recomputed", verdict: "Result" },
    logLengthRow: "Entries in the log",
    headHashRow: "Head hash (SHA-256)",
    countRow: (outcome: string, channel: string) => `${outcome}, ${channel}`,
    notRecomputed: "not recomputed yet",
    match: "match",
    mismatch: "mismatch",
    running: "Loading and recomputing the entries …",
    allMatch: "Result: the head hash and all counts match the log's entries.",
    someMismatch: "Result: MISMATCH. At least one published value does not fit the log's entries. The rows marked “mismatch” show which.",
    chainBroken: "The entry with sequence number {seq} does not fit its stated hash or is out of place in the sequence.",
    loadFailed: "The entries could not be loaded or read. Reload the page, or recompute with your own tools as described below.",
    noWebCrypto:
      "Your browser offers no SHA-256 through WebCrypto here, which exists only on https pages. Recompute with your own tools as described below.",
    download: "Download the log's entries as JSON",
    erased:
      "This log's entries were erased when the retention period ended. The published counts and the head hash stay here. Only a copy of the entries downloaded earlier can still be recomputed.",
    duplicatesNote: (count: number) =>
      `Duplicate attempts (${formatNumber(count)}) add no signature and are not in the log, so they cannot be recomputed here.`,
    nullifierHeading: "What the entries reveal about people",
    nullifier:
      "The entries name nobody. Each signature appears only as a nullifier: a pseudonym valid for this citizens' initiative only. Without the platform's keys it can neither be traced to a person nor linked with signatures under other initiatives. Whoever holds the server's secret key can do so; the privacy notice says so too.",
    howToHeading: "Recompute it yourself",
    howToIntro:
      "Download the entries as JSON. Each entry has the fields seq, kind, nullifier (hex), channel, status, reason, occurredAtMicros (microseconds since 1970-01-01 UTC, in decimal) and entryHash (hex). For each entry, in the order of seq, build a byte string from these fields, each as its length in 4 bytes (big-endian) followed by its bytes:",
    howToFields: [
      "the text “mitzeichnen signature log entry v1”,",
      "the citizens' initiative's ID in lower case (petitionId in the JSON),",
      "seq in decimal,",
      "kind,",
      "the nullifier as bytes (not as hex text),",
      "channel,",
      "status,",
      "reason,",
      "occurredAtMicros in decimal,",
      "the previous entry's hash as 32 bytes, before the first entry 32 zero bytes.",
    ],
    howToEncoding:
      "Text is UTF-8. When status or reason is null, the length is FFFFFFFF (hex) and no bytes follow. The SHA-256 of this byte string is the entry's hash. The last entry's hash must be the published head hash, and the number of entries the published length.",
    howToCounts:
      "The counts follow from applying the entries in order to a list of signatures keyed by nullifier: signed and paper_entry add a signature, an entry with status null removes it, and every other entry sets its status. At the end, proven and confirmed count as valid, provisional as provisional, and invalid as invalid for the reason of the last entry. Withdrawn is the number of entries of kind withdrawn. Each count is split by channel.",
  },
};
