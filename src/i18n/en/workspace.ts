import type { workspace as de } from "../de/workspace";
import type { Widen } from "../widen";
import { credentials } from "./credentials";

const englishNumber = new Intl.NumberFormat("en-GB");
const englishDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Format a YYYY-MM-DD calendar date in British English, e.g. 1 March 2026. */
const formatDate = (isoDate: string) => englishDate.format(new Date(`${isoDate}T00:00:00Z`));
const formatNumber = (value: number) => englishNumber.format(value);

export const workspace: Widen<typeof de> = {
  formatDate,
  formatNumber,
  nav: {
    label: "Workspace",
    overview: "My citizens' initiatives",
  },
  list: {
    title: "Workspace",
    heading: "My citizens' initiatives",
    intro: "Create citizens' initiatives, edit drafts and follow the collection here.",
    empty: "You are not on the team of any citizens' initiative yet. Create a new one.",
    create: "Create a citizens' initiative",
    status: { draft: "Draft", collecting: "Published", closed: "Closed", submitted: "Submitted", decided: "Decided" },
    columns: { title: "Title", status: "Status", period: "Collection period" },
    period: (start: string, end: string) => `${formatDate(start)} to ${formatDate(end)}`,
  },
  form: {
    createTitle: "New citizens' initiative",
    editTitle: "Edit draft",
    intro:
      "Fill in every field. You can save the draft and continue later. Once it is published, the content can no longer be changed.",
    errorSummaryTitle: "There is a problem",
    errorPrefix: "Error: ",
    save: "Save draft",
    cancel: "Cancel",
    optional: "(optional)",
    sections: {
      content: "Content",
      representatives: "Representatives",
      quorum: "Quorum",
      dates: "Notification and deadlines",
      rules: "Who may sign",
      signatureKinds: "Kinds of signature",
    },
    title: { label: "Title", hint: "Short and clear, for example “Keep the Elbwiesen open-air pool”." },
    decisionProposal: {
      label: "Decision proposal (question)",
      hint: "A question that can be answered with yes or no. In German it starts with a word such as “Soll”, “Sollen”, “Ist”, “Wird” or “Darf” and ends with a question mark.",
    },
    reasoning: { label: "Reasoning", hint: "Why the citizens should decide. Separate paragraphs with an empty line." },
    costCoverageProposal: {
      label: "Cost coverage proposal",
      hint: "How the cost of the requested measure is covered, with amounts.",
    },
    representative: {
      legend: "Representative",
      name: "Name",
      contact: "Contact (address, e-mail or phone)",
    },
    deputy: {
      legend: "Deputy representative",
      name: "Name",
      contact: "Contact (address, e-mail or phone)",
    },
    quorumSource: {
      legend: "How is the quorum set?",
      number: "I enter the number of signatures needed",
      eligibleResidents: "From the number of citizens entitled to sign (5 percent, rounded up)",
    },
    quorum: { label: "Signatures needed", hint: "A whole number, for example 21786." },
    eligibleResidents: {
      label: "Number of citizens entitled to sign",
      hint: "The municipality tells you this number. The quorum is 5 percent of it, rounded up.",
    },
    notificationDate: {
      label: "Date of notification to the municipality",
      hint: "The day you notify the municipality of the initiative. Collecting must not start before it.",
    },
    opposesCouncilDecision: {
      label: "The initiative opposes a decision of the municipal council",
      hint: "Then it must be submitted within three months of the decision's publication.",
    },
    councilDecisionPublishedOn: { label: "Date the decision was published" },
    collectionStart: { label: "First day of collecting" },
    collectionEnd: { label: "Last day of collecting", hint: "Collecting ends at midnight at the end of this day." },
    municipalityKeys: {
      label: "Municipality keys (AGS)",
      hint: (known: string) => `8 digits, several separated by commas. Known municipalities: ${known}.`,
    },
    minimumAge: { label: "Minimum age on the day of signing", hint: "18 in Saxony." },
    nationalityRule: {
      legend: "Nationality",
      eu: "Germans and citizens of other EU member states (as the municipal code says)",
      list: "Only these nationalities:",
    },
    nationalities: { label: "Country codes", hint: "Two capital letters as in ISO 3166-1, separated by commas, for example DE, AT." },
    minimumResidenceMonths: { label: "Minimum residence in months", hint: "In Saxony 3 months of main residence in the municipality." },
    credentialTypes: { legend: "Accepted credentials", hint: "Residents can sign online with these wallet credentials." },
    credentialTypeNames: credentials.typeNames,
    signatureKinds: {
      legend: "Which signatures count toward the quorum?",
      hint: "Online signatures count only where the municipality runs a pilot with a legal basis.",
      online: "Online signatures",
      paper: "Handwritten signatures on paper",
    },
  },
  errors: {
    titleEmpty: "Enter a title.",
    decisionProposalEmpty: "Enter the decision proposal as a question that can be answered with yes or no.",
    decisionProposalNotAQuestion:
      "Phrase the decision proposal as a yes-or-no question: start with a word such as “Soll”, “Sollen”, “Ist”, “Wird” or “Darf” and end with a question mark, for example “Soll die Stadt das Freibad weiter betreiben?”",
    reasoningEmpty: "Enter the reasoning.",
    costCoverageProposalEmpty: "Enter a cost coverage proposal: how is the cost of the measure covered?",
    representativeNameEmpty: "Enter the representative's name.",
    representativeContactEmpty: "Enter how the representative can be contacted.",
    deputyNameEmpty: "Enter the deputy representative's name. An initiative needs a representative and a deputy.",
    deputyContactEmpty: "Enter how the deputy representative can be contacted.",
    deputySameAsRepresentative: "The deputy must be a different person from the representative. Enter a second person.",
    tooLong: (label: string, max: number) => `“${label}” is longer than ${formatNumber(max)} characters. Shorten the text.`,
    controlCharacter: (label: string) =>
      `“${label}” contains an invisible control character, for example from a copied template. Type that part again.`,
    quorumSource: "Choose how the quorum is set.",
    quorumEmpty: "Enter the number of signatures needed.",
    quorumNotPositive: "Enter the quorum as a whole number greater than 0, for example 21786.",
    eligibleResidentsEmpty: "Enter the number of citizens entitled to sign.",
    eligibleResidentsNotPositive: "Enter the number of citizens as a whole number greater than 0, for example 435720.",
    dateEmpty: (label: string) => `Enter the “${label}”.`,
    dateInvalid: (label: string) => `“${label}” is not a valid date. Enter a date that exists, such as 15.03.2026.`,
    councilDecisionDateEmpty: "Enter the date on which the council decision was published.",
    councilDecisionAfterNotification:
      "The decision was published after the notification. Check both dates: an initiative against a decision is notified after the decision is published.",
    endBeforeStart: (start: string) => `The last day of collecting is before the first. Choose ${formatDate(start)} or later.`,
    startBeforeNotification: (notification: string) =>
      `Collecting starts before the notification to the municipality. Choose ${formatDate(notification)} or later as the first day.`,
    endAfterDeadline: (deadline: string, rule: "notification" | "councilDecision") =>
      rule === "councilDecision"
        ? `Collecting ends after the submission deadline: an initiative against a decision must be submitted within three months of its publication, that is by ${formatDate(deadline)}. Choose that day or an earlier one as the last day.`
        : `Collecting ends after the submission deadline: an initiative must be submitted within one year of the notification, that is by ${formatDate(deadline)}. Choose that day or an earlier one as the last day.`,
    municipalityKeysEmpty: "Enter at least one municipality key, for example 14612000 for Dresden.",
    municipalityKeyMalformed: (key: string) =>
      `“${key}” is not a municipality key. A municipality key (AGS) has exactly 8 digits, for example 14612000.`,
    municipalityKeyUnknown: (key: string, known: string) =>
      `mitzeichnen does not know the municipality key ${key}. Check the digits. Known keys: ${known}.`,
    minimumAge: "Enter the minimum age as a whole number from 16 to 99; it is 18 in Saxony.",
    nationalityRule: "Choose which nationalities may sign.",
    nationalitiesEmpty: "Enter at least one country code, for example DE.",
    nationalityUnknown: (code: string) => `“${code}” is not an ISO 3166-1 country code. Use two capital letters such as DE or AT.`,
    minimumResidenceMonths: "Enter the minimum residence as a whole number from 0 to 120 months; it is 3 in Saxony.",
    credentialTypesEmpty: "Select at least one credential that residents can sign online with.",
    credentialTypeUnknown: "Select only credentials from the list.",
    signatureKindsEmpty: "Select at least one kind of signature that counts toward the quorum.",
    signatureKindUnknown: "Select only kinds of signature from the list.",
  },
  deadlines: {
    heading: "Deadlines",
    submission: (lastDay: string) => `Submit by ${formatDate(lastDay)}`,
    ruleNotification: "one year after the notification",
    ruleCouncilDecision: "three months after the decision's publication",
    daysLeft: (days: number) => {
      if (days < 0) return "The deadline has passed.";
      if (days === 0) return "Today is the last day.";
      if (days === 1) return "1 day left.";
      return `${formatNumber(days)} days left.`;
    },
    collection: (start: string, end: string) => `Collecting from ${formatDate(start)} to ${formatDate(end)}, midnight`,
    notification: (date: string) => `Notified to the municipality on ${formatDate(date)}`,
  },
  draft: {
    title: (title: string) => `Draft: ${title}`,
    saved: "The draft is saved.",
    status: "Status: draft. Only your team sees this initiative.",
    edit: "Edit draft",
    preview: "Preview",
    notificationPdf: "Download the notification as PDF",
    publishHeading: "Publish",
    publishHint: (start: string) =>
      `Once published, the initiative is public and its content can no longer be changed. Residents can sign from ${formatDate(start)}.`,
    publish: "Publish …",
    quorum: (quorum: number) => `Quorum: ${formatNumber(quorum)} signatures`,
    quorumFromResidents: (quorum: number, residents: number) =>
      `Quorum: ${formatNumber(quorum)} signatures (5 percent of ${formatNumber(residents)} citizens, rounded up)`,
    backToList: "Back to my citizens' initiatives",
  },
  preview: {
    title: (title: string) => `Preview: ${title}`,
    banner: "Preview: this is how residents see the initiative once it is published. Signing is not possible in the preview.",
    back: "Back to the draft",
  },
  publishConfirm: {
    title: (title: string) => `Publish: ${title}`,
    heading: "Confirm publication",
    intro: "Check the content one last time. Publishing freezes it.",
    consequencesHeading: "What publishing does",
    visible: "The citizens' initiative appears on the public list at once.",
    signing: (start: string, end: string) => `Residents can sign from ${formatDate(start)} to ${formatDate(end)}.`,
    frozen: "None of the following can be changed afterwards, not by your team nor by the administration, so that everyone signs the same text.",
    frozenHeading: "These details will be frozen",
    quorum: "Quorum",
    signatureKinds: "Kinds of signature",
    credentialTypes: "Accepted credentials",
    confirm: "Publish for good",
    back: "Back to the draft without publishing",
  },
  conflict: {
    title: "Draft changed meanwhile",
    editBody:
      "Someone saved this draft after you opened the form, in another tab or another person on your team. Your changes were not saved, so that the newer version is not lost.",
    editAction: "Load the current version and edit again",
    publishBody:
      "Someone changed this draft after you opened the confirmation. Only a version you have checked is published, so the citizens' initiative has not been published.",
    publishAction: "Check the current version",
    typedHeading: "Your input that differs from the current version",
    typedHint: "Copy what you want to keep before you load the current version.",
  },
  publish: {
    published: "The initiative is published.",
    frozenTitle: "Content can no longer be changed",
    frozen:
      "This initiative is published. Its content has been fixed since then and cannot be changed, so that everyone signs the same text.",
    periodEndedTitle: "Collection period over",
    periodEnded: (end: string) =>
      `The collection period ended on ${formatDate(end)}. Edit the draft and choose a collection period that is not over yet.`,
    toDashboard: "Go to the collection overview",
  },
  dashboard: {
    title: (title: string) => `Collection: ${title}`,
    countHeading: "Count against the quorum",
    towardQuorum: (count: number, quorum: number) => `${formatNumber(count)} of ${formatNumber(quorum)} signatures needed`,
    percent: (percent: number) => `${percent.toLocaleString("en-GB", { maximumFractionDigits: 1 })} percent of the quorum`,
    proven: "Proven online by credential",
    confirmed: "Confirmed by the election office (paper and checked online signatures)",
    provisional: "Provisional (the election office checks the population register)",
    onlineNotCounting: (count: number) => `Online support that does not count toward the quorum: ${formatNumber(count)}`,
    channelHeading: "By kind of signature",
    channels: { wallet: "Wallet", passkey: "Passkey", paper: "Paper" },
    timeHeading: "Time",
    notStarted: (start: string) => `Collecting starts on ${formatDate(start)}.`,
    daysLeft: (days: number, end: string) =>
      days === 0
        ? `Today is the last day of collecting (${formatDate(end)}).`
        : `${formatNumber(days)} ${days === 1 ? "day" : "days"} left until collecting ends on ${formatDate(end)}.`,
    ended: (end: string) => `Collecting ended on ${formatDate(end)}.`,
    perDayHeading: "Signatures per day",
    chartTitle: "Signatures per day",
    chartDescription: (days: number, max: number, total: number) =>
      `Bar chart over ${formatNumber(days)} ${days === 1 ? "day" : "days"} with ${formatNumber(total)} ${total === 1 ? "signature" : "signatures"} in all; at most ${formatNumber(max)} on one day. The table beside it holds the same numbers.`,
    chartEmpty: "No signatures yet.",
    tableCaption: "Signatures per day",
    tableColumns: { day: "Day", total: "Total", proven: "Proven", confirmed: "Confirmed", provisional: "Provisional" },
    csv: "Download daily counts as CSV (for Excel)",
    live: "The numbers refresh every 10 seconds.",
    privacy: "You see numbers only. Nobody on the team sees who signed.",
    officePage: "Open this petition's page in the election office's area",
    publicPage: "View the public page",
  },
  csv: {
    columns: ["Date", "Signatures in all", "of which proven", "of which confirmed by the election office", "of which provisional", "Wallet", "Passkey", "Paper"],
    separator: ",",
    // ISO 8601 dates, which Excel reads as dates in English locales on both sides of the Atlantic.
    formatDate: (isoDate: string) => isoDate,
    filename: (slug: string) => `daily-counts-${slug}.csv`,
  },
  notificationPdf: {
    filename: "notification-citizens-initiative.pdf",
    documentTitle: (title: string) => `Notification of the citizens' initiative “${title}”`,
    heading: "Notification of a citizens' initiative",
    addressee: (municipalities: string) => `To: ${municipalities}`,
    intro: (date: string) =>
      `The undersigned representatives hereby notify the following citizens' initiative. Date of notification: ${formatDate(date)}.`,
    title: "Title",
    decisionProposal: "Decision proposal (question)",
    reasoning: "Reasoning",
    costCoverageProposal: "Cost coverage proposal",
    representatives: "Representatives",
    representative: "Representative",
    deputy: "Deputy representative",
    councilDecision: (date: string) => `The initiative opposes a decision of the municipal council published on ${formatDate(date)}.`,
    rules: "Eligibility to sign",
    deadlines: "Deadlines",
    quorumHeading: "Quorum",
    quorum: (quorum: number) => `Signatures needed: ${formatNumber(quorum)}`,
    signatureKinds: (kinds: readonly ("online" | "paper")[]) =>
      `Kinds of signature collected: ${kinds.map((kind) => (kind === "paper" ? "handwritten signatures on paper" : "online signatures")).join(" and ")}.`,
    signatureLines: "Signatures of the representatives",
    placeAndDate: "Place, date",
    signature: (name: string) => `Signature of ${name}`,
    rulesMunicipalities: (names: string) => `Main residence in: ${names}`,
    rulesMinimumAge: (years: number) => `Minimum age on the day of signing: ${years} years`,
    rulesEuNationalities: "Nationality: Germany or another member state of the European Union",
    rulesNationalities: (names: string) => `Nationality: ${names}`,
    rulesResidence: (months: number) => `Main residence in the municipality for at least ${months} ${months === 1 ? "month" : "months"}`,
    submissionDeadline: (lastDay: string, rule: string) => `Submission by ${formatDate(lastDay)} (${rule})`,
    createdOn: (date: string) => `Created on ${formatDate(date)} with mitzeichnen`,
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
};
