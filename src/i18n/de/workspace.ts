import { credentials } from "./credentials";

const germanNumber = new Intl.NumberFormat("de-DE");
const germanDate = new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });

/** Format a YYYY-MM-DD calendar date the German way, e.g. 01.03.2026. */
const formatDate = (isoDate: string) => germanDate.format(new Date(`${isoDate}T00:00:00Z`));
const formatNumber = (value: number) => germanNumber.format(value);

export const workspace = {
  formatDate,
  formatNumber,
  nav: {
    label: "Arbeitsbereich",
    overview: "Meine Bürgerbegehren",
  },
  list: {
    title: "Arbeitsbereich",
    heading: "Meine Bürgerbegehren",
    intro: "Hier legen Sie Bürgerbegehren an, bearbeiten Entwürfe und verfolgen die Sammlung.",
    empty: "Sie gehören noch zu keinem Bürgerbegehren. Legen Sie ein neues an.",
    create: "Neues Bürgerbegehren anlegen",
    status: { draft: "Entwurf", collecting: "Veröffentlicht", closed: "Beendet", submitted: "Eingereicht", decided: "Entschieden" },
    columns: { title: "Titel", status: "Status", period: "Sammelfrist" },
    period: (start: string, end: string) => `${formatDate(start)} bis ${formatDate(end)}`,
  },
  form: {
    createTitle: "Neues Bürgerbegehren",
    editTitle: "Entwurf bearbeiten",
    intro:
      "Füllen Sie alle Felder aus. Sie können den Entwurf speichern und später weiter bearbeiten. Nach der Veröffentlichung lässt sich der Inhalt nicht mehr ändern.",
    errorSummaryTitle: "Es gibt ein Problem",
    errorPrefix: "Fehler: ",
    save: "Entwurf speichern",
    cancel: "Abbrechen",
    optional: "(freiwillig)",
    sections: {
      content: "Inhalt",
      representatives: "Vertrauenspersonen",
      quorum: "Quorum",
      dates: "Anzeige und Fristen",
      rules: "Wer unterschreiben darf",
      signatureKinds: "Arten der Unterschrift",
    },
    title: { label: "Titel", hint: "Kurz und verständlich, zum Beispiel „Freibad Elbwiesen erhalten“." },
    decisionProposal: {
      label: "Entscheidungsvorschlag (Fragestellung)",
      hint: "Eine Frage, die mit Ja oder Nein beantwortet werden kann. Sie beginnt mit einem Wort wie „Soll“, „Sollen“, „Ist“, „Wird“ oder „Darf“ und endet mit einem Fragezeichen.",
    },
    reasoning: { label: "Begründung", hint: "Warum die Bürgerinnen und Bürger entscheiden sollen. Absätze trennen Sie mit einer Leerzeile." },
    costCoverageProposal: {
      label: "Kostendeckungsvorschlag",
      hint: "Wie die Kosten der verlangten Maßnahme gedeckt werden, mit Beträgen.",
    },
    representative: {
      legend: "Vertrauensperson",
      name: "Name",
      contact: "Kontakt (Anschrift, E-Mail oder Telefon)",
    },
    deputy: {
      legend: "Stellvertretende Vertrauensperson",
      name: "Name",
      contact: "Kontakt (Anschrift, E-Mail oder Telefon)",
    },
    quorumSource: {
      legend: "Wie wird das Quorum bestimmt?",
      number: "Ich trage die Zahl der nötigen Unterschriften ein",
      eligibleResidents: "Aus der Zahl der Bürgerinnen und Bürger (5 Prozent, aufgerundet)",
    },
    quorum: { label: "Nötige Unterschriften", hint: "Eine ganze Zahl, zum Beispiel 21786." },
    eligibleResidents: {
      label: "Zahl der Bürgerinnen und Bürger, die unterschreiben dürfen",
      hint: "Die Zahl nennt Ihnen die Gemeinde. Das Quorum ist 5 Prozent davon, aufgerundet.",
    },
    notificationDate: {
      label: "Datum der Anzeige bei der Gemeinde",
      hint: "Der Tag, an dem Sie das Bürgerbegehren der Gemeinde anzeigen. Vorher darf die Sammlung nicht beginnen.",
    },
    opposesCouncilDecision: {
      label: "Das Bürgerbegehren richtet sich gegen einen Beschluss des Gemeinderats",
      hint: "Dann muss es innerhalb von drei Monaten nach der Bekanntmachung des Beschlusses eingereicht werden.",
    },
    councilDecisionPublishedOn: { label: "Datum der Bekanntmachung des Beschlusses" },
    collectionStart: { label: "Erster Sammeltag" },
    collectionEnd: { label: "Letzter Sammeltag", hint: "Die Sammlung endet an diesem Tag um 24:00 Uhr." },
    municipalityKeys: {
      label: "Gemeindeschlüssel (AGS)",
      hint: (known: string) => `8 Ziffern, mehrere durch Komma getrennt. Bekannte Gemeinden: ${known}.`,
    },
    minimumAge: { label: "Mindestalter am Tag der Unterschrift", hint: "In Sachsen 18 Jahre." },
    nationalityRule: {
      legend: "Staatsangehörigkeit",
      eu: "Deutsche und Staatsangehörige anderer EU-Mitgliedstaaten (wie in der Gemeindeordnung)",
      list: "Nur diese Staatsangehörigkeiten:",
    },
    nationalities: { label: "Ländercodes", hint: "Zwei Großbuchstaben nach ISO 3166-1, durch Komma getrennt, zum Beispiel DE, AT." },
    minimumResidenceMonths: { label: "Mindestwohndauer in Monaten", hint: "In Sachsen 3 Monate Hauptwohnsitz in der Gemeinde." },
    credentialTypes: { legend: "Angenommene Nachweise", hint: "Mit diesen Nachweisen aus einer Wallet kann online unterschrieben werden." },
    credentialTypeNames: credentials.typeNames,
    signatureKinds: {
      legend: "Welche Unterschriften zählen für das Quorum?",
      hint: "Online-Unterschriften zählen nur, wenn die Gemeinde ein Pilotverfahren mit gesetzlicher Grundlage durchführt.",
      online: "Online-Unterschriften",
      paper: "Handschriftliche Unterschriften auf Papier",
    },
  },
  errors: {
    titleEmpty: "Geben Sie einen Titel ein.",
    decisionProposalEmpty: "Geben Sie den Entscheidungsvorschlag als Frage ein, die mit Ja oder Nein beantwortet werden kann.",
    decisionProposalNotAQuestion:
      "Formulieren Sie den Entscheidungsvorschlag als Ja-Nein-Frage: Beginnen Sie mit einem Wort wie „Soll“, „Sollen“, „Ist“, „Wird“ oder „Darf“ und enden Sie mit einem Fragezeichen, zum Beispiel „Soll die Stadt das Freibad weiter betreiben?“",
    reasoningEmpty: "Geben Sie eine Begründung ein.",
    costCoverageProposalEmpty: "Geben Sie einen Kostendeckungsvorschlag ein: Wie werden die Kosten der Maßnahme gedeckt?",
    representativeNameEmpty: "Geben Sie den Namen der Vertrauensperson ein.",
    representativeContactEmpty: "Geben Sie an, wie die Vertrauensperson zu erreichen ist.",
    deputyNameEmpty:
      "Geben Sie den Namen der stellvertretenden Vertrauensperson ein. Ein Bürgerbegehren braucht eine Vertrauensperson und eine Stellvertretung.",
    deputyContactEmpty: "Geben Sie an, wie die stellvertretende Vertrauensperson zu erreichen ist.",
    deputySameAsRepresentative:
      "Die Stellvertretung muss eine andere Person sein als die Vertrauensperson. Geben Sie eine zweite Person an.",
    tooLong: (label: string, max: number) => `„${label}“ ist länger als ${formatNumber(max)} Zeichen. Kürzen Sie den Text.`,
    controlCharacter: (label: string) =>
      `„${label}“ enthält ein unsichtbares Steuerzeichen, etwa aus einer kopierten Vorlage. Tippen Sie die betroffene Stelle neu ein.`,
    quorumSource: "Wählen Sie, wie das Quorum bestimmt wird.",
    quorumEmpty: "Geben Sie die Zahl der nötigen Unterschriften ein.",
    quorumNotPositive: "Geben Sie als Quorum eine ganze Zahl größer als 0 ein, zum Beispiel 21786.",
    eligibleResidentsEmpty: "Geben Sie die Zahl der Bürgerinnen und Bürger ein, die unterschreiben dürfen.",
    eligibleResidentsNotPositive: "Geben Sie die Zahl der Bürgerinnen und Bürger als ganze Zahl größer als 0 ein, zum Beispiel 435720.",
    dateEmpty: (label: string) => `Geben Sie „${label}“ ein.`,
    dateInvalid: (label: string) =>
      `„${label}“ ist kein gültiges Datum. Geben Sie ein Datum wie 15.03.2026 ein, das es im Kalender gibt.`,
    councilDecisionDateEmpty: "Geben Sie das Datum ein, an dem der Beschluss des Gemeinderats bekannt gemacht wurde.",
    councilDecisionAfterNotification:
      "Die Bekanntmachung des Beschlusses liegt nach der Anzeige. Prüfen Sie beide Daten: Ein Bürgerbegehren gegen einen Beschluss wird nach dessen Bekanntmachung angezeigt.",
    endBeforeStart: (start: string) =>
      `Der letzte Sammeltag liegt vor dem ersten. Wählen Sie einen Tag am oder nach dem ${formatDate(start)}.`,
    startBeforeNotification: (notification: string) =>
      `Die Sammlung beginnt vor der Anzeige bei der Gemeinde. Wählen Sie als ersten Sammeltag den ${formatDate(notification)} oder später.`,
    endAfterDeadline: (deadline: string, rule: "notification" | "councilDecision") =>
      rule === "councilDecision"
        ? `Die Sammlung endet nach der Einreichungsfrist: Ein Bürgerbegehren gegen einen Beschluss muss innerhalb von drei Monaten nach dessen Bekanntmachung eingereicht werden, also bis zum ${formatDate(deadline)}. Wählen Sie als letzten Sammeltag spätestens diesen Tag.`
        : `Die Sammlung endet nach der Einreichungsfrist: Ein Bürgerbegehren muss innerhalb eines Jahres nach der Anzeige eingereicht werden, also bis zum ${formatDate(deadline)}. Wählen Sie als letzten Sammeltag spätestens diesen Tag.`,
    municipalityKeysEmpty: "Geben Sie mindestens einen Gemeindeschlüssel ein, zum Beispiel 14612000 für Dresden.",
    municipalityKeyMalformed: (key: string) =>
      `„${key}“ ist kein Gemeindeschlüssel. Ein Gemeindeschlüssel (AGS) hat genau 8 Ziffern, zum Beispiel 14612000.`,
    municipalityKeyUnknown: (key: string, known: string) =>
      `Den Gemeindeschlüssel ${key} kennt mitzeichnen nicht. Prüfen Sie die Ziffern. Bekannt sind: ${known}.`,
    minimumAge: "Geben Sie als Mindestalter eine ganze Zahl von 16 bis 99 ein, in Sachsen 18.",
    nationalityRule: "Wählen Sie, welche Staatsangehörigkeiten unterschreiben dürfen.",
    nationalitiesEmpty: "Geben Sie mindestens einen Ländercode ein, zum Beispiel DE.",
    nationalityUnknown: (code: string) =>
      `„${code}“ ist kein Ländercode nach ISO 3166-1. Verwenden Sie zwei Großbuchstaben wie DE oder AT.`,
    minimumResidenceMonths: "Geben Sie als Mindestwohndauer eine ganze Zahl von 0 bis 120 Monaten ein, in Sachsen 3.",
    credentialTypesEmpty: "Wählen Sie mindestens einen Nachweis aus, mit dem online unterschrieben werden kann.",
    credentialTypeUnknown: "Wählen Sie nur Nachweise aus der Liste.",
    signatureKindsEmpty: "Wählen Sie mindestens eine Art der Unterschrift aus, die für das Quorum zählt.",
    signatureKindUnknown: "Wählen Sie nur Arten der Unterschrift aus der Liste.",
  },
  deadlines: {
    heading: "Fristen",
    submission: (lastDay: string) => `Einreichung spätestens am ${formatDate(lastDay)}`,
    ruleNotification: "ein Jahr nach der Anzeige",
    ruleCouncilDecision: "drei Monate nach der Bekanntmachung des Beschlusses",
    daysLeft: (days: number) => {
      if (days < 0) return "Die Frist ist abgelaufen.";
      if (days === 0) return "Heute ist der letzte Tag.";
      if (days === 1) return "Noch 1 Tag.";
      return `Noch ${formatNumber(days)} Tage.`;
    },
    collection: (start: string, end: string) => `Sammlung vom ${formatDate(start)} bis zum ${formatDate(end)}, 24:00 Uhr`,
    notification: (date: string) => `Anzeige bei der Gemeinde am ${formatDate(date)}`,
  },
  draft: {
    title: (title: string) => `Entwurf: ${title}`,
    saved: "Der Entwurf ist gespeichert.",
    status: "Status: Entwurf. Nur Ihr Team sieht dieses Bürgerbegehren.",
    edit: "Entwurf bearbeiten",
    preview: "Vorschau ansehen",
    notificationPdf: "Anzeige als PDF herunterladen",
    publishHeading: "Veröffentlichen",
    publishHint: (start: string) =>
      `Nach der Veröffentlichung ist das Bürgerbegehren öffentlich sichtbar, und sein Inhalt lässt sich nicht mehr ändern. Unterschreiben kann man ab dem ${formatDate(start)}.`,
    publish: "Veröffentlichen …",
    quorum: (quorum: number) => `Quorum: ${formatNumber(quorum)} Unterschriften`,
    quorumFromResidents: (quorum: number, residents: number) =>
      `Quorum: ${formatNumber(quorum)} Unterschriften (5 Prozent von ${formatNumber(residents)} Bürgerinnen und Bürgern, aufgerundet)`,
    backToList: "Zurück zu meinen Bürgerbegehren",
  },
  preview: {
    title: (title: string) => `Vorschau: ${title}`,
    banner: "Vorschau: So sehen Bürgerinnen und Bürger das Bürgerbegehren nach der Veröffentlichung. Unterschreiben ist in der Vorschau nicht möglich.",
    back: "Zurück zum Entwurf",
  },
  publishConfirm: {
    title: (title: string) => `Veröffentlichen: ${title}`,
    heading: "Veröffentlichung bestätigen",
    intro: "Prüfen Sie den Inhalt ein letztes Mal. Mit der Veröffentlichung wird er festgeschrieben.",
    consequencesHeading: "Was die Veröffentlichung bewirkt",
    visible: "Das Bürgerbegehren ist sofort auf der öffentlichen Liste zu sehen.",
    signing: (start: string, end: string) => `Unterschreiben kann man vom ${formatDate(start)} bis zum ${formatDate(end)}.`,
    frozen: "Alle folgenden Angaben lassen sich danach nicht mehr ändern, auch nicht von Ihrem Team oder der Administration, damit alle dieselbe Fassung unterschreiben.",
    frozenHeading: "Diese Angaben werden festgeschrieben",
    quorum: "Quorum",
    signatureKinds: "Arten der Unterschrift",
    credentialTypes: "Angenommene Nachweise",
    confirm: "Verbindlich veröffentlichen",
    back: "Zurück zum Entwurf, ohne zu veröffentlichen",
  },
  conflict: {
    title: "Entwurf inzwischen geändert",
    editBody:
      "Jemand hat diesen Entwurf gespeichert, nachdem Sie das Formular geöffnet haben, in einem anderen Tab oder eine andere Person aus Ihrem Team. Ihre Änderungen wurden nicht gespeichert, damit die neuere Fassung nicht verloren geht.",
    editAction: "Aktuelle Fassung laden und erneut bearbeiten",
    publishBody:
      "Jemand hat diesen Entwurf geändert, nachdem Sie die Bestätigung geöffnet haben. Veröffentlicht wird nur eine Fassung, die Sie geprüft haben. Das Bürgerbegehren ist deshalb nicht veröffentlicht.",
    publishAction: "Aktuelle Fassung prüfen",
    typedHeading: "Ihre Eingaben, die von der aktuellen Fassung abweichen",
    typedHint: "Kopieren Sie, was Sie behalten möchten, bevor Sie die aktuelle Fassung laden.",
  },
  publish: {
    published: "Das Bürgerbegehren ist veröffentlicht.",
    frozenTitle: "Inhalt nicht mehr änderbar",
    frozen:
      "Dieses Bürgerbegehren ist veröffentlicht. Sein Inhalt ist seitdem festgeschrieben und lässt sich nicht mehr ändern, damit alle dieselbe Fassung unterschreiben.",
    periodEndedTitle: "Sammelfrist vorbei",
    periodEnded: (end: string) =>
      `Die Sammelfrist endete am ${formatDate(end)}. Bearbeiten Sie den Entwurf und wählen Sie eine Sammelfrist, die noch nicht vorbei ist.`,
    toDashboard: "Zur Übersicht der Sammlung",
  },
  dashboard: {
    title: (title: string) => `Sammlung: ${title}`,
    countHeading: "Stand gegenüber dem Quorum",
    towardQuorum: (count: number, quorum: number) => `${formatNumber(count)} von ${formatNumber(quorum)} nötigen Unterschriften`,
    percent: (percent: number) => `${percent.toLocaleString("de-DE", { maximumFractionDigits: 1 })} Prozent des Quorums`,
    proven: "Online durch Nachweis belegt",
    confirmed: "Vom Wahlamt bestätigt (Papier und geprüfte Online-Unterschriften)",
    provisional: "Vorläufig (das Wahlamt prüft im Melderegister)",
    onlineNotCounting: (count: number) => `Online-Unterstützungen, die nicht für das Quorum zählen: ${formatNumber(count)}`,
    channelHeading: "Nach Art der Unterschrift",
    channels: { wallet: "Wallet", passkey: "Passkey", paper: "Papier" },
    timeHeading: "Zeit",
    notStarted: (start: string) => `Die Sammlung beginnt am ${formatDate(start)}.`,
    daysLeft: (days: number, end: string) =>
      days === 0
        ? `Heute ist der letzte Sammeltag (${formatDate(end)}).`
        : `Noch ${formatNumber(days)} ${days === 1 ? "Tag" : "Tage"} bis zum Ende der Sammlung am ${formatDate(end)}.`,
    ended: (end: string) => `Die Sammlung endete am ${formatDate(end)}.`,
    perDayHeading: "Unterschriften pro Tag",
    chartTitle: "Unterschriften pro Tag",
    chartDescription: (days: number, max: number, total: number) =>
      `Säulendiagramm über ${formatNumber(days)} ${days === 1 ? "Tag" : "Tage"} mit zusammen ${formatNumber(total)} ${total === 1 ? "Unterschrift" : "Unterschriften"}; höchstens ${formatNumber(max)} an einem Tag. Die Tabelle daneben enthält dieselben Zahlen.`,
    chartEmpty: "Noch keine Unterschriften.",
    tableCaption: "Unterschriften pro Tag",
    tableColumns: { day: "Tag", total: "Gesamt", proven: "Belegt", confirmed: "Bestätigt", provisional: "Vorläufig" },
    csv: "Tageszahlen als CSV herunterladen (für Excel)",
    live: "Die Zahlen aktualisieren sich alle 10 Sekunden.",
    privacy: "Sie sehen nur Zahlen. Wer unterschrieben hat, sieht niemand aus dem Team.",
    officePage: "Zur Seite des Wahlamts für dieses Bürgerbegehren",
    publicPage: "Öffentliche Seite ansehen",
  },
  csv: {
    columns: ["Datum", "Unterschriften gesamt", "davon belegt", "davon vom Wahlamt bestätigt", "davon vorläufig", "Wallet", "Passkey", "Papier"],
    separator: ";",
    formatDate,
    filename: (slug: string) => `tageszahlen-${slug}.csv`,
  },
  notificationPdf: {
    filename: "anzeige-buergerbegehren.pdf",
    documentTitle: (title: string) => `Anzeige des Bürgerbegehrens „${title}“`,
    heading: "Anzeige eines Bürgerbegehrens",
    addressee: (municipalities: string) => `An: ${municipalities}`,
    intro: (date: string) =>
      `Hiermit zeigen die unterzeichnenden Vertrauenspersonen das folgende Bürgerbegehren an. Datum der Anzeige: ${formatDate(date)}.`,
    title: "Titel",
    decisionProposal: "Entscheidungsvorschlag (Fragestellung)",
    reasoning: "Begründung",
    costCoverageProposal: "Kostendeckungsvorschlag",
    representatives: "Vertrauenspersonen",
    representative: "Vertrauensperson",
    deputy: "Stellvertretende Vertrauensperson",
    councilDecision: (date: string) =>
      `Das Bürgerbegehren richtet sich gegen einen Beschluss des Gemeinderats, bekannt gemacht am ${formatDate(date)}.`,
    rules: "Unterschriftsberechtigung",
    deadlines: "Fristen",
    quorumHeading: "Quorum",
    quorum: (quorum: number) => `Nötige Unterschriften: ${formatNumber(quorum)}`,
    signatureKinds: (kinds: readonly ("online" | "paper")[]) =>
      `Gesammelt werden ${kinds.map((kind) => (kind === "paper" ? "handschriftliche Unterschriften auf Papier" : "Online-Unterschriften")).join(" und ")}.`,
    signatureLines: "Unterschriften der Vertrauenspersonen",
    placeAndDate: "Ort, Datum",
    signature: (name: string) => `Unterschrift ${name}`,
    rulesMunicipalities: (names: string) => `Hauptwohnsitz in: ${names}`,
    rulesMinimumAge: (years: number) => `Mindestalter am Tag der Unterschrift: ${years} Jahre`,
    rulesEuNationalities: "Staatsangehörigkeit: Deutschland oder ein anderer Mitgliedstaat der Europäischen Union",
    rulesNationalities: (names: string) => `Staatsangehörigkeit: ${names}`,
    rulesResidence: (months: number) => `Hauptwohnsitz in der Gemeinde seit mindestens ${months} ${months === 1 ? "Monat" : "Monaten"}`,
    submissionDeadline: (lastDay: string, rule: string) => `Einreichung spätestens am ${formatDate(lastDay)} (${rule})`,
    createdOn: (date: string) => `Erstellt am ${formatDate(date)} mit mitzeichnen`,
    page: (page: number, pages: number) => `Seite ${page} von ${pages}`,
  },
} as const;
