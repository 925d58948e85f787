import type { admissibility as de } from "../de/admissibility";
import type { Widen } from "../widen";

const englishNumber = new Intl.NumberFormat("en-GB");
const englishDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const englishDateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });

const formatNumber = (value: number) => englishNumber.format(value);
const formatDate = (isoDate: string) => englishDate.format(new Date(`${isoDate}T00:00:00Z`));

export const admissibility: Widen<typeof de> = {
  queue: {
    title: "Election office: petitions",
    heading: "Petitions at the election office",
    link: "Election office: submitted petitions",
    waitingHeading: "Submitted, awaiting a decision",
    waitingEmpty: "No submitted petition is waiting for a decision.",
    decidedHeading: "Decided",
    decidedEmpty: "No decision yet.",
    otherHeading: "Other published petitions",
    otherEmpty: "No other published petitions.",
    columns: {
      title: "Title",
      submittedAt: "Submitted on",
      count: "Signatures",
      quorum: "Quorum",
      status: "State",
      period: "Collection period",
    },
    formatSubmittedAt: (when: Date) => englishDateTime.format(when),
    count: (count: number) => formatNumber(count),
    quorum: (quorum: number, set: boolean) => (set ? formatNumber(quorum) : `${formatNumber(quorum)} (not set yet)`),
    reached: "reached",
    notReached: "not reached",
    admissible: "admissible",
    inadmissible: "inadmissible",
    period: (start: string, end: string) => `${formatDate(start)} to ${formatDate(end)}`,
  },
  quorumForm: {
    heading: "Set the quorum",
    intro: (percent: number) =>
      `Enter the number of residents who were entitled to sign on the reference date, from the population register. The quorum is ${percent} % of it, rounded up.`,
    eligibleResidents: { label: "Number of eligible residents", hint: "A whole number, for example 435,720." },
    referenceDate: { label: "Reference date", hint: "The day the number refers to, for example 15.03.2026." },
    submit: "Save quorum",
    replaceHint: "A new entry replaces the previous one until admissibility is decided.",
    saved: (quorum: number) => `Saved. The quorum is ${formatNumber(quorum)} signatures.`,
    lockedAfterDecision: "After the admissibility decision the quorum can no longer be changed.",
  },
  decisionForm: {
    heading: "Decide on admissibility",
    correctionHeading: "Correct the admissibility decision",
    intro: "Enter the decision as it stands in the file. The organisers and the public see it afterwards.",
    correctionIntro: "Change the details if the recorded decision is wrong. The previous values stay in the audit log.",
    admissible: { legend: "Is the petition admissible?", yes: "Yes, admissible", no: "No, inadmissible" },
    decidedOn: { label: "Date of the decision", hint: "For example 20.04.2026." },
    reference: { label: "File reference", hint: "As in the file, for example 33.1-2026/014." },
    note: { label: "Note", hint: "Optional. For example the reason for inadmissibility. The public sees it." },
    submit: "Save decision",
    submitCorrection: "Save correction",
    saved: "The decision has been saved.",
    corrected: "The correction has been saved.",
    needsQuorum: "Set the quorum first. Then you can decide on admissibility.",
    notSubmitted: "The petition has not been submitted yet. You decide on admissibility after submission.",
  },
  errors: {
    summaryTitle: "There is a problem",
    prefix: "Error: ",
    eligibleResidentsEmpty: "Enter the number of eligible residents.",
    eligibleResidentsInvalid: (max: number) => `Enter the number of eligible residents as a whole number from 1 to ${formatNumber(max)}, for example 435,720.`,
    referenceDateEmpty: "Enter the reference date.",
    dateInvalid: (label: string) => `Enter “${label}” as a valid date, for example 15.03.2026.`,
    dateInFuture: (label: string, today: string) => `“${label}” cannot be in the future. Enter a date up to ${formatDate(today)}.`,
    decidedBeforeSubmission: (submittedOn: string) =>
      `The date of the decision is before the submission on ${formatDate(submittedOn)}. Enter a date from that day on.`,
    decidedOnEmpty: "Enter the date of the decision.",
    admissibleMissing: "Select whether the petition is admissible.",
    referenceEmpty: "Enter the file reference.",
    referenceTooLong: (max: number) => `The file reference can have at most ${max} characters. Shorten it.`,
    noteTooLong: (max: number) => `The note can have at most ${formatNumber(max)} characters. Shorten it.`,
    controlCharacter: (label: string) => `“${label}” contains an invisible control character. Delete the text and type it again.`,
    notSubmittedTitle: "Not submitted yet",
    decidedTitle: "Already decided",
    needsQuorumTitle: "Quorum missing",
    backToPetition: "Back to the petition",
  },
};
