import type { submission as de } from "../de/submission";
import type { Widen } from "../widen";

const englishNumber = new Intl.NumberFormat("en-GB");
const englishDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const englishDateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" });

const formatNumber = (value: number) => englishNumber.format(value);
const formatDate = (isoDate: string) => englishDate.format(new Date(`${isoDate}T00:00:00Z`));
const formatDateTime = (when: Date) => englishDateTime.format(when);

export const submission: Widen<typeof de> = {
  formatNumber,
  formatDate,
  formatDateTime,
  confirm: {
    title: (title: string) => `Submit: ${title}`,
    heading: "Submit the petition to the election office",
    intro: "Submitting hands the petition to the election office for review. Please read what happens then.",
    consequencesHeading: "What submitting does",
    stopsCollecting: "Collection ends at once: nobody can sign any more, neither with a wallet nor with a passkey, even if the collection period is still running.",
    sealed: "The petition's content and the state of the signature log are recorded with a checksum, together with your name and the time.",
    once: "You can submit only once. A submission cannot be undone.",
    office: "The election office then checks the signatures, sets the quorum and decides on admissibility. You see the decision here and on the public page.",
    paper: "Bring the paper signature lists to the election office as agreed with it.",
    countNow: (count: number, quorum: number) => `So far ${formatNumber(count)} signatures count; the quorum is ${formatNumber(quorum)}.`,
    periodRunning: (end: string) => `The collection period would run until ${formatDate(end)}.`,
    confirm: "Submit now",
    back: "Back to the overview",
  },
  submitLink: "Submit to the election office",
  submitted: "The petition has been submitted. Collection has ended.",
  errors: {
    alreadySubmittedTitle: "Already submitted",
    alreadySubmitted: "This petition has already been submitted. There is no second submission. The overview shows its state.",
    notPublishedTitle: "Not published yet",
    notPublished: "A draft cannot be submitted. Publish the petition first and collect signatures.",
    notStartedTitle: "Collection has not started",
    notStarted: (start: string) => `The collection period starts on ${formatDate(start)}. Submit the petition once collection has started.`,
    closedTitle: "Petition closed",
    closed: "This petition is closed and can no longer be submitted. Ask the election office if you have questions.",
    toOverview: "To the overview",
  },
  record: {
    heading: "Submission and review",
    submittedLabel: "Submitted",
    submittedValue: (when: Date, name: string | null) => (name === null ? formatDateTime(when) : `${formatDateTime(when)} by ${name}`),
    notSubmitted: "Not submitted yet.",
    contentHashLabel: "Checksum of the content (SHA-256)",
    logLabel: "Signature log at submission",
    logValue: (length: number, hash: string) => `${formatNumber(length)} entries, head hash ${hash}`,
    quorumLabel: "Quorum",
    quorumFromBasis: (quorum: number, percent: number, residents: number, referenceDate: string) =>
      `${formatNumber(quorum)} signatures: ${percent} % of ${formatNumber(residents)} eligible residents on the reference date ${formatDate(referenceDate)}, rounded up`,
    quorumPending: (quorum: number) => `${formatNumber(quorum)} signatures, as the organisers stated. The election office has not set the quorum yet.`,
    decisionLabel: "Admissibility",
    decisionPending: "The election office has not decided on admissibility yet.",
    admissible: "admissible",
    inadmissible: "inadmissible",
    decisionValue: (admissible: boolean, decidedOn: string, reference: string) =>
      `${admissible ? "Admissible" : "Inadmissible"}, decided on ${formatDate(decidedOn)}, file reference ${reference}`,
    noteLabel: "Note of the election office",
    corrected: (count: number) => (count === 1 ? "The decision was corrected once." : `The decision was corrected ${count} times.`),
  },
  public: {
    submitted: (date: Date) => `Submitted to the election office on ${formatDateTime(date)}. Collection has ended.`,
    decisionPending: "The election office is reviewing the petition.",
    admissible: (decidedOn: string, reference: string) => `The election office declared the petition admissible on ${formatDate(decidedOn)} (file reference ${reference}).`,
    inadmissible: (decidedOn: string, reference: string) =>
      `The election office declared the petition inadmissible on ${formatDate(decidedOn)} (file reference ${reference}).`,
    quorumBasis: (percent: number, residents: number, referenceDate: string) =>
      `The quorum is ${percent} % of the ${formatNumber(residents)} eligible residents on the reference date ${formatDate(referenceDate)}, rounded up.`,
  },
};
