import type { petitions as de } from "../de/petitions";
import type { Widen } from "../widen";

const englishNumber = new Intl.NumberFormat("en-GB");
const englishDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Format a YYYY-MM-DD calendar date in British English, e.g. 1 March 2026. */
const formatDate = (isoDate: string) => englishDate.format(new Date(`${isoDate}T00:00:00Z`));
const formatNumber = (value: number) => englishNumber.format(value);

export const petitions: Widen<typeof de> = {
  formatDate,
  formatNumber,
  list: {
    title: "Citizens' initiatives",
    heading: "Citizens' initiatives collecting signatures",
    intro:
      "Support citizens' initiatives in your municipality here. You prove with your wallet that you may sign, and you can sign each initiative once.",
    empty: "No citizens' initiative is collecting signatures at the moment.",
    progress: (count: number, quorum: number) => `${formatNumber(count)} of ${formatNumber(quorum)} signatures`,
    endsOn: (date: string) => `Collecting until ${formatDate(date)} inclusive`,
  },
  page: {
    decisionProposal: "Decision proposal",
    reasoning: "Reasoning",
    costCoverageProposal: "Cost coverage proposal",
    representatives: "Representatives",
    representative: "Representative",
    deputy: "Deputy",
    notifiedOn: (date: string) => `Notified to the municipality on ${formatDate(date)}.`,
    whoMaySign: "Who may sign",
    municipalities: (names: string) => `Your main residence is in: ${names}.`,
    municipalityKey: (key: string) => `the municipality with key ${key}`,
    minimumAge: (years: number) => `You are at least ${years} years old on the day you sign.`,
    euNationalities: "You are a German citizen or a citizen of another member state of the European Union.",
    nationalities: (names: string) => `You hold one of these nationalities: ${names}.`,
    minimumResidence: (months: number) =>
      months === 1 ? "You have lived there for at least one month." : `You have lived there for at least ${months} months.`,
    signatureKindsHeading: "Which signatures count",
    signatureKinds: {
      paperOnly:
        "Only handwritten signatures on the signature lists count toward the legal quorum, because the Saxon municipal code requires the written form. Signing online here shows your support but does not count toward the quorum.",
      onlineAndPaper:
        "Handwritten signatures on the signature lists and online signatures both count for this initiative. Online signatures count only because the municipality runs a pilot with a legal basis; otherwise the Saxon municipal code requires handwritten signatures.",
      onlineOnly:
        "Only online signatures count for this initiative. This applies only because the municipality runs a pilot with a legal basis; otherwise the Saxon municipal code requires handwritten signatures.",
    },
    statusHeading: "Signatures so far",
    signHeading: "Sign",
    signButton: "Sign with wallet",
    signHint:
      "You need a wallet with a national ID credential (PID) or another accepted credential. Your details are checked, not stored.",
    backToList: "To the list of citizens' initiatives",
  },
  count: {
    progressLabel: "Progress toward the quorum",
    towardQuorum: (count: number, quorum: number) => `${formatNumber(count)} of ${formatNumber(quorum)} signatures needed`,
    split: (proven: number, confirmed: number) =>
      `Of these, ${formatNumber(proven)} are online signatures fully proven by a credential and ${formatNumber(confirmed)} are confirmed by the election office (paper lists and checked online signatures).`,
    provisionalPending: (count: number) =>
      count === 1
        ? "There is also 1 provisional signature, which the election office is still checking against the population register. It counts only once the office confirms it."
        : `There are also ${formatNumber(count)} provisional signatures, which the election office is still checking against the population register. They count only once the office confirms them.`,
    onlineNotCounting: (count: number) =>
      count === 1
        ? "In addition, 1 person signed online; this does not count toward the legal quorum."
        : `In addition, ${formatNumber(count)} people signed online; these do not count toward the legal quorum.`,
    quorumReached: "The quorum has been reached.",
  },
  period: {
    endsToday: "Collection ends today at midnight.",
    endsTomorrow: "1 day left: collection ends tomorrow at midnight.",
    daysLeft: (days: number, endsOn: string) =>
      `${formatNumber(days)} days left: collection ends at midnight at the end of ${formatDate(endsOn)}.`,
    notStarted: (startsOn: string) => `Collection starts on ${formatDate(startsOn)}.`,
    ended: "Collection has ended. You can no longer sign.",
  },
  receipt: {
    heading: "Check your receipt",
    label: "Receipt code",
    hint: "You received the code after signing, for example ABCD-EFGH-JKLM-NPQR.",
    button: "Check",
    title: "Check your receipt",
    statuses: {
      proven: {
        title: "Your signature is counted.",
        detail: (code: string) => `A signature with receipt code ${code} is counted for this initiative. Your credential proved every requirement.`,
      },
      provisional: {
        title: "Your signature is recorded provisionally.",
        detail: (code: string) =>
          `A signature with receipt code ${code} is recorded provisionally for this initiative. Your credential did not prove every requirement, so the election office is still checking the missing facts in the population register. The signature counts toward the quorum only once the office confirms it. Whether it confirms the signature or declares it invalid, you will see here.`,
      },
      confirmed: {
        title: "Your signature is counted and confirmed by the election office.",
        detail: (code: string) => `A signature with receipt code ${code} is counted for this initiative. The election office confirmed your eligibility in the population register.`,
      },
      invalid: {
        title: "Your signature does not count: the election office declared it invalid.",
        detail: (code: string, reason: string) =>
          `The election office declared the signature with receipt code ${code} invalid. Reason: ${reason}. The decision stands, so you cannot sign this initiative again. If you think it is wrong, contact the election office of your municipality.`,
      },
    },
    supportOnlyTitle: "Your online support is recorded.",
    supportOnly: (code: string) =>
      `Your online support for this initiative is recorded under receipt code ${code}. Only a handwritten signature on a signature list counts toward the quorum here. You can get a list from the representatives, whose contact details are on the initiative's page.`,
    supersededTitle: "Your paper signature replaces the online signature",
    superseded: (code: string) =>
      `There was an online signature for receipt code ${code}. The election office then entered your handwritten signature from a signature list. Only paper signatures count for this initiative, so your signature on the list now applies, and the online signature was removed.`,
    supersededPaperInvalidTitle: "Your signature on paper is invalid",
    supersededPaperInvalid: (code: string, reason: string) =>
      `Receipt code ${code} belonged to online support. It was replaced by your signature on a signature list, because only signatures on paper count for this citizens' initiative. The election office declared that signature on paper invalid, reason: ${reason}. So no signature of yours counts at present. If you think this is wrong, contact the election office of your municipality.`,
    supersededPaperRemovedTitle: "No signature of yours counts at present",
    supersededPaperRemoved: (code: string) =>
      `There was online support for receipt code ${code}. It was replaced by your signature on a signature list, because only paper signatures count for this initiative. The election office has since withdrawn or deleted that paper signature. So no signature of yours counts at present. The election office of your municipality can answer questions about it.`,
    notFoundTitle: "No signature for this code",
    notFound:
      "No signature with this receipt code is counted for this initiative. Check that you entered the whole code, on the page of the right initiative. If you withdrew your signature, its code is no longer valid. The platform does not keep it after a withdrawal, so it cannot show that the code was once valid.",
    missing: "Enter your receipt code.",
    malformed: "Enter the receipt code with its 16 characters, for example ABCD-EFGH-JKLM-NPQR.",
    errorSummaryTitle: "There is a problem",
    backToPetition: "Back to the initiative",
  },
  cli: {
    usage: "Usage: npm run petition:create -- FILE.json",
    missingFile: "The JSON file with the initiative is missing. Give its path.",
    tooManyArguments: "Give exactly one JSON file.",
    unreadable: (file: string) => `${file}: the file cannot be read. Check the path and read permissions.`,
    notUtf8: (file: string) => `${file}: the file is not UTF-8 encoded. Save it as UTF-8 in your editor and run the command again.`,
    notJson: (file: string, detail: string) => `${file}: the file is not valid JSON (${detail}). Fix the syntax.`,
    invalid: (count: number) =>
      count === 1 ? "1 problem found; nothing was saved." : `${count} problems found; nothing was saved.`,
    fileLevel: "file",
    created: (id: string) => `Initiative created: ${id}`,
    url: (url: string) => `Public page: ${url}`,
    draftNotice: "It is a draft and becomes public only when its status is \"collecting\".",
    dataDirInUse: (dataDir: string, pid: number) =>
      `${dataDir}: the embedded database is in use by process ${pid} (the server). Stop the server and run the command again, or use a PostgreSQL server through DATABASE_URL.`,
  },
  input: {
    notAnObject: "The file must contain a JSON object with the fields of the initiative.",
    unknownField: "is not a known field. Remove it or check the spelling.",
    missing: "is missing. Add the field.",
    notText: "must be text. Put the value in quotes.",
    empty: "is empty. Enter a text.",
    controlCharacter: "contains an invisible control character (from a copied template, say). Remove it by typing that part again.",
    tooLong: (max: number) => `is longer than ${formatNumber(max)} characters. Shorten the text.`,
    notAQuestion:
      "is not a question answerable with yes or no. Start with a word such as \"Soll\", \"Sollen\", \"Ist\", \"Sind\", \"Wird\" or \"Dürfen\" and end with \"?\".",
    notAPerson: "must be an object with \"name\" and \"contact\", for example {\"name\": \"Erika Muster\", \"contact\": \"erika@example.org\"}.",
    quorum: "must be a whole number greater than 0, for example 1200.",
    date: "must be a valid date in the form YYYY-MM-DD, for example 2026-03-01.",
    endBeforeStart: "is before collectionStart. Choose an end on or after the first day of collection.",
    notificationAfterStart:
      "is after collectionStart. Notify the municipality before the first day of collection and enter that date.",
    endTooLate:
      "is more than one year after notificationDate. The initiative must be submitted within one year of the notification; choose an earlier end.",
    endAfterCouncilDeadline:
      "is more than three months after councilDecisionPublishedOn. An initiative against a council decision must be submitted within three months of its publication; choose an earlier end.",
    eligibleResidents: "must be a whole number greater than 0 (the number of citizens entitled to sign), or null.",
    opposesCouncilDecision: "must be true or false: whether the initiative opposes a council decision.",
    councilDecisionDateMissing:
      "is missing. When opposesCouncilDecision is true, enter the date the decision was published, for example \"2026-02-20\".",
    councilDecisionDateWithoutDecision:
      "is allowed only with \"opposesCouncilDecision\": true. Set opposesCouncilDecision to true or remove the date.",
    status: "must be \"draft\", \"collecting\" or \"closed\".",
    signatureKinds: "must be a list of \"online\", \"paper\" or both, for example [\"paper\"].",
    rules: "must be an object with the rules: municipalityKeys and credentialTypes, and optionally minimumAge, nationalities and minimumResidenceMonths.",
    municipalityKeys: "must be a list with at least one municipality key, for example [\"14612000\"].",
    municipalityKey: "must be a municipality key (AGS) of exactly 8 digits, for example \"14612000\" for Dresden.",
    unknownMunicipality: "is not the key of a municipality mitzeichnen knows. Check the digits; another municipality is added in src/municipalities/municipalities.ts.",
    minimumAge: "must be a whole number from 16 to 99, for example 18.",
    nationalities:
      "must be a list with at least one country code, for example [\"DE\"]. Without the field, Germany and the other EU states apply.",
    nationality: "is not an ISO 3166-1 alpha-2 country code. Use two capital letters such as \"DE\" or \"AT\".",
    minimumResidenceMonths: "must be a whole number of months from 0 to 120, for example 3.",
    credentialTypes: "must be a list with at least one credential type (vct), for example [\"urn:eudi:pid:de:1\"].",
    unsupportedCredentialType: (supported: readonly string[]) => `is not a credential type the platform can read. Supported: ${supported.join(", ")}.`,
    credentialType: "must be a non-empty credential type (vct), for example \"urn:eudi:pid:de:1\".",
  },
};
