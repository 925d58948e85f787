import type { activation as de } from "../de/activation";
import type { Widen } from "../widen";

const englishDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const englishNumber = new Intl.NumberFormat("en-GB");

/** Format a YYYY-MM-DD calendar date in British English, e.g. 1 March 2026. */
const formatDate = (isoDate: string) => englishDate.format(new Date(`${isoDate}T00:00:00Z`));

export const activation: Widen<typeof de> = {
  letter: {
    documentTitle: "Activation letters for mitzeichnen",
    defaultSender: (municipality) => `${municipality} – Election office`,
    date: (isoDate) => `Date: ${formatDate(isoDate)}`,
    subject: "Your personal activation code for signing online",
    salutation: "Hello,",
    intro:
      "With this letter you can support citizens' initiatives in your municipality online, without a digital wallet. To do so, you set up a passkey once: a key stored on your smartphone or computer and unlocked with your fingerprint, face recognition or device PIN.",
    stepsHeading: "How it works:",
    steps: (link) => [
      `Open ${link} or scan the QR code.`,
      "Enter the activation code below if it is not filled in already.",
      "Set up the passkey. You can then sign every open citizens' initiative of your municipality with it.",
    ],
    codeLabel: "Your activation code",
    validUntil: (isoDate) => `The code works once and until ${formatDate(isoDate)} inclusive.`,
    privacy:
      "Data protection: the platform stores no name and no address. It receives only a key computed from your register data and the facts that decide whether you may sign (municipality, main residence since, the date you reach the minimum age, German or EU citizenship). The organisers of an initiative see numbers only, not who signed.",
    notForYou:
      "Do not pass the code on: anyone who knows it can set up a passkey in your name. If you do not want to sign online, you can destroy this letter. You can still sign on paper.",
    questions: "Your municipal administration answers questions.",
    qrLabel: "QR code of the activation link",
  },
  cli: {
    usage: "Usage: npm run letters -- REGISTER.csv [--out-dir FOLDER] [--minimum-age YEARS] [--valid-days DAYS] [--lang de|en] [--sender TEXT]",
    missingFile: "The CSV file with the population register extract is missing. Give its path.",
    tooManyFiles: "Give exactly one CSV file.",
    unknownOption: (option) => `Unknown option ${option}. Check the spelling.`,
    missingValue: (option) => `${option} needs a value.`,
    invalidNumber: (option, min, max) => `${option} must be a whole number from ${min} to ${max}.`,
    invalidLanguage: "--lang must be de or en.",
    unreadable: (file) => `${file}: the file cannot be read. Check the path and read permissions.`,
    outputExists: (file) => `${file} exists already. Move it or choose another folder with --out-dir; nothing is overwritten.`,
    outputFolderMissing: (folder) => `${folder}: this folder does not exist. Create it or name an existing folder with --out-dir.`,
    outputUnwritable: (folder) => `${folder}: this folder is not writable. Check the path and write permissions.`,
    fileProblem: {
      empty: "The file is empty. Export the register extract again.",
      notText: "The file is not a text (CSV) file. Export the extract as CSV.",
      syntax: (line) => `Line ${line}: a quotation mark is not closed. Correct the line and run again.`,
      missingColumns: (columns) => `The header row lacks required columns: ${columns.join(", ")}. README.md describes the columns.`,
      duplicateColumn: (column) => `The column "${column}" appears twice in the header row. Remove one of them.`,
    },
    rowProblem: {
      missing: "is missing",
      invalidDate: "is not a valid date (YYYY-MM-DD or DD.MM.YYYY)",
      futureDate: "lies in the future",
      invalidPostalCode: "is not a five-digit postal code",
      invalidMunicipalityKey: "is not an eight-digit municipality key",
      unknownMunicipalityKey: "is not the key of a municipality mitzeichnen knows",
      invalidNationality: "is not an ISO 3166 country code (such as DE, PL)",
      tooLong: "is longer than 200 characters",
      wrongColumnCount: "does not have as many columns as the header row",
    },
    rowError: (line, column, problem) => (column === undefined ? `Line ${line}: the row ${problem}.` : `Line ${line}, column ${column}: the value ${problem}.`),
    notEligible: (line) => `Line ${line}: neither German nor EU citizenship; no letter, because this person may not sign.`,
    duplicatePerson: (line, firstLine) => `Line ${line}: the same person as in line ${firstLine}; no second letter.`,
    summary: (letters, skipped) =>
      `${englishNumber.format(letters)} ${letters === 1 ? "letter" : "letters"} written, ${englishNumber.format(skipped)} ${skipped === 1 ? "row" : "rows"} skipped.`,
    nothingWritten: "No row was usable; no file was written.",
    written: (file) => `Written: ${file}`,
    uploadHint:
      "Upload the CSV file with the code hashes in the election office area before the letters are sent. It contains no names or addresses.",
    secretFailed: (detail) => `The server secret cannot be loaded: ${detail}`,
  },
  inPerson: {
    title: "Issue an activation code in person",
    link: "Issue an activation code in person",
    intro: "Check the identity card and copy the data from the population register. Only a key computed from it and the eligibility facts are stored, no names.",
    errorSummaryTitle: "Please correct the marked fields",
    errorPrefix: "Error: ",
    fields: {
      familyName: "Family name",
      givenNames: "Given names (all, in the register's order)",
      birthDate: "Date of birth",
      placeOfBirth: "Place of birth",
      municipalityKey: "Municipality key (AGS) of the main residence",
      mainResidenceSince: "Main residence in the municipality since",
      nationalities: "Nationalities",
      minimumAge: "Minimum age",
    },
    hints: {
      birthDate: "DD.MM.YYYY, for example 14.03.1961",
      mainResidenceSince: "DD.MM.YYYY",
      nationalities: "Country codes, several separated by commas, for example DE or PL, DE",
      minimumAge: "The minimum age of citizens' initiatives in your municipality, usually 18",
    },
    problems: {
      missing: "Enter this value from the population register.",
      tooLong: "The value is longer than 200 characters. Shorten it as in the register.",
      controlCharacter: "The value contains an invisible control character. Type it again.",
      invalidDate: "Enter a valid date, for example 14.03.1961.",
      futureDate: "The date lies in the future. Check the value in the register.",
      invalidMunicipalityKey: "The municipality key has eight digits, for example 14612000.",
      unknownMunicipalityKey: "mitzeichnen does not know this municipality key. Check the digits in the population register, for example 14612000 for Dresden.",
      invalidNationality: "Enter valid two-letter country codes, for example DE or PL.",
      notEuCitizen: "Only German and other EU citizens may sign a citizens' initiative. No code is issued for this person.",
      invalidMinimumAge: "The minimum age is a number from 16 to 99.",
    },
    submit: "Create code",
    issuedTitle: "Activation code",
    issuedIntro: "Print this page and hand it to the person. The code is shown only now.",
    codeLabel: "Activation code",
    validUntil: (isoDate) => `Valid once and until ${formatDate(isoDate)} inclusive.`,
    howTo: (page) => `Open ${page}, enter the code and set up a passkey.`,
    another: "Next person",
  },
  upload: {
    title: "Upload activation codes",
    link: "Upload activation codes",
    intro:
      "Upload the file that “npm run letters” wrote next to the letters (activation-codes-….csv or aktivierungscodes-….csv). It contains no names or addresses. Upload it before the letters are sent: the codes work only afterwards.",
    fileLabel: "File with the activation codes (CSV)",
    fileHint: (maxMegabytes) => `At most ${englishNumber.format(maxMegabytes)} MB. Split larger extracts over several runs.`,
    submit: "Upload",
    errorPrefix: "Error: ",
    errorSummaryTitle: "The file was not accepted",
    noFile: "Choose the CSV file that “npm run letters” wrote.",
    fileProblem: {
      empty: "The file is empty. Choose the activation codes file.",
      notText: "The file is not a UTF-8 text file. Choose the activation codes CSV file, not the PDF.",
      wrongHeader: "The first line is not the header of a codes file. Choose the activation codes file, not the register extract.",
    },
    resultTitle: "Upload result",
    stored: (count) => `${englishNumber.format(count)} ${count === 1 ? "code stored" : "codes stored"}.`,
    nothingStored: "No code was stored.",
    duplicateLines: (lines) =>
      `Already present (${lineLabel(lines)}): these codes were uploaded before or appear twice in the file. If the file was uploaded a second time, nothing needs doing; otherwise print new letters for these lines.`,
    expiredLines: (lines) => `Expired (${lineLabel(lines)}): these codes are no longer valid. Create new letters.`,
    overlongLines: (lines) =>
      `Valid for too long (${lineLabel(lines)}): a code is valid for two years at most. The file was probably changed by hand; create it again with “npm run letters”.`,
    badRowsTitle: "Invalid rows, not stored",
    badRow: (line, column) => (column === undefined ? `Line ${line}: the row does not have the expected number of columns.` : `Line ${line}: the value in column ${column} is invalid.`),
    badRowHint: "Create the file again with “npm run letters”; files changed by hand are not accepted.",
  },
};

/** "line 4" for one line, "lines 4, 7" for several. */
function lineLabel(lines: string): string {
  return lines.includes(",") ? `lines ${lines}` : `line ${lines}`;
}
