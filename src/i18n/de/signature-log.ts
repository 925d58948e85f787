const germanNumber = new Intl.NumberFormat("de-DE");
const formatNumber = (value: number) => germanNumber.format(value);
const germanDateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Berlin" });

export const signatureLog = {
  formatNumber,
  formatDateTime: (when: Date) => germanDateTime.format(when),
  channels: { wallet: "Wallet", passkey: "Passkey", paper: "Papier" } as Record<string, string>,
  statuses: { proven: "belegt", provisional: "vorläufig", confirmed: "bestätigt", invalid: "ungültig" } as Record<string, string>,
  kinds: {
    signed: "online unterschrieben",
    paper_entry: "von Papier erfasst",
    confirmed: "bestätigt",
    invalidated: "für ungültig erklärt",
    withdrawn: "zurückgezogen",
    erased: "gelöscht",
    removed: "vom Wahlamt entfernt",
  } as Record<string, string>,
  reasons: {
    gap: "Ein Eintrag fehlt: Die Laufnummern sind hier nicht lückenlos. Ein Eintrag wurde gelöscht oder umnummeriert.",
    altered_entry: "Ein Eintrag wurde verändert: Sein Inhalt ergibt nicht mehr den gespeicherten Hash.",
    hash_mismatch: "Der Kopf-Hash stimmt nicht: Der gespeicherte oder früher veröffentlichte Stand des Protokolls passt nicht zur Kette der Einträge.",
    invalid_transition:
      "Unmögliche Änderung: Der Eintrag legt eine Unterschrift an, die es schon gibt, oder ändert eine, die es nicht gibt.",
    signature_without_log_entry: "In der Tabelle der Unterschriften steht eine Unterschrift, die das Protokoll nicht enthält.",
    log_entry_without_signature: "Das Protokoll führt eine Unterschrift, die in der Tabelle der Unterschriften fehlt.",
    signature_differs: "Kanal, Status oder Ungültigkeitsgrund einer Unterschrift in der Tabelle weichen vom letzten Protokolleintrag zu ihr ab.",
    count_mismatch: "Ein Zähler weicht von der Zahl der Unterschriften laut Protokoll ab.",
    daily_total_mismatch: "Die Tageszähler ergeben zusammen eine andere Zahl als das Protokoll.",
    daily_count_mismatch: "Ein Tageszähler weicht von der Zahl der Unterschriften ab, die an diesem Tag (Berliner Zeit) geleistet wurden.",
    duplicate_line_taken:
      "Eine doppelte Papierzeile hat Blatt und Zeile einer erfassten Unterschrift. Jede Zeile wird nur einmal erfasst, als Unterschrift oder als doppelte Zeile.",
    duplicate_line_orphaned:
      "Zu einer doppelten Papierzeile gibt es keine Unterschrift derselben Person mehr, so dass die Person nirgends zählt. Geben Sie die Zeile neu ein.",
    duplicate_before_signature:
      "Eine doppelte Papierzeile verweist auf eine frühere Unterschrift über einen Kanal, auf dem das Protokoll bei ihrer Erfassung noch keine Unterschrift enthielt.",
  },
  report: {
    heading: (title: string) => `Unterschriftenprotokoll „${title}“`,
    petitionId: (id: string) => `Bürgerbegehren-ID: ${id}`,
    length: (length: number) => `Länge: ${formatNumber(length)} ${length === 1 ? "Eintrag" : "Einträge"}`,
    headHash: (hash: string) => `Kopf-Hash (SHA-256): ${hash}`,
    unsealed: (count: number) =>
      `${formatNumber(count)} ${count === 1 ? "Eintrag kam" : "Einträge kamen"} während der Prüfung hinzu. Sie sind mitgeprüft, aber noch nicht im Kopf-Hash enthalten.`,
    signatureRows: (count: number) => `Unterschriften in der Tabelle: ${formatNumber(count)}`,
    countsHeading: "Unterschriften laut Protokoll, in Klammern laut Zähler:",
    countLine: (channel: string, status: string, fromLog: number, counter: number) =>
      `${channel}, ${status}: ${formatNumber(fromLog)} (${formatNumber(counter)})`,
    noSignatures: "Keine Unterschriften.",
    ok: "Ergebnis: in Ordnung. Die Kette ist lückenlos, jeder Eintrag passt zu seinem Hash, Unterschriften, Zähler und Tageszähler stimmen mit dem Protokoll überein, und die doppelten Papierzeilen passen dazu.",
    failed: (seq: number) => `Ergebnis: FEHLER ab Laufnummer ${formatNumber(seq)}.`,
    failedIn: {
      counters: "Ergebnis: FEHLER bei den Zählern.",
      dailyCounters: "Ergebnis: FEHLER bei den Tageszählern.",
      duplicateLines: "Ergebnis: FEHLER bei den doppelten Papierzeilen.",
      unsealed: "Ergebnis: FEHLER bei einem Eintrag, der während der Prüfung hinzukam.",
    },
    problemsHeading: (shown: number, total: number) =>
      shown === total ? `Befunde (${formatNumber(total)}):` : `Befunde: ${formatNumber(total)}, die ersten ${formatNumber(shown)}:`,
    problemAt: (seq: number) => `Laufnummer ${formatNumber(seq)}`,
    problemIn: { counters: "Zähler", dailyCounters: "Tageszähler", duplicateLines: "Doppelte Papierzeile", unsealed: "Neuer Eintrag" },
    countMismatch: (channel: string, status: string, counter: number, fromLog: number) =>
      `${channel}, ${status}: Der Zähler nennt ${formatNumber(counter)}, das Protokoll ${formatNumber(fromLog)}.`,
    dailyTotalMismatch: (channel: string, status: string, sum: number, fromLog: number) =>
      `${channel}, ${status}: Die Tageszähler ergeben ${formatNumber(sum)}, das Protokoll ${formatNumber(fromLog)}.`,
    dailyCountMismatch: (day: string, channel: string, status: string, counter: number, signatures: number) =>
      `${day.split("-").reverse().join(".")}, ${channel}, ${status}: Der Tageszähler nennt ${formatNumber(counter)}, die Tabelle der Unterschriften ${formatNumber(signatures)}.`,
    duplicateLine: (sheet: number, line: number, channel: string) =>
      `Blatt ${formatNumber(sheet)}, Zeile ${formatNumber(line)}, frühere Unterschrift: ${channel}.`,
  },
  cli: {
    usage: "Aufruf: npm run log:verify -- BUERGERBEGEHREN-ID (die UUID oder ihre ersten 8 oder mehr Zeichen)",
    invalidReference: (value: string) =>
      `„${value}“ ist keine Bürgerbegehren-ID. Geben Sie die UUID aus der Adresse des Bürgerbegehrens an oder ihre ersten 8 oder mehr Zeichen.`,
    notFound: (value: string) => `Ein Bürgerbegehren mit der ID ${value} gibt es nicht. Prüfen Sie die ID.`,
    ambiguous: (value: string) => `Mehrere Bürgerbegehren beginnen mit ${value}. Geben Sie mehr Zeichen der ID an.`,
    erased: (title: string, erasedAt: string, length: number, headHash: string) =>
      `Die Unterschriften zu „${title}“ wurden am ${erasedAt} nach Ablauf der Aufbewahrungsfrist gelöscht, mit den Einträgen des Protokolls. Die Kette lässt sich nicht mehr nachrechnen. Gespeichert sind Länge ${length} und Kopf-Hash ${headHash}; vergleichen Sie sie mit dem Kopf im beglaubigten Ergebnis.`,
  },
  page: {
    title: (title: string) => `Wahlamt: ${title}`,
    heading: "Bürgerbegehren im Wahlamt",
    statusLabel: "Status",
    collectionLabel: "Sammelfrist",
    collection: (from: string, to: string) => `${from} bis ${to}`,
    logHeading: "Unterschriftenprotokoll",
    logIntro:
      "Jede Änderung an den Unterschriften steht in einem Protokoll, in dem jeder Eintrag den Hash des vorigen enthält. Die Prüfung rechnet die Kette und die Zahlen daraus nach und vergleicht sie mit der Tabelle der Unterschriften und den Zählern.",
    headLabel: "Versiegelter Stand",
    headValue: (length: number, hash: string) => `${formatNumber(length)} Einträge, Kopf-Hash ${hash}`,
    sealedAtLabel: "Zuletzt versiegelt",
    neverSealed: "noch nie",
    unsealedLabel: "Noch nicht versiegelt",
    verifyButton: "Protokoll jetzt prüfen",
    verifiedAt: (when: string) => `Geprüft am ${when}`,
    backToDashboard: "Zur Übersicht des Bürgerbegehrens",
    erased: (erasedAt: string) =>
      `Die Unterschriften und die Einträge des Protokolls wurden am ${erasedAt} nach Ablauf der Aufbewahrungsfrist gelöscht. Die Kette lässt sich daher nicht mehr nachrechnen. Erhalten sind der Stand des Protokolls und die Zahlen bei der Löschung. Vergleichen Sie den Kopf-Hash mit dem Kopf im beglaubigten Ergebnis.`,
    erasedHeadLabel: "Stand bei der Löschung",
    finalCountsHeading: "Unterschriften bei der Löschung:",
    finalCountLine: (channel: string, status: string, count: number) => `${channel}, ${status}: ${formatNumber(count)}`,
  },
};
