const germanNumber = new Intl.NumberFormat("de-DE");
const formatNumber = (value: number) => germanNumber.format(value);
const germanDate = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" });
const channelNames: Record<string, string> = { wallet: "Wallet", passkey: "Passkey", paper: "Papier" };
const sheetLine = (sheet: number, line: number) => `Bogen ${formatNumber(sheet)}, Zeile ${formatNumber(line)}`;

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
    duplicateAttempts: "doppelte Papierzeilen (nach Kanal der früheren Unterschrift)",
    withdrawn: "zurückgezogen",
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
      "Tragen Sie jede Zeile einer Unterschriftenliste ein, nachdem Sie die Person im Melderegister gefunden haben. Gespeichert werden nur ein Pseudonym der Person, das Ergebnis und Bogen und Zeile; Namen, Geburtsdaten und Anschriften nicht.",
    keyboardHint:
      "Mit der Tabulatortaste kommen Sie von Feld zu Feld, mit der Eingabetaste speichern Sie. Danach steht der Cursor wieder im ersten Feld, der Bogen bleibt und die Zeile zählt eins weiter.",
    fields: {
      familyName: "Familienname",
      givenNames: "Vornamen",
      birthDate: "Geburtsdatum",
      placeOfBirth: "Geburtsort laut Melderegister",
      address: "Anschrift",
      sheet: "Bogen",
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
      invalidSheet: "Geben Sie die Bogennummer als ganze Zahl von 1 bis 99.999 ein.",
      invalidLine: "Geben Sie die Zeile als ganze Zahl von 1 bis 999 ein.",
      invalidOutcome: "Wählen Sie ein Ergebnis aus der Liste.",
      signingDateNeeded:
        "Die Person erreichte während der Sammelfrist das Mindestalter. Geben Sie das Datum der Unterschrift von der Liste ein, oder wählen Sie das Ergebnis selbst.",
    },
    lastEntry: "Letzte Eingabe",
    recordedValid: (where: string) => `${where}: gespeichert, gültig.`,
    recordedInvalid: (where: string, reason: string) => `${where}: gespeichert, ungültig (${reason}).`,
    derivedNote: "Das Ergebnis wurde aus dem Geburtsdatum abgeleitet.",
    duplicate: (where: string, channel: string, earlier: string | undefined) =>
      `${where}: Diese Person hat schon unterschrieben (${channel}${earlier === undefined ? "" : `, ${earlier}`}). Die Zeile zählt nicht und ist als doppelte Zeile vermerkt.`,
    lineTaken: (where: string) => `${where} ist schon erfasst. Prüfen Sie Bogen und Zeile; eine erfasste Zeile ändern Sie in der Prüfliste.`,
    backToPetition: "Zurück zum Bürgerbegehren im Wahlamt",
  },
  paperImport: {
    title: (petition: string) => `Papierlisten einlesen: ${petition}`,
    heading: "Papierlisten als CSV-Datei einlesen",
    intro:
      "Laden Sie eine CSV-Datei mit einer Zeile je Unterschrift hoch, getrennt durch Semikolon, in UTF-8 (mit oder ohne BOM) oder Windows-1252. Die erste Zeile nennt die Spalten: familienname; vornamen; geburtsdatum; geburtsort; anschrift; bogen; zeile und, wenn nötig, datum und ergebnis.",
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
      syntax: (line: number) => `Die Datei ist ab Zeile ${formatNumber(line)} kein gültiges CSV, zum Beispiel wegen eines nicht geschlossenen Anführungszeichens. Prüfen Sie diese Zeile.`,
      missingColumns: (columns: string) => `In der ersten Zeile fehlen die Spalten ${columns}. Ergänzen Sie die Kopfzeile.`,
      unknownColumn: (column: string) =>
        `Die Spalte „${column}“ ist unbekannt. Erlaubt sind familienname, vornamen, geburtsdatum, geburtsort, anschrift, bogen, zeile, datum und ergebnis.`,
      duplicateColumn: (column: string) => `Die Spalte „${column}“ steht zweimal in der Kopfzeile. Entfernen Sie eine davon.`,
      noLines: "Die Datei enthält nur die Kopfzeile. Tragen Sie darunter die Zeilen ein.",
      tooManyLines: (lines: number) => `Die Datei hat mehr als ${formatNumber(lines)} Zeilen. Teilen Sie sie auf mehrere Dateien auf.`,
    },
    errorsHeading: (count: number) => `Nichts gespeichert: ${formatNumber(count)} Fehler in der Datei`,
    rowError: (line: number, column: string | undefined, message: string) =>
      `Zeile ${formatNumber(line)}${column === undefined ? "" : `, Spalte ${column}`}: ${message}`,
    rowProblems: {
      wrongColumnCount: (found: number, expected: number) => `Die Zeile hat ${formatNumber(found)} statt ${formatNumber(expected)} Spalten. Prüfen Sie die Semikolons; ein Semikolon im Text muss in Anführungszeichen stehen.`,
      sameSheetLine: (first: number) => `Bogen und Zeile stehen schon in Zeile ${formatNumber(first)} der Datei.`,
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
  },
  list: {
    title: (petition: string) => `Unterschriften prüfen: ${petition}`,
    heading: "Unterschriften prüfen",
    intro:
      "Vorläufige Online-Unterschriften bestätigen Sie, nachdem Sie die Person im Melderegister gefunden haben, oder erklären sie mit Grund für ungültig. Personendaten gibt es hier nicht: Die Liste zeigt, was der Nachweis nicht belegen konnte.",
    filterOpen: "Nur vorläufige",
    filterAll: "Alle Unterschriften",
    caption: (shown: number) => `${formatNumber(shown)} Unterschriften`,
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
    decided: (reference: string, status: string) => `${reference} ist jetzt ${status}.`,
    decisionProblems: {
      missingReason: (reference: string) => `${reference}: Wählen Sie einen Grund, um die Unterschrift für ungültig zu erklären.`,
      invalidDecision: "Die Entscheidung ist unbekannt. Laden Sie die Seite neu und versuchen Sie es erneut.",
      SIGNATURE_NOT_FOUND: (reference: string) => `${reference} gibt es nicht mehr, vielleicht wurde sie zurückgezogen. Die Liste ist neu geladen.`,
      DECIDED_MEANWHILE: (reference: string, status: string) =>
        `${reference} wurde inzwischen von jemand anderem entschieden und ist jetzt ${status}. Prüfen Sie, ob Sie das ändern wollen.`,
      NOT_ALLOWED: (reference: string, status: string) => `${reference} ist ${status}; diese Entscheidung ist dafür nicht möglich.`,
    },
  },
  dashboard: {
    heading: "Prüfung durch das Wahlamt",
    caption: "Ergebnis der Prüfung nach Kanal",
  },
};
