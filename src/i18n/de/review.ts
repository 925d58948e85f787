import { LINES_PER_SHEET, MAX_SHEET_NUMBER } from "../../paper-lists/sheet-limits";
const germanNumber = new Intl.NumberFormat("de-DE");
const formatNumber = (value: number) => germanNumber.format(value);
const germanDate = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" });
const channelNames: Record<string, string> = { wallet: "Wallet", passkey: "Passkey", paper: "Papier" };
const sheetLine = (sheet: number, line: number) => `Blatt ${formatNumber(sheet)}, Zeile ${formatNumber(line)}`;

export const review = {
  formatNumber,
  formatDate: (when: Date) => germanDate.format(when),
  sheetLine,
  channels: channelNames,
  statuses: { proven: "belegt", provisional: "vorläufig", confirmed: "bestätigt", invalid: "ungültig" } as Record<string, string>,
  reasons: {
    no_main_residence: "kein Hauptwohnsitz in der Gemeinde",
    under_age: "Mindestalter nicht erreicht",
    not_eu_citizen: "weder deutsche noch andere EU-Staatsangehörigkeit",
    residence_too_short: "Hauptwohnsitz zu kurz",
    incomplete_or_illegible: "Eintrag unvollständig oder unleserlich",
    signed_more_than_once: "mehrfach unterschrieben",
  } as Record<string, string>,
  checks: {
    municipality: "Gemeinde",
    age: "Alter",
    nationality: "Staatsangehörigkeit",
    residence: "Wohndauer",
    identity: "Abgleich über alle Kanäle (Geburtsort)",
  } as Record<string, string>,
  tally: {
    heading: "Auszählung",
    caption: "Unterschriften nach Ergebnis und Kanal",
    outcomeColumn: "Ergebnis",
    totalColumn: "Summe",
    valid: "gültig",
    proven: "davon durch Nachweis belegt",
    confirmed: "davon vom Wahlamt bestätigt",
    provisional: "vorläufig, noch zu prüfen",
    invalid: "ungültig",
    invalidBecause: (reason: string) => `davon ${reason}`,
    duplicateAttempts: "doppelte Versuche (Papierzeilen und abgewiesene Online-Unterschriften, nach Kanal des Versuchs)",
    withdrawn: "zurückgezogen",
    notCountingChannel: (channel: string) => `${channel} (zählt nicht)`,
    notCountingNote: "Kanäle mit „zählt nicht“ zählen bei diesem Bürgerbegehren nicht für das Quorum. Die Summe enthält sie trotzdem.",
    towardQuorum: (count: number, quorum: number) => `Für das Quorum zählen ${formatNumber(count)} von ${formatNumber(quorum)} nötigen Unterschriften.`,
  },
  officeLinks: {
    heading: "Prüfung",
    review: "Online-Unterschriften prüfen",
    paper: "Papierlisten erfassen",
    import: "Papierlisten als CSV-Datei einlesen",
  },
  paper: {
    title: (petition: string) => `Papierlisten erfassen: ${petition}`,
    heading: "Papierlisten erfassen",
    intro:
      "Tragen Sie jede Zeile einer Unterschriftenliste ein, nachdem Sie die Person im Melderegister gefunden haben. Gespeichert werden nur ein Pseudonym der Person, das Ergebnis und Blatt und Zeile; Namen, Geburtsdaten und Anschriften nicht.",
    keyboardHint:
      `Mit der Tabulatortaste kommen Sie von Feld zu Feld, mit der Eingabetaste speichern Sie. Danach steht der Cursor wieder im ersten Feld, das Blatt bleibt und die Zeile zählt eins weiter. Nach Zeile ${LINES_PER_SHEET}, der letzten eines Blatts, geht es mit Zeile 1 des nächsten Blatts weiter.`,
    fields: {
      familyName: "Familienname",
      givenNames: "Vornamen",
      birthDate: "Geburtsdatum",
      placeOfBirth: "Geburtsort laut Melderegister",
      address: "Anschrift",
      sheet: "Blatt",
      line: "Zeile",
      signedOn: "Datum der Unterschrift (falls nötig)",
      outcome: "Ergebnis",
    },
    hints: {
      birthDate: "TT.MM.JJJJ, zum Beispiel 17.05.1980",
      placeOfBirth: "Die Liste hat keine Spalte dafür: Übernehmen Sie ihn aus dem Melderegister.",
      signedOn: "Nur nötig, wenn die Person während der Sammelfrist das Mindestalter erreichte.",
      outcome: "„Automatisch“ prüft das Mindestalter am Tag der Unterschrift und nimmt sonst „gültig“ an.",
    } as Record<string, string>,
    outcomeChoices: {
      auto: "automatisch (Alter prüfen, sonst gültig)",
      valid: "gültig",
    } as Record<string, string>,
    invalidChoice: (reason: string) => `ungültig: ${reason}`,
    submit: "Zeile speichern",
    errorSummaryTitle: "Die Zeile wurde nicht gespeichert",
    errorPrefix: "Fehler: ",
    problems: {
      missing: "Das Feld ist leer. Tragen Sie den Wert ein, oder wählen Sie als Ergebnis „ungültig: Eintrag unvollständig oder unleserlich“.",
      tooLong: "Der Wert ist länger als 200 Zeichen. Kürzen Sie ihn.",
      controlCharacter: "Der Wert enthält Steuerzeichen. Geben Sie ihn neu ein.",
      invalidDate: "Das ist kein gültiges Datum. Schreiben Sie es als TT.MM.JJJJ, zum Beispiel 17.05.1980.",
      futureDate: "Das Datum liegt in der Zukunft. Prüfen Sie es.",
      birthDateTooEarly: "Das Geburtsdatum liegt vor dem 01.01.1900. So steht niemand im Melderegister. Prüfen Sie das Jahr.",
      signedBeforeBirth: "Das Datum der Unterschrift liegt vor dem Geburtsdatum. Prüfen Sie beide Daten.",
      missingSheet: "Die Blatt-Nummer fehlt. Tragen Sie die Nummer des Blatts ein, auf dem die Zeile steht. Sie ist auch bei einem unvollständigen Eintrag nötig.",
      missingLine: "Die Zeilennummer fehlt. Tragen Sie die Nummer der Zeile auf dem Blatt ein. Sie ist auch bei einem unvollständigen Eintrag nötig.",
      outsidePeriod: "Das Datum liegt außerhalb der Sammelfrist. Prüfen Sie es: Eine Unterschrift außerhalb der Frist zählt nicht und wird nicht erfasst.",
      invalidSheet: `Geben Sie die Blatt-Nummer als ganze Zahl von 1 bis ${formatNumber(MAX_SHEET_NUMBER)} ein.`,
      invalidLine: `Geben Sie die Zeile als ganze Zahl von 1 bis ${LINES_PER_SHEET} ein. Jedes Blatt der amtlichen Liste hat ${LINES_PER_SHEET} Zeilen.`,
      sheetNotIssued:
        "Dieses Blatt wurde nie ausgegeben. Prüfen Sie die Blatt-Nummer; die ausgegebenen Nummern stehen auf der Seite „Unterschriftenlisten“ des Bürgerbegehrens.",
      invalidOutcome: "Wählen Sie ein Ergebnis aus der Liste.",
      signingDateNeeded:
        "Die Person erreichte während der Sammelfrist das Mindestalter. Geben Sie das Datum der Unterschrift von der Liste ein, oder wählen Sie das Ergebnis selbst.",
    },
    lastEntry: "Letzte Eingabe",
    rateLimited: (minutes: number) =>
      `Die Zeile wurde nicht gespeichert, weil in kurzer Zeit zu viele Anfragen kamen. Ihre Eingaben stehen noch im Formular. Speichern Sie die Zeile in ${minutes <= 1 ? "einer Minute" : `${minutes} Minuten`} erneut.`,
    recordedValid: (where: string) => `${where}: gespeichert, gültig.`,
    recordedInvalid: (where: string, reason: string) => `${where}: gespeichert, ungültig (${reason}).`,
    replacedOnline: (channel: string) => `Die Online-Unterstützung dieser Person (${channel}) ist damit ersetzt, weil hier nur Unterschriften auf Papier zählen.`,
    derivedNote: "Das Ergebnis wurde aus dem Geburtsdatum abgeleitet.",
    noSheetsIssued:
      "Für dieses Bürgerbegehren wurden keine Unterschriftenlisten ausgegeben, deshalb ist die Blatt-Nummer nicht geprüft. Prüfen Sie, ob das Blatt eine amtliche Liste ist.",
    duplicate: (where: string, channel: string, earlier: string | undefined) =>
      `${where}: Diese Person hat schon unterschrieben (${channel}${earlier === undefined ? "" : `, ${earlier}`}). Die Zeile zählt nicht und ist als doppelte Zeile vermerkt.`,
    duplicateOfInvalid: (where: string, channel: string, earlier: string | undefined, reason: string) =>
      `${where}: Diese Person hat schon unterschrieben (${channel}${earlier === undefined ? "" : `, ${earlier}`}), und das Wahlamt hat diese Unterschrift für ungültig erklärt (${reason}). Die Zeile zählt nicht und ist als doppelte Zeile vermerkt.`,
    lineWithdrawn: (where: string, date: string) =>
      `${where}: zurückgezogen am ${date}. Die Zeile wird nicht erneut erfasst. Unterschreibt die Person noch einmal, steht die neue Unterschrift auf einer neuen Zeile. Erfassen Sie diese.`,
    lineTaken: (where: string) => `${where} ist schon erfasst. Prüfen Sie Blatt und Zeile; eine erfasste Zeile ändern Sie unter „Erfasste Zeile berichtigen, löschen oder zurückziehen“.`,
    backToPetition: "Zurück zum Bürgerbegehren im Wahlamt",
  },
  paperLine: {
    title: (petition: string) => `Erfasste Zeile berichtigen: ${petition}`,
    heading: "Erfasste Zeile berichtigen, löschen oder zurückziehen",
    intro:
      "Öffnen Sie eine erfasste Zeile mit Blatt und Zeile. Geben Sie sie neu ein, wenn sie falsch erfasst wurde, löschen Sie sie, wenn die Zeile auf dem Blatt leer ist, oder tragen Sie den schriftlichen Widerruf der Person ein.",
    lookupSubmit: "Zeile öffnen",
    errorSummaryTitle: "Nichts geändert",
    notFound: (where: string) => `${where} ist nicht erfasst. Prüfen Sie Blatt und Zeile, oder erfassen Sie die Zeile auf der Seite „Papierlisten erfassen“.`,
    current: (where: string, entry: string) => `${where}: ${entry}`,
    entryValid: "gültig",
    entryInvalid: (reason: string) => `ungültig (${reason})`,
    entryDuplicate: (channel: string) => `doppelte Zeile, die Person hatte schon unterschrieben (${channel})`,
    entryDuplicateOfInvalid: (channel: string, reason: string) =>
      `doppelte Zeile, die Person hatte schon unterschrieben (${channel}), und das Wahlamt hat diese Unterschrift für ungültig erklärt (${reason})`,
    lineWithdrawn: (where: string, date: string) =>
      `${where}: zurückgezogen am ${date}. Die Zeile hat keinen Eintrag mehr, den Sie berichtigen oder löschen können. Unterschreibt die Person noch einmal, erfassen Sie die neue Unterschrift auf ihrer neuen Zeile.`,
    confirmLegend: "Bestätigung",
    correctHeading: "Neu eingeben",
    correctIntro:
      "Geben Sie die Zeile vollständig so ein, wie sie auf dem Blatt steht. Beim Speichern ersetzt sie den bisherigen Eintrag, und die Prüfung auf doppelte Unterschriften läuft neu.",
    correctSubmit: "Berichtigung speichern",
    corrected: (result: string) => `Berichtigung gespeichert. ${result}`,
    deleteHeading: "Eintrag löschen",
    deleteIntro: "Nur wenn die Zeile versehentlich erfasst wurde und auf dem Blatt leer ist. Der Eintrag zählt danach nicht mehr.",
    deleteConfirm: "Die Zeile auf dem Blatt ist leer.",
    deleteSubmit: "Eintrag löschen",
    deleteNotConfirmed: "Bestätigen Sie, dass die Zeile auf dem Blatt leer ist. Erst dann wird der Eintrag gelöscht.",
    deleted: (where: string) => `${where}: Eintrag gelöscht. Er zählt nicht mehr, und die Zeile kann neu erfasst werden.`,
    withdrawHeading: "Unterschrift zurückziehen",
    withdrawIntro:
      "Wenn die Person ihre Unterschrift schriftlich beim Wahlamt widerrufen hat. Das geht nur, solange das Bürgerbegehren Unterschriften sammelt. Die Person kann danach erneut unterschreiben.",
    withdrawConfirm: "Der schriftliche Widerruf der Person liegt vor.",
    withdrawSubmit: "Unterschrift zurückziehen",
    withdrawNotConfirmed: "Bestätigen Sie, dass der schriftliche Widerruf vorliegt. Erst dann wird die Unterschrift zurückgezogen.",
    withdrawn: (where: string) => `${where}: Unterschrift zurückgezogen. Sie zählt nicht mehr.`,
    withdrawnDuplicates: (lines: string) =>
      `Die Person hat ihre Unterstützung zurückgezogen, deshalb zählen auch ihre doppelten Zeilen nicht mehr: ${lines}.`,
    promoted: (where: string) => `${where} war eine doppelte Zeile derselben Person und zählt jetzt an ihrer Stelle, mit ihrem eigenen Prüfergebnis.`,
    withdrawNotCollecting:
      "Zurückziehen ist nur möglich, solange das Bürgerbegehren Unterschriften sammelt. Die Sammelfrist ist vorbei, oder das Bürgerbegehren ist eingereicht.",
    withdrawDuplicate: (where: string) => `${where} ist eine doppelte Zeile und zählt nicht. Ziehen Sie die Zeile zurück, die für die Person zählt.`,
    withdrawInvalid: (where: string, reason: string) =>
      `${where} ist als ungültig erfasst (${reason}) und zählt nicht, deshalb gibt es nichts zurückzuziehen. Wurde die Zeile versehentlich erfasst, löschen Sie den Eintrag. Wurde sie falsch erfasst, geben Sie sie neu ein.`,
    rateLimited: (minutes: number) =>
      `Nichts geändert, weil in kurzer Zeit zu viele Anfragen kamen. Ihre Eingaben stehen noch im Formular. Versuchen Sie es in ${minutes <= 1 ? "einer Minute" : `${minutes} Minuten`} erneut.`,
    openLink: "Erfasste Zeile berichtigen, löschen oder zurückziehen",
  },
  paperImport: {
    title: (petition: string) => `Papierlisten einlesen: ${petition}`,
    heading: "Papierlisten als CSV-Datei einlesen",
    intro:
      "Laden Sie eine CSV-Datei mit einer Zeile je Unterschrift hoch, getrennt durch Semikolon (Tabulator oder Komma werden an der Kopfzeile erkannt), in UTF-8 (mit oder ohne BOM), Windows-1252 oder UTF-16 mit BOM. Die erste Zeile nennt die Spalten: familienname; vornamen; geburtsdatum; geburtsort; anschrift; blatt; zeile und, wenn nötig, datum und ergebnis.",
    outcomeHelp:
      "Die Spalte ergebnis darf leer sein (dann gilt „automatisch“) oder eines davon enthalten: gültig, kein Hauptwohnsitz, minderjährig, keine EU-Staatsangehörigkeit, Wohndauer zu kurz, unvollständig, mehrfach.",
    allOrNothing:
      "Die Datei wird ganz oder gar nicht übernommen: Enthält auch nur eine Zeile einen Fehler, wird nichts gespeichert, und Sie erhalten eine Liste aller Fehler mit Zeilennummern. Korrigieren Sie die Datei und laden Sie sie erneut hoch. So entstehen keine halb eingelesenen Dateien und keine doppelten Zeilen.",
    maxSize: (megabytes: number, lines: number) => `Höchstens ${formatNumber(megabytes)} MB und ${formatNumber(lines)} Zeilen je Datei.`,
    fileLabel: "CSV-Datei",
    submit: "Datei einlesen",
    noFile: "Wählen Sie eine CSV-Datei aus.",
    fileProblems: {
      empty: "Die Datei ist leer. Wählen Sie die Datei mit den erfassten Zeilen.",
      notText: "Die Datei ist keine Textdatei. Speichern Sie die Tabelle als CSV (Semikolon-getrennt) und laden Sie diese hoch.",
      utf16WithoutBom:
        "Die Datei ist in UTF-16 ohne Byte-Order-Mark gespeichert, daher lassen sich ihre Zeichen nicht sicher lesen. Speichern Sie die Tabelle in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ oder in LibreOffice als CSV mit dem Zeichensatz „Unicode (UTF-8)“ und laden Sie sie erneut hoch.",
      syntax: (line: number) => `Die Datei ist ab Zeile ${formatNumber(line)} kein gültiges CSV, zum Beispiel wegen eines nicht geschlossenen Anführungszeichens. Prüfen Sie diese Zeile.`,
      missingColumns: (columns: string) => `In der ersten Zeile fehlen die Spalten ${columns}. Ergänzen Sie die Kopfzeile.`,
      unknownColumn: (column: string) =>
        `Die Spalte „${column}“ ist unbekannt. Erlaubt sind familienname, vornamen, geburtsdatum, geburtsort, anschrift, blatt, zeile, datum und ergebnis.`,
      duplicateColumn: (column: string) => `Die Spalte „${column}“ steht zweimal in der Kopfzeile. Entfernen Sie eine davon.`,
      noLines: "Die Datei enthält nur die Kopfzeile. Tragen Sie darunter die Zeilen ein.",
      tooManyLines: (lines: number) => `Die Datei hat mehr als ${formatNumber(lines)} Zeilen. Teilen Sie sie auf mehrere Dateien auf.`,
    },
    separators: {
      ";": { singular: "Semikolon", plural: "Semikolons" },
      "\t": { singular: "Tabulator", plural: "Tabulatoren" },
      ",": { singular: "Komma", plural: "Kommas" },
    },
    errorsHeading: (count: number) => `Nichts gespeichert: ${formatNumber(count)} Fehler in der Datei`,
    moreErrors: (count: number) => `und ${formatNumber(count)} weitere Fehler; beheben Sie zuerst die genannten und laden Sie die Datei erneut hoch`,
    errorsPerColumn: (counts: string) => `Fehler je Spalte: ${counts}.`,
    wholeRow: "ganze Zeile",
    moreTaken: (count: number) => `und ${formatNumber(count)} weitere schon erfasste Zeilen`,
    moreWithdrawn: (count: number) => `und ${formatNumber(count)} weitere zurückgezogene Zeilen`,
    withdrawnHeading: "Nichts gespeichert: Unterschriften auf diesen Zeilen der Listen wurden zurückgezogen",
    withdrawnLine: (where: string, date: string) => `${where}: zurückgezogen am ${date}`,
    withdrawnHelp:
      "Eine zurückgezogene Zeile wird nicht erneut erfasst. Unterschreibt die Person noch einmal, steht die neue Unterschrift auf einer neuen Zeile. Entfernen Sie diese Zeilen aus der Datei und laden Sie sie erneut hoch.",
    moreDuplicates: (count: number) => `und ${formatNumber(count)} weitere doppelte Zeilen`,
    rowError: (line: number, column: string | undefined, message: string) =>
      `Zeile ${formatNumber(line)}${column === undefined ? "" : `, Spalte ${column}`}: ${message}`,
    rowProblems: {
      wrongColumnCount: (found: number, expected: number, separator: { singular: string; plural: string }) =>
        `Die Zeile hat ${formatNumber(found)} statt ${formatNumber(expected)} Spalten. Prüfen Sie die ${separator.plural}. Ein ${separator.singular} im Text muss in Anführungszeichen stehen, zum Beispiel "Markt 1, 01067 Dresden".`,
      sameSheetLine: (first: number) => `Blatt und Zeile stehen schon in Zeile ${formatNumber(first)} der Datei.`,
      invalidOutcome: "Das Ergebnis ist unbekannt. Lassen Sie es leer oder schreiben Sie eines der erlaubten Ergebnisse.",
    },
    takenHeading: "Nichts gespeichert: Diese Zeilen der Listen sind schon erfasst",
    takenHelp: "Wurde die Datei schon einmal eingelesen? Entfernen Sie die erfassten Zeilen aus der Datei und laden Sie sie erneut hoch.",
    doneHeading: (count: number) => `${formatNumber(count)} ${count === 1 ? "Zeile" : "Zeilen"} gespeichert`,
    doneValid: (count: number) => `gültig: ${formatNumber(count)}`,
    doneInvalid: (count: number) => `ungültig: ${formatNumber(count)}`,
    doneDuplicates: (count: number) => `doppelt, zählen nicht: ${formatNumber(count)}`,
    duplicateRow: (line: number, where: string, channel: string, earlier: string | undefined) =>
      `Zeile ${formatNumber(line)} (${where}): schon unterschrieben, ${channel}${earlier === undefined ? "" : `, ${earlier}`}`,
    duplicateOfInvalidRow: (line: number, where: string, channel: string, earlier: string | undefined, reason: string) =>
      `Zeile ${formatNumber(line)} (${where}): schon unterschrieben, ${channel}${earlier === undefined ? "" : `, ${earlier}`}; diese Unterschrift hat das Wahlamt für ungültig erklärt (${reason})`,
  },
  list: {
    title: (petition: string) => `Unterschriften prüfen: ${petition}`,
    heading: "Unterschriften prüfen",
    intro:
      "Vorläufige Online-Unterschriften bestätigen Sie, nachdem Sie die Person im Melderegister gefunden haben, oder erklären sie mit Grund für ungültig. Personendaten gibt es hier nicht: Die Liste zeigt, was der Nachweis nicht belegen konnte.",
    filterOpen: "Nur vorläufige",
    filterAll: "Alle Unterschriften",
    filterPossibleDuplicates: "Nur mögliche Doppelunterschriften",
    possibleDuplicatesIntro:
      "Eine mögliche Doppelunterschrift haben zwei Unterschriften mit gleichem Familiennamen (ohne Leerzeichen und Bindestriche) und gleichem Geburtsdatum, aber verschiedenen Vornamen oder Geburtsorten, etwa weil ein Nachweis nur das Geburtsland nennt oder auf Papier nur der erste Vorname steht. Suchen Sie beide im Melderegister: Ist es dieselbe Person, erklären Sie eine davon für ungültig mit dem Grund „mehrfach unterschrieben“. Sind es verschiedene Personen, klicken Sie auf „Verschiedene Personen“.",
    possibleDuplicateColumn: "Mögliche Doppelunterschrift",
    possibleDuplicateOf: (reference: string, channel: string, where: string | undefined) => `mit ${reference} (${channel}${where === undefined ? "" : `, ${where}`})`,
    markDistinct: "Verschiedene Personen",
    markDistinctLabel: (reference: string, other: string) => `${reference} und ${other} sind verschiedene Personen`,
    markedDistinct: (reference: string, other: string) => `${reference} und ${other} sind als verschiedene Personen vermerkt.`,
    caption: (shown: number, moreFollow: boolean) => {
      const count = shown === 1 ? "1 Unterschrift" : `${formatNumber(shown)} Unterschriften`;
      return moreFollow ? `${count} auf dieser Seite, weitere unter „Weitere Unterschriften“` : count;
    },
    referenceColumn: "Nr.",
    channelColumn: "Kanal",
    credentialColumn: "Nachweis",
    dateColumn: "Datum",
    statusColumn: "Status",
    unprovenColumn: "Nicht belegt",
    decisionColumn: "Entscheidung",
    noneUnproven: "–",
    reference: (id: number) => `U-${id}`,
    noSignatures: "Keine Unterschriften in dieser Auswahl.",
    confirm: "Bestätigen",
    invalidate: "Für ungültig erklären",
    reasonLabel: (reference: string) => `Grund für ${reference}`,
    chooseReason: "Grund wählen",
    more: "Weitere Unterschriften",
    duplicatesHeading: "Doppelte Papierzeilen",
    noDuplicates: "Keine Papierzeile stammt von einer Person, die schon unterschrieben hatte.",
    duplicateLine: (where: string, channel: string) => `${where}: schon unterschrieben (${channel}), zählt nicht`,
    decided: (reference: string, status: string) => `${reference} ist jetzt ${status}.`,
    decisionProblems: {
      missingReason: (reference: string) => `${reference}: Wählen Sie einen Grund, um die Unterschrift für ungültig zu erklären.`,
      invalidDecision: "Die Entscheidung ist unbekannt. Laden Sie die Seite neu und versuchen Sie es erneut.",
      SIGNATURE_NOT_FOUND: (reference: string) => `${reference} gibt es nicht mehr, vielleicht wurde sie zurückgezogen. Die Liste ist neu geladen.`,
      DECIDED_MEANWHILE: (reference: string, status: string) =>
        `${reference} wurde inzwischen von jemand anderem entschieden und ist jetzt ${status}. Prüfen Sie, ob Sie das ändern wollen.`,
      NOT_ALLOWED: (reference: string, status: string) => `${reference} ist ${status}; diese Entscheidung ist dafür nicht möglich.`,
      alreadyInvalid: (reference: string, reason: string) =>
        `${reference} ist bereits für ungültig erklärt, Grund: ${reason}. Es wurde nichts geändert. Zum Berichtigen wählen Sie „Alle Unterschriften“ und bei ${reference} „Bestätigen“ oder einen anderen Grund.`,
      alreadyConfirmed: (reference: string) =>
        `${reference} ist bereits bestätigt. Es wurde nichts geändert. Zum Berichtigen wählen Sie „Alle Unterschriften“ und erklären ${reference} dort mit einem Grund für ungültig.`,
      PAIR_NOT_FOUND: (reference: string, other: string) =>
        `${reference} oder ${other} gibt es nicht mehr, vielleicht wurde eine davon zurückgezogen. Die Liste ist neu geladen.`,
      NOT_POSSIBLE_DUPLICATE: (reference: string, other: string) =>
        `${reference} und ${other} sind keine offene mögliche Doppelunterschrift mehr, etwa weil eine davon inzwischen für ungültig erklärt wurde. Die Liste ist neu geladen.`,
      SAME_SIGNATURE: (reference: string) =>
        `${reference} lässt sich nicht mit sich selbst als verschiedene Personen vermerken. Wählen Sie die andere Unterschrift der möglichen Doppelunterschrift.`,
      ALREADY_MARKED: (reference: string, other: string) => `${reference} und ${other} sind bereits als verschiedene Personen vermerkt. Es wurde nichts geändert.`,
    },
  },
  dashboard: {
    heading: "Prüfung durch das Wahlamt",
    caption: "Ergebnis der Prüfung nach Kanal",
  },
};
