const germanNumber = new Intl.NumberFormat("de-DE");
const germanDate = new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
const germanDateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });

const formatNumber = (value: number) => germanNumber.format(value);
const formatDate = (isoDate: string) => germanDate.format(new Date(`${isoDate}T00:00:00Z`));

/** Texts of the election office's queue, of the quorum basis form and of the admissibility decision form. */
export const admissibility = {
  queue: {
    title: "Wahlamt: Bürgerbegehren",
    heading: "Bürgerbegehren im Wahlamt",
    link: "Wahlamt: eingereichte Bürgerbegehren",
    waitingHeading: "Eingereicht, Entscheidung offen",
    waitingEmpty: "Kein eingereichtes Bürgerbegehren wartet auf eine Entscheidung.",
    decidedHeading: "Entschieden",
    decidedEmpty: "Noch keine Entscheidung.",
    otherHeading: "Weitere veröffentlichte Bürgerbegehren",
    otherEmpty: "Keine weiteren veröffentlichten Bürgerbegehren.",
    columns: {
      title: "Titel",
      submittedAt: "Eingereicht am",
      count: "Unterschriften",
      quorum: "Quorum",
      status: "Stand",
      period: "Sammelfrist",
    },
    formatSubmittedAt: (when: Date) => germanDateTime.format(when),
    count: (count: number) => formatNumber(count),
    quorum: (quorum: number, set: boolean) => (set ? formatNumber(quorum) : `${formatNumber(quorum)} (noch nicht festgestellt)`),
    reached: "erreicht",
    notReached: "nicht erreicht",
    admissible: "zulässig",
    inadmissible: "unzulässig",
    period: (start: string, end: string) => `${formatDate(start)} bis ${formatDate(end)}`,
  },
  quorumForm: {
    heading: "Quorum feststellen",
    intro: (percent: number) =>
      `Tragen Sie die Zahl der Bürgerinnen und Bürger ein, die am Stichtag unterschreiben durften, laut Melderegister. Das Quorum ist ${percent} % davon, aufgerundet.`,
    eligibleResidents: { label: "Zahl der Berechtigten", hint: "Eine ganze Zahl, zum Beispiel 435.720." },
    referenceDate: { label: "Stichtag", hint: "Der Tag, auf den sich die Zahl bezieht, zum Beispiel 15.03.2026." },
    submit: "Quorum speichern",
    replaceHint: "Eine neue Eingabe ersetzt die bisherige, bis über die Zulässigkeit entschieden ist.",
    saved: (quorum: number) => `Gespeichert. Das Quorum ist ${formatNumber(quorum)} Unterschriften.`,
    lockedAfterDecision: "Nach der Zulässigkeitsentscheidung lässt sich das Quorum nicht mehr ändern.",
  },
  decisionForm: {
    heading: "Zulässigkeit entscheiden",
    correctionHeading: "Zulässigkeitsentscheidung berichtigen",
    intro: "Tragen Sie die Entscheidung ein, wie sie in der Akte steht. Die Initiatoren und die Öffentlichkeit sehen sie danach.",
    correctionIntro:
      "Ändern Sie die Angaben, wenn die eingetragene Entscheidung falsch ist. Die bisherigen Werte bleiben im Änderungsprotokoll erhalten.",
    admissible: { legend: "Ist das Bürgerbegehren zulässig?", yes: "Ja, zulässig", no: "Nein, unzulässig" },
    decidedOn: { label: "Datum der Entscheidung", hint: "Zum Beispiel 20.04.2026." },
    reference: { label: "Aktenzeichen", hint: "Wie in der Akte, zum Beispiel 33.1-2026/014." },
    note: { label: "Anmerkung", hint: "Freiwillig. Zum Beispiel der Grund einer Unzulässigkeit. Die Öffentlichkeit sieht sie." },
    submit: "Entscheidung speichern",
    submitCorrection: "Berichtigung speichern",
    saved: "Die Entscheidung ist gespeichert.",
    corrected: "Die Berichtigung ist gespeichert.",
    needsQuorum: "Stellen Sie zuerst das Quorum fest. Danach können Sie über die Zulässigkeit entscheiden.",
    notSubmitted: "Das Bürgerbegehren ist noch nicht eingereicht. Über die Zulässigkeit entscheiden Sie nach der Einreichung.",
  },
  errors: {
    summaryTitle: "Es gibt ein Problem",
    prefix: "Fehler: ",
    eligibleResidentsEmpty: "Geben Sie die Zahl der Berechtigten ein.",
    eligibleResidentsInvalid: (max: number) =>
      `Geben Sie die Zahl der Berechtigten als ganze Zahl von 1 bis ${formatNumber(max)} ein, ohne Komma, zum Beispiel 435.720.`,
    referenceDateEmpty: "Geben Sie den Stichtag ein.",
    dateInvalid: (label: string) => `Geben Sie „${label}“ als gültiges Datum ein, zum Beispiel 15.03.2026.`,
    dateInFuture: (label: string, today: string) => `„${label}“ darf nicht in der Zukunft liegen. Geben Sie ein Datum bis zum ${formatDate(today)} ein.`,
    decidedBeforeSubmission: (submittedOn: string) =>
      `Das Datum der Entscheidung liegt vor der Einreichung am ${formatDate(submittedOn)}. Geben Sie ein Datum ab diesem Tag ein.`,
    decidedOnEmpty: "Geben Sie das Datum der Entscheidung ein.",
    admissibleMissing: "Wählen Sie aus, ob das Bürgerbegehren zulässig ist.",
    referenceEmpty: "Geben Sie das Aktenzeichen ein.",
    referenceTooLong: (max: number) => `Das Aktenzeichen darf höchstens ${max} Zeichen haben. Kürzen Sie es.`,
    noteTooLong: (max: number) => `Die Anmerkung darf höchstens ${formatNumber(max)} Zeichen haben. Kürzen Sie sie.`,
    controlCharacter: (label: string) => `„${label}“ enthält ein unsichtbares Steuerzeichen. Löschen Sie den Text und tippen Sie ihn neu.`,
    notSubmittedTitle: "Noch nicht eingereicht",
    decidedTitle: "Schon entschieden",
    needsQuorumTitle: "Quorum fehlt",
    backToPetition: "Zurück zum Bürgerbegehren",
  },
};
