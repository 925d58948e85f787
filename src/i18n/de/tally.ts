const germanNumber = new Intl.NumberFormat("de-DE");
const germanPercent = new Intl.NumberFormat("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const germanDate = new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
const germanDateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Berlin" });

const formatNumber = (value: number) => germanNumber.format(value);
/** Format a YYYY-MM-DD calendar date the German way, e.g. 01.03.2026. */
const formatDate = (isoDate: string) => germanDate.format(new Date(`${isoDate}T00:00:00Z`));
const formatDateTime = (when: Date) => germanDateTime.format(when);
const entries = (count: number) => `${formatNumber(count)} ${count === 1 ? "Eintrag" : "Einträge"}`;

export const tally = {
  formatNumber,
  formatDate,
  formatDateTime,
  /** Format a share such as 87.5 with a decimal comma and one decimal place. */
  formatPercent: (value: number) => germanPercent.format(value),
  outcomes: {
    valid: "gültig",
    provisional: "vorläufig, noch zu prüfen",
    invalid: "ungültig",
    duplicateAttempts: "doppelte Versuche",
    withdrawn: "zurückgezogen",
  },
  invalidWithReason: (reason: string) => `ungültig: ${reason}`,
  total: "Summe",
  outcomeColumn: "Ergebnis",
  quorumLine: (quorum: number) => `Quorum: ${formatNumber(quorum)} gültige Unterschriften`,
  towardQuorumLine: (count: number) => `Gültige Unterschriften, die für das Quorum zählen: ${formatNumber(count)}`,
  quorumReached: (reached: boolean) => (reached ? "Das Quorum ist erreicht." : "Das Quorum ist nicht erreicht."),
  possibleDuplicates: {
    none: "Offene mögliche Doppelunterschriften: keine.",
    open: (count: number) =>
      `Achtung: ${formatNumber(count)} ${count === 1 ? "mögliche Doppelunterschrift ist" : "mögliche Doppelunterschriften sind"} vom Wahlamt noch nicht geklärt. Jede kann eine Person doppelt zählen: Zwei Unterschriften mit gleichem Familiennamen und Geburtsdatum wurden weder als verschiedene Personen vermerkt noch eine davon für ungültig erklärt.`,
    office: (count: number) =>
      count === 0
        ? "Keine offenen möglichen Doppelunterschriften."
        : `${formatNumber(count)} ${count === 1 ? "mögliche Doppelunterschrift ist" : "mögliche Doppelunterschriften sind"} noch zu klären.`,
    officeLink: "Mögliche Doppelunterschriften prüfen",
  },
  logLength: (length: number) => `Länge des Protokolls: ${entries(length)}`,
  headHashLabel: "Kopf-Hash (SHA-256)",
  generated: (when: Date, name: string) => `Erstellt am ${formatDateTime(when)} von ${name}`,
  office: {
    heading: "Beglaubigte Auszählungen",
    intro:
      "Eine beglaubigte Auszählung versiegelt zuerst das Unterschriftenprotokoll und hält dann die Zahlen, den Kopf-Hash und das Quorum dieses Moments fest. PDF, CSV und JSON einer Auszählung zeigen immer dieselben Zahlen, auch wenn später weitere Unterschriften hinzukommen.",
    createButton: "Beglaubigte Auszählung erstellen",
    none: "Für dieses Bürgerbegehren gibt es noch keine beglaubigte Auszählung.",
    caption: "Beglaubigte Auszählungen, die neueste zuerst",
    columns: { generated: "Erstellt", towardQuorum: "Gültig für das Quorum", log: "Protokoll", files: "Dateien", publicPage: "Öffentliche Prüfseite" },
    generatedBy: (when: Date, name: string) => `${formatDateTime(when)}, ${name}`,
    logValue: (length: number) => entries(length),
    pdfLink: "PDF",
    csvLink: "CSV",
    jsonLink: "JSON",
    /** Accessible names of the download links, which name the tally they belong to. */
    fileLabel: (kind: string, when: Date) => `${kind} der Auszählung vom ${formatDateTime(when)}`,
    publicLink: "Prüfseite öffnen",
    publicLinkLabel: (when: Date) => `Prüfseite öffnen: Auszählung vom ${formatDateTime(when)}`,
    busyTitle: "Auszählung nicht erstellt",
    busy:
      "Während der Auszählung kamen laufend Unterschriften hinzu, deshalb passte keine Zählung genau zu einem versiegelten Stand des Protokolls. Es wurde nichts gespeichert. Erstellen Sie die Auszählung in einem Moment erneut, am sichersten nach dem Ende der Sammlung.",
  },
  pdf: {
    filename: (slug: string, date: string) => `beglaubigte-auszaehlung-${slug}-${date}.pdf`,
    documentTitle: (title: string) => `Beglaubigte Auszählung des Bürgerbegehrens „${title}“`,
    subject: "Beglaubigte Auszählung der Unterschriften eines Bürgerbegehrens",
    keywords: (municipality: string) => `Bürgerbegehren, beglaubigte Auszählung, Unterschriften, Quorum, Unterschriftenprotokoll, ${municipality}`,
    heading: "Beglaubigte Auszählung",
    municipality: (name: string, key: string) => `${name} (Gemeindeschlüssel ${key})`,
    petitionHeading: "Bürgerbegehren",
    decisionProposalHeading: "Entscheidungsvorschlag",
    collectionPeriod: (start: string, end: string) => `Sammelfrist: ${formatDate(start)} bis ${formatDate(end)}`,
    quorumHeading: "Quorum",
    countsHeading: "Unterschriften nach Ergebnis und Kanal",
    countsNote:
      "Gültig sind Unterschriften, deren Berechtigung der Nachweis belegt oder das Wahlamt anhand des Melderegisters bestätigt hat. Zurückgezogene Unterschriften und doppelte Versuche zählen nicht.",
    chartHeading: "Unterschriften pro Tag",
    chartEmpty: "In der Sammelfrist wurden bisher keine Unterschriften erfasst.",
    chartCaption: (days: number, max: number) => `${formatNumber(days)} Tage, höchstens ${formatNumber(max)} Unterschriften an einem Tag`,
    logHeading: "Unterschriftenprotokoll",
    logIntro:
      "Jede Änderung an den Unterschriften steht in einem Protokoll, in dem jeder Eintrag den Hash des vorigen enthält. Der Kopf-Hash fasst alle Einträge bis zu dieser Auszählung zusammen: Ändert, fehlt oder kommt ein Eintrag hinzu, ergibt sich ein anderer Kopf-Hash.",
    recomputeHeading: "Nachrechnen",
    recompute:
      "Unter dieser Adresse kann jede Person, der die Adresse vorliegt, die Einträge des Protokolls laden und den Kopf-Hash und die Zahlen selbst nachrechnen:",
    signaturesHeading: "Beglaubigung",
    signatureFields: { name: "Name", role: "Funktion", date: "Datum", signature: "Unterschrift" },
    official: (number: number) => `${formatNumber(number)}. Amtsperson`,
    page: (page: number, pages: number) => `Seite ${page} von ${pages}`,
  },
  csv: {
    separator: ";",
    filename: (slug: string, date: string) => `beglaubigte-auszaehlung-${slug}-${date}.csv`,
    countColumns: ["Ergebnis", "Grund", "Wallet", "Passkey", "Papier", "Summe"],
    factColumns: ["Angabe", "Wert"],
    facts: {
      petition: "Bürgerbegehren",
      petitionId: "Bürgerbegehren-ID",
      municipality: "Gemeinde",
      collectionPeriod: "Sammelfrist",
      quorum: "Quorum",
      towardQuorum: "Gültige Unterschriften für das Quorum",
      quorumShare: "Anteil am Quorum (%)",
      quorumReached: "Quorum erreicht",
      openPossibleDuplicates: "Ungeklärte mögliche Doppelunterschriften",
      logLength: "Einträge im Protokoll",
      headHash: "Kopf-Hash (SHA-256)",
      generatedAt: "Erstellt am",
      generatedBy: "Erstellt von",
      recomputeUrl: "Prüfseite",
    },
    yes: "ja",
    no: "nein",
    period: (start: string, end: string) => `${formatDate(start)} bis ${formatDate(end)}`,
  },
  jsonFilename: (slug: string, date: string) => `beglaubigte-auszaehlung-${slug}-${date}.json`,
  public: {
    title: (title: string) => `Auszählung nachrechnen: ${title}`,
    heading: "Beglaubigte Auszählung nachrechnen",
    intro: (when: Date) =>
      `Diese Seite gehört zur beglaubigten Auszählung vom ${formatDateTime(when)}. Sie zeigt die veröffentlichten Zahlen und den Kopf-Hash des Unterschriftenprotokolls. Ihr Browser lädt die Einträge des Protokolls und rechnet die Kette der Hashes und die Zahlen selbst nach; der Server rechnet dabei nichts.`,
    petitionLabel: "Bürgerbegehren",
    municipalityLabel: "Gemeinde",
    quorumLabel: "Quorum",
    quorumValue: (quorum: number, towardQuorum: number, reached: boolean) =>
      `${formatNumber(towardQuorum)} von ${formatNumber(quorum)} gültigen Unterschriften. ${reached ? "Das Quorum ist erreicht." : "Das Quorum ist nicht erreicht."}`,
    tableCaption: "Veröffentlichte und nachgerechnete Werte",
    columns: { item: "Wert", published: "Veröffentlicht", recomputed: "Nachgerechnet", verdict: "Ergebnis" },
    logLengthRow: "Einträge im Protokoll",
    headHashRow: "Kopf-Hash (SHA-256)",
    countRow: (outcome: string, channel: string) => `${outcome}, ${channel}`,
    notRecomputed: "noch nicht nachgerechnet",
    match: "stimmt überein",
    mismatch: "weicht ab",
    running: "Die Einträge werden geladen und nachgerechnet …",
    allMatch: "Ergebnis: Der Kopf-Hash und alle Zahlen stimmen mit den Einträgen des Protokolls überein.",
    someMismatch:
      "Ergebnis: ABWEICHUNG. Mindestens ein veröffentlichter Wert passt nicht zu den Einträgen des Protokolls. Die Zeilen mit „weicht ab“ zeigen, welche.",
    /** Template for the browser script, which puts the sequence number in place of {seq}. */
    chainBroken: "Der Eintrag mit der Laufnummer {seq} passt nicht zu seinem angegebenen Hash oder steht nicht an seinem Platz in der Reihe.",
    loadFailed: "Die Einträge ließen sich nicht laden oder nicht lesen. Laden Sie die Seite neu oder rechnen Sie wie unten beschrieben mit eigenen Werkzeugen nach.",
    noWebCrypto:
      "Ihr Browser bietet hier kein SHA-256 über WebCrypto an, das es nur auf Seiten mit https gibt. Rechnen Sie wie unten beschrieben mit eigenen Werkzeugen nach.",
    download: "Einträge des Protokolls als JSON herunterladen",
    erased:
      "Die Einträge dieses Protokolls wurden nach Ablauf der Aufbewahrungsfrist gelöscht. Die veröffentlichten Zahlen und der Kopf-Hash bleiben hier stehen. Nachrechnen lässt sich nur noch mit einer früher heruntergeladenen Kopie der Einträge.",
    duplicatesNote: (count: number) =>
      `Doppelte Versuche (${formatNumber(count)}) fügen keine Unterschrift hinzu und stehen nicht im Protokoll, deshalb lassen sie sich hier nicht nachrechnen.`,
    nullifierHeading: "Was die Einträge über Personen verraten",
    nullifier:
      "Die Einträge nennen keine Namen. Jede Unterschrift erscheint nur als Nullifier: ein Pseudonym, das nur für dieses Bürgerbegehren gilt. Ohne die Schlüssel der Plattform lässt es sich weder einer Person zuordnen noch mit Unterschriften unter anderen Bürgerbegehren verknüpfen. Wer den geheimen Schlüssel des Servers hat, kann das; das sagen auch die Datenschutzhinweise.",
    howToHeading: "Selbst nachrechnen",
    howToIntro:
      "Laden Sie die Einträge als JSON herunter. Jeder Eintrag hat die Felder seq, kind, nullifier (hex), channel, status, reason, occurredAtMicros (Mikrosekunden seit 1970-01-01 UTC, als Dezimalzahl) und entryHash (hex). Für jeden Eintrag, in der Reihenfolge von seq, bilden Sie eine Bytefolge aus diesen Feldern, jedes als Länge in 4 Bytes (Big Endian) gefolgt von seinen Bytes:",
    howToFields: [
      "der Text „mitzeichnen signature log entry v1“,",
      "die ID des Bürgerbegehrens in Kleinbuchstaben (petitionId im JSON),",
      "seq als Dezimalzahl,",
      "kind,",
      "der Nullifier als Bytes (nicht als Hex-Text),",
      "channel,",
      "status,",
      "reason,",
      "occurredAtMicros als Dezimalzahl,",
      "der Hash des vorigen Eintrags als 32 Bytes, vor dem ersten Eintrag 32 Nullbytes.",
    ],
    howToEncoding:
      "Texte sind UTF-8. Ist status oder reason null, steht statt der Länge FFFFFFFF (hex) und es folgen keine Bytes. Der SHA-256 dieser Bytefolge ist der Hash des Eintrags. Der Hash des letzten Eintrags muss der veröffentlichte Kopf-Hash sein, und die Zahl der Einträge die veröffentlichte Länge.",
    howToCounts:
      "Die Zahlen ergeben sich, wenn Sie die Einträge der Reihe nach auf eine Liste der Unterschriften anwenden, mit dem Nullifier als Schlüssel: signed und paper_entry legen eine Unterschrift an, ein Eintrag mit status null entfernt sie, jeder andere Eintrag setzt ihren Status. Am Ende zählen proven und confirmed als gültig, provisional als vorläufig und invalid als ungültig aus dem Grund des letzten Eintrags. Zurückgezogen ist die Zahl der Einträge mit kind withdrawn. Gezählt wird jeweils nach channel.",
  },
};
