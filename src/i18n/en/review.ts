import { LINES_PER_SHEET, MAX_SHEET_NUMBER } from "../../paper-lists/sheet-limits";
import type { review as de } from "../de/review";
import type { Widen } from "../widen";

const englishNumber = new Intl.NumberFormat("en-GB");
const formatNumber = (value: number) => englishNumber.format(value);
const englishDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "Europe/Berlin" });
const sheetLine = (sheet: number, line: number) => `sheet ${formatNumber(sheet)}, line ${formatNumber(line)}`;

export const review: Widen<typeof de> = {
  formatNumber,
  formatDate: (when: Date) => englishDate.format(when),
  sheetLine,
  channels: { wallet: "Wallet", passkey: "Passkey", paper: "Paper" },
  statuses: { proven: "proven", provisional: "provisional", confirmed: "confirmed", invalid: "invalid" },
  reasons: {
    no_main_residence: "no main residence in the municipality",
    under_age: "under the minimum age",
    not_eu_citizen: "neither a German nor another EU citizen",
    residence_too_short: "main residence too short",
    incomplete_or_illegible: "entry incomplete or illegible",
    signed_more_than_once: "signed more than once",
  },
  checks: {
    municipality: "municipality",
    age: "age",
    nationality: "nationality",
    residence: "length of residence",
    identity: "match across channels (place of birth)",
  },
  tally: {
    heading: "Count",
    caption: "Signatures by outcome and channel",
    outcomeColumn: "Outcome",
    totalColumn: "Total",
    valid: "valid",
    proven: "of which proven by credential",
    confirmed: "of which confirmed by the election office",
    provisional: "provisional, still to be checked",
    invalid: "invalid",
    invalidBecause: (reason: string) => `of which ${reason}`,
    duplicateAttempts: "duplicate attempts (paper lines and refused online signings, by channel of the attempt)",
    withdrawn: "withdrawn",
    notCountingChannel: (channel: string) => `${channel} (does not count)`,
    notCountingNote: "Channels marked \"does not count\" do not count toward the quorum of this petition. The total still includes them.",
    towardQuorum: (count: number, quorum: number) => `${formatNumber(count)} of the ${formatNumber(quorum)} signatures needed count toward the quorum.`,
  },
  officeLinks: {
    heading: "Review",
    review: "Review online signatures",
    paper: "Enter paper lists",
    import: "Import paper lists from a CSV file",
  },
  paper: {
    title: (petition: string) => `Enter paper lists: ${petition}`,
    heading: "Enter paper lists",
    intro:
      "Enter each line of a signature list after you have found the person in the population register. Only a pseudonym of the person, the outcome and the sheet and line are stored; names, birth dates and addresses are not.",
    keyboardHint:
      `Use the Tab key to move from field to field and Enter to save. The cursor then returns to the first field, the sheet stays and the line moves on by one. After line ${LINES_PER_SHEET}, the last of a sheet, the next sheet starts at line 1.`,
    fields: {
      familyName: "Family name",
      givenNames: "Given names",
      birthDate: "Date of birth",
      placeOfBirth: "Place of birth from the population register",
      address: "Address",
      sheet: "Sheet",
      line: "Line",
      signedOn: "Date of signing (if needed)",
      outcome: "Outcome",
    },
    hints: {
      birthDate: "DD.MM.YYYY, for example 17.05.1980",
      placeOfBirth: "The list has no column for it: take it from the population register.",
      signedOn: "Only needed when the person reached the minimum age during the collection period.",
      outcome: "“Automatic” checks the minimum age on the day of signing and otherwise assumes “valid”.",
    },
    outcomeChoices: {
      auto: "automatic (check the age, otherwise valid)",
      valid: "valid",
    },
    invalidChoice: (reason: string) => `invalid: ${reason}`,
    submit: "Save line",
    errorSummaryTitle: "The line was not saved",
    errorPrefix: "Error: ",
    problems: {
      missing: "The field is empty. Enter the value, or choose the outcome “invalid: entry incomplete or illegible”.",
      tooLong: "The value is longer than 200 characters. Shorten it.",
      controlCharacter: "The value contains control characters. Enter it again.",
      invalidDate: "This is not a valid date. Write it as DD.MM.YYYY, for example 17.05.1980.",
      futureDate: "The date is in the future. Check it.",
      birthDateTooEarly: "The birth date is before 01.01.1900. Nobody in the population register has it. Check the year.",
      signedBeforeBirth: "The signing date is before the birth date. Check both dates.",
      missingSheet: "The sheet number is missing. Enter the number of the sheet the line is on. It is needed for an incomplete entry too.",
      missingLine: "The line number is missing. Enter the number of the line on the sheet. It is needed for an incomplete entry too.",
      outsidePeriod: "The date is outside the collection period. Check it: a signature outside the period does not count and is not entered.",
      invalidSheet: `Enter the sheet number as a whole number from 1 to ${formatNumber(MAX_SHEET_NUMBER)}.`,
      invalidLine: `Enter the line as a whole number from 1 to ${LINES_PER_SHEET}. Every sheet of the official list has ${LINES_PER_SHEET} lines.`,
      sheetNotIssued: "This sheet was never issued. Check the sheet number; the issued numbers are on the petition's \"Signature lists\" page.",
      invalidOutcome: "Choose an outcome from the list.",
      signingDateNeeded:
        "The person reached the minimum age during the collection period. Enter the date of signing from the list, or choose the outcome yourself.",
    },
    lastEntry: "Last entry",
    rateLimited: (minutes: number) =>
      `The line was not saved because too many requests came in a short time. Your input is still in the form. Save the line again in ${minutes <= 1 ? "one minute" : `${minutes} minutes`}.`,
    recordedValid: (where: string) => `${where}: saved, valid.`,
    recordedInvalid: (where: string, reason: string) => `${where}: saved, invalid (${reason}).`,
    replacedOnline: (channel: string) => `This replaces the person's online support (${channel}), because only signatures on paper count here.`,
    derivedNote: "The outcome was derived from the date of birth.",
    noSheetsIssued: "No signature lists were issued for this petition, so the sheet number is not checked. Check that the sheet is an official list.",
    duplicate: (where: string, channel: string, earlier: string | undefined) =>
      `${where}: this person has signed already (${channel}${earlier === undefined ? "" : `, ${earlier}`}). The line does not count and is kept as a duplicate line.`,
    duplicateOfInvalid: (where: string, channel: string, earlier: string | undefined, reason: string) =>
      `${where}: this person has signed already (${channel}${earlier === undefined ? "" : `, ${earlier}`}), and the election office declared that signature invalid (${reason}). The line does not count and is kept as a duplicate line.`,
    lineWithdrawn: (where: string, date: string) =>
      `${where}: withdrawn on ${date}. The line is not entered again. If the person signs again, the new signature is on a new line. Enter that one.`,
    lineTaken: (where: string) => `${where} has been entered already. Check the sheet and line; change an entered line under "Correct, delete or withdraw an entered line".`,
    backToPetition: "Back to the petition in the election office",
  },
  paperLine: {
    title: (petition: string) => `Correct an entered line: ${petition}`,
    heading: "Correct, delete or withdraw an entered line",
    intro:
      "Open an entered line by sheet and line. Enter it again if it was entered wrongly, delete it if the line on the sheet is empty, or record the person's written withdrawal.",
    lookupSubmit: "Open line",
    errorSummaryTitle: "Nothing changed",
    notFound: (where: string) => `${where} has not been entered. Check the sheet and line, or enter the line on the page "Enter paper lists".`,
    current: (where: string, entry: string) => `${where}: ${entry}`,
    entryValid: "valid",
    entryInvalid: (reason: string) => `invalid (${reason})`,
    entryDuplicate: (channel: string) => `duplicate line, the person had signed already (${channel})`,
    entryDuplicateOfInvalid: (channel: string, reason: string) =>
      `duplicate line, the person had signed already (${channel}), and the election office declared that signature invalid (${reason})`,
    lineWithdrawn: (where: string, date: string) =>
      `${where}: withdrawn on ${date}. The line has no entry left to correct or delete. If the person signs again, enter the new signature on its new line.`,
    confirmLegend: "Confirmation",
    correctHeading: "Enter again",
    correctIntro:
      "Enter the whole line as it stands on the sheet. Saving replaces the previous entry, and the check for duplicate signatures runs again.",
    correctSubmit: "Save correction",
    corrected: (result: string) => `Correction saved. ${result}`,
    deleteHeading: "Delete entry",
    deleteIntro: "Only if the line was entered by mistake and is empty on the sheet. The entry no longer counts afterwards.",
    deleteConfirm: "The line on the sheet is empty.",
    deleteSubmit: "Delete entry",
    deleteNotConfirmed: "Confirm that the line on the sheet is empty. Only then is the entry deleted.",
    deleted: (where: string) => `${where}: entry deleted. It no longer counts, and the line can be entered again.`,
    withdrawHeading: "Withdraw signature",
    withdrawIntro:
      "If the person withdrew their signature in writing at the election office. This is possible only while the petition collects signatures. The person can sign again afterwards.",
    withdrawConfirm: "The person's written withdrawal is at hand.",
    withdrawSubmit: "Withdraw signature",
    withdrawNotConfirmed: "Confirm that the written withdrawal is at hand. Only then is the signature withdrawn.",
    withdrawn: (where: string) => `${where}: signature withdrawn. It no longer counts.`,
    withdrawnDuplicates: (lines: string) => `The person withdrew their support, so their duplicate lines no longer count either: ${lines}.`,
    promoted: (where: string) => `${where} was a duplicate line of the same person and now counts in its place, with its own check result.`,
    withdrawNotCollecting: "Withdrawing is possible only while the petition collects signatures. The collection period is over, or the petition was submitted.",
    withdrawDuplicate: (where: string) => `${where} is a duplicate line and does not count. Withdraw the line that counts for the person.`,
    withdrawInvalid: (where: string, reason: string) =>
      `${where} is entered as invalid (${reason}) and does not count, so there is nothing to withdraw. If the line was entered by mistake, delete the entry. If it was entered wrongly, enter it again.`,
    rateLimited: (minutes: number) =>
      `Nothing was changed because too many requests came in a short time. Your input is still in the form. Try again in ${minutes <= 1 ? "one minute" : `${minutes} minutes`}.`,
    openLink: "Correct, delete or withdraw an entered line",
  },
  paperImport: {
    title: (petition: string) => `Import paper lists: ${petition}`,
    heading: "Import paper lists from a CSV file",
    intro:
      "Upload a CSV file with one line per signature, separated by semicolons (tabs or commas are recognised from the header row), in UTF-8 (with or without BOM), Windows-1252 or UTF-16 with BOM. The first line names the columns: familienname; vornamen; geburtsdatum; geburtsort; anschrift; blatt; zeile and, where needed, datum and ergebnis.",
    outcomeHelp:
      "The ergebnis column may be empty (then “automatic” applies) or contain one of: gültig, kein Hauptwohnsitz, minderjährig, keine EU-Staatsangehörigkeit, Wohndauer zu kurz, unvollständig, mehrfach.",
    allOrNothing:
      "The file is stored completely or not at all: if even one line has an error, nothing is stored and you get a list of all errors with line numbers. Correct the file and upload it again. This way no file is half imported and no line is entered twice.",
    maxSize: (megabytes: number, lines: number) => `At most ${formatNumber(megabytes)} MB and ${formatNumber(lines)} lines per file.`,
    fileLabel: "CSV file",
    submit: "Import file",
    noFile: "Choose a CSV file.",
    fileProblems: {
      empty: "The file is empty. Choose the file with the entered lines.",
      notText: "The file is not a text file. Save the spreadsheet as CSV (semicolon-separated) and upload that.",
      utf16WithoutBom:
        "The file is saved as UTF-16 without a byte order mark, so its characters cannot be read reliably. Save the spreadsheet in Excel as “CSV UTF-8 (comma delimited)” or in LibreOffice as CSV with the character set “Unicode (UTF-8)”, and upload it again.",
      syntax: (line: number) => `The file is not valid CSV from line ${formatNumber(line)} on, for example because of an unclosed quotation mark. Check that line.`,
      missingColumns: (columns: string) => `The first line lacks the columns ${columns}. Add them to the header.`,
      unknownColumn: (column: string) =>
        `The column “${column}” is unknown. Allowed are familienname, vornamen, geburtsdatum, geburtsort, anschrift, blatt, zeile, datum and ergebnis.`,
      duplicateColumn: (column: string) => `The column “${column}” appears twice in the header. Remove one of them.`,
      noLines: "The file contains only the header. Add the lines below it.",
      tooManyLines: (lines: number) => `The file has more than ${formatNumber(lines)} lines. Split it into several files.`,
    },
    separators: {
      ";": { singular: "semicolon", plural: "semicolons" },
      "\t": { singular: "tab", plural: "tabs" },
      ",": { singular: "comma", plural: "commas" },
    },
    errorsHeading: (count: number) => `Nothing stored: ${formatNumber(count)} ${count === 1 ? "error" : "errors"} in the file`,
    moreErrors: (count: number) => `and ${formatNumber(count)} more problems; fix the ones listed first and upload the file again`,
    errorsPerColumn: (counts: string) => `Problems per column: ${counts}.`,
    wholeRow: "whole row",
    moreTaken: (count: number) => `and ${formatNumber(count)} more lines entered already`,
    moreWithdrawn: (count: number) => `and ${formatNumber(count)} more withdrawn lines`,
    withdrawnHeading: "Nothing stored: signatures on these lines of the lists were withdrawn",
    withdrawnLine: (where: string, date: string) => `${where}: withdrawn on ${date}`,
    withdrawnHelp:
      "A withdrawn line is not entered again. If the person signs again, the new signature is on a new line. Remove these lines from the file and upload it again.",
    moreDuplicates: (count: number) => `and ${formatNumber(count)} more duplicate lines`,
    rowError: (line: number, column: string | undefined, message: string) =>
      `Line ${formatNumber(line)}${column === undefined ? "" : `, column ${column}`}: ${message}`,
    rowProblems: {
      wrongColumnCount: (found: number, expected: number, separator: { singular: string; plural: string }) =>
        `The line has ${formatNumber(found)} instead of ${formatNumber(expected)} columns. Check the ${separator.plural}. A ${separator.singular} inside a text must be in quotation marks, for example "Markt 1, 01067 Dresden".`,
      sameSheetLine: (first: number) => `The sheet and line appear already in line ${formatNumber(first)} of the file.`,
      invalidOutcome: "The outcome is unknown. Leave it empty or write one of the allowed outcomes.",
    },
    takenHeading: "Nothing stored: these lines of the lists have been entered already",
    takenHelp: "Was the file imported before? Remove the entered lines from the file and upload it again.",
    doneHeading: (count: number) => `${formatNumber(count)} ${count === 1 ? "line" : "lines"} stored`,
    doneValid: (count: number) => `valid: ${formatNumber(count)}`,
    doneInvalid: (count: number) => `invalid: ${formatNumber(count)}`,
    doneDuplicates: (count: number) => `duplicates, not counted: ${formatNumber(count)}`,
    duplicateRow: (line: number, where: string, channel: string, earlier: string | undefined) =>
      `Line ${formatNumber(line)} (${where}): signed already, ${channel}${earlier === undefined ? "" : `, ${earlier}`}`,
    duplicateOfInvalidRow: (line: number, where: string, channel: string, earlier: string | undefined, reason: string) =>
      `Line ${formatNumber(line)} (${where}): signed already, ${channel}${earlier === undefined ? "" : `, ${earlier}`}; the election office declared that signature invalid (${reason})`,
  },
  list: {
    title: (petition: string) => `Review signatures: ${petition}`,
    heading: "Review signatures",
    intro:
      "Confirm provisional online signatures after you have found the person in the population register, or declare them invalid with a reason. There is no personal data here: the list shows what the credential could not prove.",
    filterOpen: "Provisional only",
    filterAll: "All signatures",
    filterPossibleDuplicates: "Possible duplicates only",
    possibleDuplicatesIntro:
      "Two signatures are a possible duplicate when they have the same family name (ignoring spaces and hyphens) and the same birth date but different given names or places of birth, for example because a credential names only the country of birth or the paper line has only the first given name. Look both up in the population register: if they are the same person, declare one of them invalid with the reason “signed more than once”. If they are different people, select “Different people”.",
    possibleDuplicateColumn: "Possible duplicate",
    possibleDuplicateOf: (reference: string, channel: string, where: string | undefined) => `with ${reference} (${channel}${where === undefined ? "" : `, ${where}`})`,
    markDistinct: "Different people",
    markDistinctLabel: (reference: string, other: string) => `${reference} and ${other} are different people`,
    markedDistinct: (reference: string, other: string) => `${reference} and ${other} are recorded as different people.`,
    caption: (shown: number, moreFollow: boolean) => {
      const count = shown === 1 ? "1 signature" : `${formatNumber(shown)} signatures`;
      return moreFollow ? `${count} on this page, more under “More signatures”` : count;
    },
    referenceColumn: "No.",
    channelColumn: "Channel",
    credentialColumn: "Credential",
    dateColumn: "Date",
    statusColumn: "Status",
    unprovenColumn: "Not proven",
    decisionColumn: "Decision",
    noneUnproven: "–",
    reference: (id: number) => `U-${id}`,
    noSignatures: "No signatures in this selection.",
    confirm: "Confirm",
    invalidate: "Declare invalid",
    reasonLabel: (reference: string) => `Reason for ${reference}`,
    chooseReason: "Choose a reason",
    more: "More signatures",
    duplicatesHeading: "Duplicate paper lines",
    noDuplicates: "No paper line comes from a person who had signed already.",
    duplicateLine: (where: string, channel: string) => `${where}: signed already (${channel}), does not count`,
    decided: (reference: string, status: string) => `${reference} is now ${status}.`,
    decisionProblems: {
      missingReason: (reference: string) => `${reference}: choose a reason to declare the signature invalid.`,
      invalidDecision: "The decision is unknown. Reload the page and try again.",
      SIGNATURE_NOT_FOUND: (reference: string) => `${reference} no longer exists; it may have been withdrawn. The list has been reloaded.`,
      DECIDED_MEANWHILE: (reference: string, status: string) =>
        `${reference} was decided by someone else in the meantime and is now ${status}. Check whether you want to change that.`,
      NOT_ALLOWED: (reference: string, status: string) => `${reference} is ${status}; this decision does not apply to it.`,
      alreadyInvalid: (reference: string, reason: string) =>
        `${reference} is already declared invalid, reason: ${reason}. Nothing was changed. To correct it, choose “All signatures” and, at ${reference}, “Confirm” or another reason.`,
      alreadyConfirmed: (reference: string) =>
        `${reference} is already confirmed. Nothing was changed. To correct it, choose “All signatures” and declare ${reference} invalid there with a reason.`,
      PAIR_NOT_FOUND: (reference: string, other: string) =>
        `${reference} or ${other} no longer exists; one of them may have been withdrawn. The list has been reloaded.`,
      NOT_POSSIBLE_DUPLICATE: (reference: string, other: string) =>
        `${reference} and ${other} are no longer an open possible duplicate, for example because one of them was declared invalid meanwhile. The list has been reloaded.`,
      SAME_SIGNATURE: (reference: string) => `${reference} cannot be marked as a different person from itself. Choose the other signature of the possible duplicate.`,
      ALREADY_MARKED: (reference: string, other: string) => `${reference} and ${other} are already marked as different persons. Nothing was changed.`,
    },
  },
  dashboard: {
    heading: "Review by the election office",
    caption: "Outcome of the review by channel",
  },
};
