const germanNumber = new Intl.NumberFormat("de-DE");
const germanDate = new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
const germanDateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" });

const formatNumber = (value: number) => germanNumber.format(value);
/** Format a YYYY-MM-DD calendar date the German way, e.g. 01.03.2026. */
const formatDate = (isoDate: string) => germanDate.format(new Date(`${isoDate}T00:00:00Z`));
const formatDateTime = (when: Date) => germanDateTime.format(when);

/** Texts of the submission (Einreichung), the quorum basis and the admissibility decision, for organisers, the office and the public. */
export const submission = {
  formatNumber,
  formatDate,
  formatDateTime,
  confirm: {
    title: (title: string) => `Einreichen: ${title}`,
    heading: "Bürgerbegehren beim Wahlamt einreichen",
    intro: "Mit der Einreichung übergeben Sie das Bürgerbegehren dem Wahlamt zur Prüfung. Bitte lesen Sie, was dann geschieht.",
    consequencesHeading: "Was bei der Einreichung geschieht",
    stopsCollecting: "Die Sammlung endet sofort: Niemand kann mehr unterschreiben, weder mit der Wallet noch mit einem Passkey, auch wenn die Sammelfrist noch läuft.",
    sealed: "Der Inhalt des Bürgerbegehrens und der Stand des Unterschriftenprotokolls werden mit Prüfsumme festgehalten, zusammen mit Ihrem Namen und dem Zeitpunkt.",
    once: "Sie können nur einmal einreichen. Die Einreichung lässt sich nicht zurücknehmen.",
    office: "Das Wahlamt prüft danach die Unterschriften, stellt das Quorum fest und entscheidet über die Zulässigkeit. Die Entscheidung sehen Sie hier und auf der öffentlichen Seite.",
    paper: "Bringen Sie die Unterschriftenlisten auf Papier dem Wahlamt, wie mit ihm vereinbart.",
    countNow: (count: number, quorum: number) => `Bis jetzt zählen ${formatNumber(count)} Unterschriften, das Quorum ist ${formatNumber(quorum)}.`,
    periodRunning: (end: string) => `Die Sammelfrist liefe noch bis zum ${formatDate(end)}.`,
    confirm: "Jetzt verbindlich einreichen",
    back: "Zurück zur Übersicht",
  },
  submitLink: "Beim Wahlamt einreichen",
  submitted: "Das Bürgerbegehren ist eingereicht. Die Sammlung ist beendet.",
  errors: {
    alreadySubmittedTitle: "Schon eingereicht",
    alreadySubmitted: "Dieses Bürgerbegehren ist schon eingereicht. Eine zweite Einreichung gibt es nicht. Den Stand sehen Sie in der Übersicht.",
    notPublishedTitle: "Noch nicht veröffentlicht",
    notPublished: "Ein Entwurf kann nicht eingereicht werden. Veröffentlichen Sie das Bürgerbegehren zuerst und sammeln Sie Unterschriften.",
    notStartedTitle: "Sammlung hat noch nicht begonnen",
    notStarted: (start: string) => `Die Sammelfrist beginnt erst am ${formatDate(start)}. Reichen Sie das Bürgerbegehren ein, wenn die Sammlung begonnen hat.`,
    closedTitle: "Bürgerbegehren beendet",
    closed: "Dieses Bürgerbegehren ist beendet und kann nicht mehr eingereicht werden. Wenden Sie sich bei Fragen an das Wahlamt.",
    toOverview: "Zur Übersicht",
  },
  record: {
    heading: "Einreichung und Prüfung",
    submittedLabel: "Eingereicht",
    submittedValue: (when: Date, name: string | null) => (name === null ? formatDateTime(when) : `${formatDateTime(when)} von ${name}`),
    notSubmitted: "Noch nicht eingereicht.",
    contentHashLabel: "Prüfsumme des Inhalts (SHA-256)",
    logLabel: "Unterschriftenprotokoll bei Einreichung",
    logValue: (length: number, hash: string) => `${formatNumber(length)} Einträge, Kopf-Hash ${hash}`,
    quorumLabel: "Quorum",
    quorumFromBasis: (quorum: number, percent: number, residents: number, referenceDate: string) =>
      `${formatNumber(quorum)} Unterschriften: ${percent} % von ${formatNumber(residents)} Berechtigten am Stichtag ${formatDate(referenceDate)}, aufgerundet`,
    quorumPending: (quorum: number) => `${formatNumber(quorum)} Unterschriften, wie von den Initiatoren angegeben. Das Wahlamt stellt das Quorum noch fest.`,
    decisionLabel: "Zulässigkeit",
    decisionPending: "Das Wahlamt hat noch nicht über die Zulässigkeit entschieden.",
    admissible: "zulässig",
    inadmissible: "unzulässig",
    decisionValue: (admissible: boolean, decidedOn: string, reference: string) =>
      `${admissible ? "Zulässig" : "Unzulässig"}, entschieden am ${formatDate(decidedOn)}, Aktenzeichen ${reference}`,
    noteLabel: "Anmerkung des Wahlamts",
    corrected: (count: number) => (count === 1 ? "Die Entscheidung wurde einmal berichtigt." : `Die Entscheidung wurde ${count}-mal berichtigt.`),
  },
  public: {
    submitted: (date: Date) => `Eingereicht beim Wahlamt am ${formatDateTime(date)}. Die Sammlung ist beendet.`,
    decisionPending: "Das Wahlamt prüft das Bürgerbegehren.",
    admissible: (decidedOn: string, reference: string) =>
      `Das Wahlamt hat das Bürgerbegehren am ${formatDate(decidedOn)} für zulässig erklärt (Aktenzeichen ${reference}).`,
    inadmissible: (decidedOn: string, reference: string) =>
      `Das Wahlamt hat das Bürgerbegehren am ${formatDate(decidedOn)} für unzulässig erklärt (Aktenzeichen ${reference}).`,
    quorumBasis: (percent: number, residents: number, referenceDate: string) =>
      `Das Quorum sind ${percent} % der ${formatNumber(residents)} Berechtigten am Stichtag ${formatDate(referenceDate)}, aufgerundet.`,
  },
};
