const germanDate = new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
const germanNumber = new Intl.NumberFormat("de-DE");

/** Format a YYYY-MM-DD calendar date the German way, e.g. 01.03.2026. */
const formatDate = (isoDate: string) => germanDate.format(new Date(`${isoDate}T00:00:00Z`));

export const activation = {
  letter: {
    documentTitle: "Aktivierungsbriefe für mitzeichnen",
    defaultSender: (municipality: string) => `${municipality} – Wahlbehörde`,
    date: (isoDate: string) => `Datum: ${formatDate(isoDate)}`,
    subject: "Ihr persönlicher Aktivierungscode für Online-Unterschriften",
    salutation: "Guten Tag,",
    intro:
      "mit diesem Brief können Sie Bürgerbegehren in Ihrer Gemeinde online unterstützen, ohne eine digitale Brieftasche (Wallet). Sie richten dazu einmal einen Passkey ein: einen Schlüssel, der auf Ihrem Smartphone oder Computer gespeichert wird und mit Fingerabdruck, Gesichtserkennung oder Geräte-PIN freigegeben wird.",
    stepsHeading: "So geht es:",
    steps: (link: string) => [
      `Öffnen Sie ${link} oder scannen Sie den QR-Code.`,
      "Geben Sie den Aktivierungscode unten ein, falls er nicht schon eingetragen ist.",
      "Richten Sie den Passkey ein. Danach können Sie mit ihm jedes laufende Bürgerbegehren Ihrer Gemeinde unterschreiben.",
    ],
    codeLabel: "Ihr Aktivierungscode",
    validUntil: (isoDate: string) => `Der Code gilt einmal und bis einschließlich ${formatDate(isoDate)}.`,
    privacy:
      "Datenschutz: Die Plattform speichert keinen Namen und keine Anschrift. Sie erhält nur einen Schlüssel, der aus Ihren Meldedaten berechnet wird, und die Angaben, die für die Teilnahme zählen (Gemeinde, Hauptwohnsitz seit, ab wann Sie das Mindestalter erreichen, deutsche oder EU-Staatsangehörigkeit). Die Initiatoren eines Bürgerbegehrens sehen nur Zahlen, nicht, wer unterschrieben hat.",
    notForYou:
      "Geben Sie den Code nicht weiter: Wer ihn kennt, kann in Ihrem Namen einen Passkey einrichten. Wenn Sie nicht online unterschreiben möchten, können Sie diesen Brief vernichten. Auf Papier unterschreiben können Sie weiterhin.",
    questions: "Fragen beantwortet Ihre Gemeindeverwaltung.",
    qrLabel: "QR-Code zum Aktivierungslink",
  },
  cli: {
    usage:
      "Aufruf: npm run letters -- MELDEREGISTER.csv [--out-dir ORDNER] [--minimum-age JAHRE] [--valid-days TAGE] [--lang de|en] [--sender TEXT]",
    missingFile: "Es fehlt die CSV-Datei mit dem Auszug aus dem Melderegister. Geben Sie ihren Pfad an.",
    tooManyFiles: "Geben Sie genau eine CSV-Datei an.",
    unknownOption: (option: string) => `Unbekannte Option ${option}. Prüfen Sie die Schreibweise.`,
    missingValue: (option: string) => `Nach ${option} fehlt ein Wert.`,
    invalidNumber: (option: string, min: number, max: number) => `${option} muss eine ganze Zahl von ${min} bis ${max} sein.`,
    invalidLanguage: "--lang muss de oder en sein.",
    unreadable: (file: string) => `${file}: Die Datei lässt sich nicht lesen. Prüfen Sie Pfad und Leserechte.`,
    outputExists: (file: string) =>
      `${file} gibt es schon. Verschieben Sie die Datei oder wählen Sie mit --out-dir einen anderen Ordner; es wird nichts überschrieben.`,
    outputFolderMissing: (folder: string) => `${folder}: Diesen Ordner gibt es nicht. Legen Sie ihn an oder geben Sie mit --out-dir einen vorhandenen Ordner an.`,
    outputUnwritable: (folder: string) => `${folder}: In diesen Ordner lässt sich nicht schreiben. Prüfen Sie Pfad und Schreibrechte.`,
    fileProblem: {
      empty: "Die Datei ist leer. Exportieren Sie den Auszug aus dem Melderegister erneut.",
      notText: "Die Datei ist keine Textdatei (CSV). Exportieren Sie den Auszug als CSV.",
      syntax: (line: number) => `Zeile ${line}: Ein Anführungszeichen ist nicht geschlossen. Korrigieren Sie die Zeile und starten Sie erneut.`,
      missingColumns: (columns: string[]) =>
        `Die Kopfzeile enthält nicht alle nötigen Spalten. Es fehlen: ${columns.join(", ")}. Die Spalten sind in README.md beschrieben.`,
      duplicateColumn: (column: string) => `Die Spalte „${column}“ steht zweimal in der Kopfzeile. Entfernen Sie eine davon.`,
    },
    rowProblem: {
      missing: "fehlt",
      invalidDate: "ist kein gültiges Datum (JJJJ-MM-TT oder TT.MM.JJJJ)",
      futureDate: "liegt in der Zukunft",
      invalidPostalCode: "ist keine fünfstellige Postleitzahl",
      invalidMunicipalityKey: "ist kein achtstelliger Gemeindeschlüssel",
      unknownMunicipalityKey: "ist kein Gemeindeschlüssel einer Gemeinde, die mitzeichnen kennt",
      invalidNationality: "ist kein Ländercode nach ISO 3166 (etwa DE, PL)",
      tooLong: "ist länger als 200 Zeichen",
      wrongColumnCount: "hat nicht so viele Spalten wie die Kopfzeile",
    },
    rowError: (line: number, column: string | undefined, problem: string) =>
      column === undefined ? `Zeile ${line}: Die Zeile ${problem}.` : `Zeile ${line}, Spalte ${column}: Der Wert ${problem}.`,
    notEligible: (line: number) => `Zeile ${line}: weder deutsche noch EU-Staatsangehörigkeit; kein Brief, da diese Person nicht unterschreiben darf.`,
    duplicatePerson: (line: number, firstLine: number) =>
      `Zeile ${line}: dieselbe Person wie in Zeile ${firstLine}; kein zweiter Brief.`,
    summary: (letters: number, skipped: number) =>
      `${germanNumber.format(letters)} ${letters === 1 ? "Brief" : "Briefe"} erstellt, ${germanNumber.format(skipped)} ${skipped === 1 ? "Zeile" : "Zeilen"} übersprungen.`,
    nothingWritten: "Keine Zeile war verwendbar; es wurde keine Datei geschrieben.",
    written: (file: string) => `Geschrieben: ${file}`,
    uploadHint:
      "Laden Sie die CSV-Datei mit den Code-Prüfsummen im Bereich der Wahlbehörde hoch, bevor die Briefe verschickt werden. Sie enthält keine Namen oder Anschriften.",
    secretFailed: (detail: string) => `Der Server-Schlüssel lässt sich nicht laden: ${detail}`,
  },
  inPerson: {
    title: "Aktivierungscode vor Ort ausgeben",
    link: "Aktivierungscode vor Ort ausgeben",
    intro:
      "Prüfen Sie den Personalausweis und übernehmen Sie die Angaben aus dem Melderegister. Gespeichert werden nur ein daraus berechneter Schlüssel und die Angaben zur Berechtigung, keine Namen.",
    errorSummaryTitle: "Bitte korrigieren Sie die markierten Angaben",
    errorPrefix: "Fehler: ",
    fields: {
      familyName: "Familienname",
      givenNames: "Vornamen (alle, in der Reihenfolge des Registers)",
      birthDate: "Geburtsdatum",
      placeOfBirth: "Geburtsort",
      municipalityKey: "Gemeindeschlüssel (AGS) des Hauptwohnsitzes",
      mainResidenceSince: "Hauptwohnsitz in der Gemeinde seit",
      nationalities: "Staatsangehörigkeiten",
      minimumAge: "Mindestalter",
    },
    hints: {
      birthDate: "TT.MM.JJJJ, zum Beispiel 14.03.1961",
      mainResidenceSince: "TT.MM.JJJJ",
      nationalities: "Ländercodes, mehrere durch Kommas getrennt, zum Beispiel DE oder PL, DE",
      minimumAge: "Das Mindestalter der Bürgerbegehren in Ihrer Gemeinde, meist 18",
    },
    problems: {
      missing: "Geben Sie diese Angabe aus dem Melderegister ein.",
      tooLong: "Die Angabe ist länger als 200 Zeichen. Kürzen Sie sie wie im Register.",
      controlCharacter: "Die Angabe enthält ein unsichtbares Steuerzeichen. Tippen Sie sie neu ein.",
      invalidDate: "Geben Sie ein gültiges Datum ein, zum Beispiel 14.03.1961.",
      futureDate: "Das Datum liegt in der Zukunft. Prüfen Sie die Angabe im Register.",
      invalidMunicipalityKey: "Der Gemeindeschlüssel hat acht Ziffern, zum Beispiel 14612000.",
      unknownMunicipalityKey: "Diesen Gemeindeschlüssel kennt mitzeichnen nicht. Prüfen Sie die Ziffern im Melderegister, zum Beispiel 14612000 für Dresden.",
      invalidNationality: "Geben Sie gültige Ländercodes aus zwei Buchstaben ein, zum Beispiel DE oder PL.",
      notEuCitizen:
        "Nur Deutsche und Bürgerinnen und Bürger anderer EU-Staaten dürfen ein Bürgerbegehren unterschreiben. Für diese Person wird kein Code ausgegeben.",
      invalidMinimumAge: "Das Mindestalter ist eine Zahl von 16 bis 99.",
    },
    submit: "Code erzeugen",
    issuedTitle: "Aktivierungscode",
    issuedIntro: "Drucken Sie diese Seite aus und geben Sie sie der Person mit. Der Code wird nur jetzt angezeigt.",
    codeLabel: "Aktivierungscode",
    validUntil: (isoDate: string) => `Gültig einmal und bis einschließlich ${formatDate(isoDate)}.`,
    howTo: (page: string) => `Öffnen Sie ${page}, geben Sie den Code ein und richten Sie einen Passkey ein.`,
    another: "Nächste Person",
  },
  upload: {
    title: "Aktivierungscodes hochladen",
    link: "Aktivierungscodes hochladen",
    intro:
      "Laden Sie hier die Datei hoch, die „npm run letters“ neben den Briefen geschrieben hat (aktivierungscodes-….csv). Sie enthält keine Namen oder Anschriften. Laden Sie sie hoch, bevor die Briefe verschickt werden: Erst danach funktionieren die Codes.",
    fileLabel: "Datei mit den Aktivierungscodes (CSV)",
    fileHint: (maxMegabytes: number) => `Höchstens ${germanNumber.format(maxMegabytes)} MB. Teilen Sie größere Auszüge auf mehrere Läufe auf.`,
    submit: "Hochladen",
    errorPrefix: "Fehler: ",
    errorSummaryTitle: "Die Datei wurde nicht übernommen",
    noFile: "Wählen Sie die CSV-Datei aus, die „npm run letters“ geschrieben hat.",
    fileProblem: {
      empty: "Die Datei ist leer. Wählen Sie die Datei aktivierungscodes-….csv.",
      notText: "Die Datei ist keine UTF-8-Textdatei. Wählen Sie die Datei aktivierungscodes-….csv, nicht die PDF-Datei.",
      wrongHeader:
        "Die erste Zeile ist nicht die Kopfzeile einer Code-Datei. Wählen Sie die Datei aktivierungscodes-…, nicht den Auszug aus dem Melderegister.",
    },
    resultTitle: "Ergebnis des Uploads",
    stored: (count: number) => `${germanNumber.format(count)} ${count === 1 ? "Code gespeichert" : "Codes gespeichert"}.`,
    nothingStored: "Es wurde kein Code gespeichert.",
    duplicateLines: (lines: string) =>
      `Schon vorhanden (${lineLabel(lines)}): Diese Codes waren bereits hochgeladen oder stehen doppelt in der Datei. Wurde die Datei zum zweiten Mal hochgeladen, ist nichts zu tun; sonst drucken Sie für diese Zeilen neue Briefe.`,
    expiredLines: (lines: string) => `Abgelaufen (${lineLabel(lines)}): Diese Codes gelten nicht mehr. Erstellen Sie neue Briefe.`,
    overlongLines: (lines: string) =>
      `Zu lange gültig (${lineLabel(lines)}): Ein Code gilt höchstens zwei Jahre. Die Datei wurde wohl von Hand geändert; erzeugen Sie sie mit „npm run letters“ neu.`,
    badRowsTitle: "Fehlerhafte Zeilen, nicht übernommen",
    badRow: (line: number, column: string | undefined) =>
      column === undefined ? `Zeile ${line}: Die Zeile hat nicht die erwartete Zahl von Spalten.` : `Zeile ${line}: Der Wert in Spalte ${column} ist ungültig.`,
    badRowHint: "Erzeugen Sie die Datei mit „npm run letters“ neu; von Hand geänderte Dateien werden nicht übernommen.",
  },
};

/** "Zeile 4" for one line, "Zeilen 4, 7" for several. */
function lineLabel(lines: string): string {
  return lines.includes(",") ? `Zeilen ${lines}` : `Zeile ${lines}`;
}
