const germanNumber = new Intl.NumberFormat("de-DE");
const germanDate = new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });

/** Format a YYYY-MM-DD calendar date the German way, e.g. 01.03.2026. */
const formatDate = (isoDate: string) => germanDate.format(new Date(`${isoDate}T00:00:00Z`));
const formatNumber = (value: number) => germanNumber.format(value);

export const petitions = {
  formatDate,
  formatNumber,
  list: {
    title: "Bürgerbegehren",
    heading: "Laufende Bürgerbegehren",
    intro:
      "Hier unterstützen Sie Bürgerbegehren in Ihrer Gemeinde. Sie weisen mit Ihrer Wallet nach, dass Sie unterschreiben dürfen, und können jedes Bürgerbegehren einmal unterschreiben.",
    empty: "Im Moment sammelt kein Bürgerbegehren Unterschriften.",
    progress: (count: number, quorum: number) =>
      `${formatNumber(count)} von ${formatNumber(quorum)} Unterschriften`,
    endsOn: (date: string) => `Sammlung bis einschließlich ${formatDate(date)}`,
  },
  page: {
    decisionProposal: "Entscheidungsvorschlag",
    reasoning: "Begründung",
    costCoverageProposal: "Kostendeckungsvorschlag",
    representatives: "Vertrauenspersonen",
    representative: "Vertrauensperson",
    deputy: "Stellvertretung",
    notifiedOn: (date: string) => `Der Gemeinde angezeigt am ${formatDate(date)}.`,
    whoMaySign: "Wer unterschreiben darf",
    municipalities: (names: string) => `Sie wohnen mit Hauptwohnsitz in: ${names}.`,
    municipalityKey: (key: string) => `Gemeinde mit Gemeindeschlüssel ${key}`,
    minimumAge: (years: number) => `Sie sind am Tag der Unterschrift mindestens ${years} Jahre alt.`,
    euNationalities: "Sie sind Deutsche oder Deutscher oder besitzen die Staatsangehörigkeit eines anderen Mitgliedstaats der Europäischen Union.",
    nationalities: (names: string) => `Sie besitzen eine dieser Staatsangehörigkeiten: ${names}.`,
    minimumResidence: (months: number) =>
      months === 1
        ? "Sie wohnen dort seit mindestens einem Monat."
        : `Sie wohnen dort seit mindestens ${months} Monaten.`,
    signatureKindsHeading: "Welche Unterschriften zählen",
    signatureKinds: {
      paperOnly:
        "Für das gesetzliche Quorum zählen nur handschriftliche Unterschriften auf den Unterschriftenlisten. Die Sächsische Gemeindeordnung verlangt dafür die Schriftform. Eine Online-Unterschrift hier zeigt Ihre Unterstützung, zählt aber nicht für das Quorum.",
      onlineAndPaper:
        "Für dieses Bürgerbegehren zählen handschriftliche Unterschriften auf den Unterschriftenlisten und Online-Unterschriften. Online-Unterschriften zählen nur, weil die Gemeinde ein Pilotverfahren mit gesetzlicher Grundlage durchführt; sonst verlangt die Sächsische Gemeindeordnung handschriftliche Unterschriften.",
      onlineOnly:
        "Für dieses Bürgerbegehren zählen nur Online-Unterschriften. Das gilt nur, weil die Gemeinde ein Pilotverfahren mit gesetzlicher Grundlage durchführt; sonst verlangt die Sächsische Gemeindeordnung handschriftliche Unterschriften.",
    },
    statusHeading: "Stand der Sammlung",
    signHeading: "Unterschreiben",
    signButton: "Mit Wallet unterschreiben",
    signHint:
      "Sie brauchen eine Wallet mit einem Personalausweis-Nachweis (PID) oder einem anderen angenommenen Nachweis. Ihre Angaben werden nur geprüft, nicht gespeichert.",
    backToList: "Zur Übersicht der Bürgerbegehren",
  },
  count: {
    progressLabel: "Fortschritt zum Quorum",
    towardQuorum: (count: number, quorum: number) =>
      `${formatNumber(count)} von ${formatNumber(quorum)} nötigen Unterschriften`,
    split: (proven: number, confirmed: number) =>
      `Davon ${formatNumber(proven)} online vollständig durch Nachweis belegt und ${formatNumber(confirmed)} vom Wahlamt bestätigt (Papierlisten und geprüfte Online-Unterschriften).`,
    provisionalPending: (count: number) =>
      count === 1
        ? "Dazu kommt 1 vorläufige Unterschrift, die das Wahlamt noch im Melderegister prüft. Sie zählt erst, wenn das Wahlamt sie bestätigt."
        : `Dazu kommen ${formatNumber(count)} vorläufige Unterschriften, die das Wahlamt noch im Melderegister prüft. Sie zählen erst, wenn das Wahlamt sie bestätigt.`,
    onlineNotCounting: (count: number) =>
      count === 1
        ? "Dazu kommt 1 Online-Unterstützung, die nicht für das gesetzliche Quorum zählt."
        : `Dazu kommen ${formatNumber(count)} Online-Unterstützungen, die nicht für das gesetzliche Quorum zählen.`,
    quorumReached: "Das Quorum ist erreicht.",
  },
  period: {
    endsToday: "Die Sammlung endet heute um 24:00 Uhr.",
    endsTomorrow: "Noch 1 Tag: Die Sammlung endet morgen um 24:00 Uhr.",
    daysLeft: (days: number, endsOn: string) =>
      `Noch ${formatNumber(days)} Tage: Die Sammlung endet am ${formatDate(endsOn)} um 24:00 Uhr.`,
    notStarted: (startsOn: string) => `Die Sammlung beginnt am ${formatDate(startsOn)}.`,
    ended: "Die Sammlung ist beendet. Sie können nicht mehr unterschreiben.",
  },
  receipt: {
    heading: "Quittung prüfen",
    label: "Quittungscode",
    hint: "Den Code haben Sie nach dem Unterschreiben erhalten, zum Beispiel ABCD-EFGH-JKLM-NPQR.",
    button: "Prüfen",
    title: "Quittung prüfen",
    statuses: {
      proven: {
        title: "Ihre Unterschrift ist gezählt.",
        detail: (code: string) => `Zum Quittungscode ${code} ist für dieses Bürgerbegehren eine Unterschrift gezählt. Ihr Nachweis hat alle Voraussetzungen belegt.`,
      },
      provisional: {
        title: "Ihre Unterschrift ist vorläufig erfasst.",
        detail: (code: string) =>
          `Zum Quittungscode ${code} ist für dieses Bürgerbegehren eine Unterschrift vorläufig erfasst. Ihr Nachweis hat nicht alle Voraussetzungen belegt, deshalb prüft das Wahlamt die fehlenden Angaben noch im Melderegister. Für das Quorum zählt die Unterschrift erst, wenn das Wahlamt sie bestätigt. Ob es sie bestätigt oder für ungültig erklärt, sehen Sie hier.`,
      },
      confirmed: {
        title: "Ihre Unterschrift ist gezählt und vom Wahlamt bestätigt.",
        detail: (code: string) => `Zum Quittungscode ${code} ist für dieses Bürgerbegehren eine Unterschrift gezählt. Das Wahlamt hat Ihre Berechtigung im Melderegister bestätigt.`,
      },
      invalid: {
        title: "Ihre Unterschrift zählt nicht: Das Wahlamt hat sie für ungültig erklärt.",
        detail: (code: string, reason: string) =>
          `Die Unterschrift zum Quittungscode ${code} hat das Wahlamt für ungültig erklärt. Grund: ${reason}. Die Entscheidung gilt, deshalb können Sie dieses Bürgerbegehren nicht erneut unterschreiben. Halten Sie sie für falsch, wenden Sie sich an das Wahlamt Ihrer Gemeinde.`,
      },
    },
    supportOnlyTitle: "Ihre Online-Unterstützung ist erfasst.",
    supportOnly: (code: string) =>
      `Zum Quittungscode ${code} ist für dieses Bürgerbegehren Ihre Online-Unterstützung erfasst. Für das Quorum zählt hier nur eine handschriftliche Unterschrift auf einer Unterschriftenliste. Eine Liste bekommen Sie bei den Vertrauenspersonen, deren Kontaktdaten auf der Seite des Bürgerbegehrens stehen.`,
    supersededTitle: "Ihre Unterschrift auf Papier ersetzt die Online-Unterschrift",
    superseded: (code: string) =>
      `Zum Quittungscode ${code} gab es eine Online-Unterschrift. Danach hat das Wahlamt Ihre handschriftliche Unterschrift von einer Unterschriftenliste erfasst. Für dieses Bürgerbegehren zählen nur Unterschriften auf Papier, deshalb gilt jetzt Ihre Unterschrift auf der Liste, und die Online-Unterschrift wurde entfernt.`,
    supersededPaperInvalidTitle: "Ihre Unterschrift auf Papier ist ungültig",
    supersededPaperInvalid: (code: string, reason: string) =>
      `Zum Quittungscode ${code} gab es eine Online-Unterstützung. Sie wurde durch Ihre Unterschrift auf einer Unterschriftenliste ersetzt, weil für dieses Bürgerbegehren nur Unterschriften auf Papier zählen. Das Wahlamt hat diese Unterschrift auf Papier für ungültig erklärt, Grund: ${reason}. Deshalb zählt derzeit keine Unterschrift von Ihnen. Halten Sie das für falsch, wenden Sie sich an das Wahlamt Ihrer Gemeinde.`,
    supersededPaperRemovedTitle: "Derzeit zählt keine Unterschrift von Ihnen",
    supersededPaperRemoved: (code: string) =>
      `Zum Quittungscode ${code} gab es eine Online-Unterstützung. Sie wurde durch Ihre Unterschrift auf einer Unterschriftenliste ersetzt, weil für dieses Bürgerbegehren nur Unterschriften auf Papier zählen. Diese Unterschrift auf Papier hat das Wahlamt inzwischen zurückgezogen oder gelöscht. Deshalb zählt derzeit keine Unterschrift von Ihnen. Fragen dazu beantwortet das Wahlamt Ihrer Gemeinde.`,
    notFoundTitle: "Keine Unterschrift zu diesem Code",
    notFound:
      "Zu diesem Quittungscode ist für dieses Bürgerbegehren keine Unterschrift gezählt. Prüfen Sie, ob Sie den Code vollständig und beim richtigen Bürgerbegehren eingegeben haben. Haben Sie Ihre Unterschrift zurückgezogen, gilt ihr Code nicht mehr. Die Plattform bewahrt ihn danach nicht auf und kann deshalb nicht anzeigen, dass er einmal galt.",
    missing: "Geben Sie Ihren Quittungscode ein.",
    malformed: "Geben Sie den Quittungscode mit seinen 16 Zeichen ein, zum Beispiel ABCD-EFGH-JKLM-NPQR.",
    errorSummaryTitle: "Es gibt ein Problem",
    backToPetition: "Zurück zum Bürgerbegehren",
  },
  cli: {
    usage: "Aufruf: npm run petition:create -- DATEI.json",
    missingFile: "Es fehlt die JSON-Datei mit dem Bürgerbegehren. Geben Sie ihren Pfad an.",
    tooManyArguments: "Geben Sie genau eine JSON-Datei an.",
    unreadable: (file: string) => `${file}: Die Datei lässt sich nicht lesen. Prüfen Sie Pfad und Leserechte.`,
    notUtf8: (file: string) => `${file}: Die Datei ist nicht in UTF-8 kodiert. Speichern Sie sie im Editor als UTF-8 und rufen Sie den Befehl erneut auf.`,
    notJson: (file: string, detail: string) => `${file}: Die Datei ist kein gültiges JSON (${detail}). Korrigieren Sie die Syntax.`,
    invalid: (count: number) =>
      count === 1 ? "1 Problem gefunden; es wurde nichts gespeichert." : `${count} Probleme gefunden; es wurde nichts gespeichert.`,
    fileLevel: "Datei",
    created: (id: string) => `Bürgerbegehren angelegt: ${id}`,
    url: (url: string) => `Öffentliche Seite: ${url}`,
    draftNotice: "Es ist ein Entwurf und erst öffentlich sichtbar, wenn sein Status „collecting“ ist.",
    dataDirInUse: (dataDir: string, pid: number) =>
      `${dataDir}: Die eingebettete Datenbank wird gerade vom Prozess ${pid} (dem Server) benutzt. Stoppen Sie den Server und rufen Sie den Befehl erneut auf, oder verwenden Sie einen PostgreSQL-Server über DATABASE_URL.`,
  },
  input: {
    notAnObject: "Die Datei muss ein JSON-Objekt mit den Feldern des Bürgerbegehrens enthalten.",
    unknownField: "ist kein bekanntes Feld. Entfernen Sie es oder prüfen Sie die Schreibweise.",
    missing: "fehlt. Ergänzen Sie das Feld.",
    notText: "muss ein Text sein. Schreiben Sie den Wert in Anführungszeichen.",
    empty: "ist leer. Geben Sie einen Text ein.",
    controlCharacter:
      "enthält ein unsichtbares Steuerzeichen (etwa aus einer kopierten Vorlage). Entfernen Sie es, indem Sie die Stelle neu eintippen.",
    tooLong: (max: number) => `ist länger als ${formatNumber(max)} Zeichen. Kürzen Sie den Text.`,
    notAQuestion:
      "ist keine mit Ja oder Nein zu beantwortende Frage. Beginnen Sie mit einem Wort wie „Soll“, „Sollen“, „Ist“, „Sind“, „Wird“ oder „Dürfen“ und enden Sie mit „?“.",
    notAPerson: "muss ein Objekt mit „name“ und „contact“ sein, zum Beispiel {\"name\": \"Erika Muster\", \"contact\": \"erika@example.org\"}.",
    quorum: "muss eine ganze Zahl größer als 0 sein, zum Beispiel 1200.",
    date: "muss ein gültiges Datum im Format JJJJ-MM-TT sein, zum Beispiel 2026-03-01.",
    endBeforeStart: "liegt vor collectionStart. Wählen Sie ein Ende am oder nach dem ersten Sammeltag.",
    notificationAfterStart:
      "liegt nach collectionStart. Zeigen Sie das Bürgerbegehren der Gemeinde vor dem ersten Sammeltag an und tragen Sie dieses Datum ein.",
    endTooLate:
      "liegt mehr als ein Jahr nach notificationDate. Das Bürgerbegehren muss innerhalb eines Jahres nach der Anzeige eingereicht werden; wählen Sie ein früheres Ende.",
    endAfterCouncilDeadline:
      "liegt mehr als drei Monate nach councilDecisionPublishedOn. Ein Bürgerbegehren gegen einen Gemeinderatsbeschluss muss innerhalb von drei Monaten nach dessen Bekanntmachung eingereicht werden; wählen Sie ein früheres Ende.",
    eligibleResidents: "muss eine ganze Zahl größer als 0 sein (die Zahl der Bürgerinnen und Bürger, die unterschreiben dürfen), oder null.",
    opposesCouncilDecision: "muss true oder false sein: ob sich das Bürgerbegehren gegen einen Gemeinderatsbeschluss richtet.",
    councilDecisionDateMissing:
      "fehlt. Wenn opposesCouncilDecision true ist, tragen Sie das Datum der Bekanntmachung des Beschlusses ein, zum Beispiel \"2026-02-20\".",
    councilDecisionDateWithoutDecision:
      "ist nur zusammen mit \"opposesCouncilDecision\": true erlaubt. Setzen Sie opposesCouncilDecision auf true oder entfernen Sie das Datum.",
    status: "muss „draft“, „collecting“ oder „closed“ sein.",
    signatureKinds: "muss eine Liste mit „online“, „paper“ oder beidem sein, zum Beispiel [\"paper\"].",
    rules: "muss ein Objekt mit den Regeln sein: municipalityKeys und credentialTypes, dazu wahlweise minimumAge, nationalities und minimumResidenceMonths.",
    municipalityKeys: "muss eine Liste mit mindestens einem Gemeindeschlüssel sein, zum Beispiel [\"14612000\"].",
    municipalityKey: "muss ein Gemeindeschlüssel (AGS) aus genau 8 Ziffern sein, zum Beispiel \"14612000\" für Dresden.",
    unknownMunicipality: "ist kein Gemeindeschlüssel einer Gemeinde, die mitzeichnen kennt. Prüfen Sie die Ziffern; eine weitere Gemeinde wird in src/municipalities/municipalities.ts eingetragen.",
    minimumAge: "muss eine ganze Zahl von 16 bis 99 sein, zum Beispiel 18.",
    nationalities: "muss eine Liste mit mindestens einem Ländercode sein, zum Beispiel [\"DE\"]. Ohne das Feld gelten Deutschland und die anderen EU-Staaten.",
    nationality: "ist kein Ländercode nach ISO 3166-1 Alpha-2. Verwenden Sie zwei Großbuchstaben wie \"DE\" oder \"AT\".",
    minimumResidenceMonths: "muss eine ganze Zahl von 0 bis 120 (Monate) sein, zum Beispiel 3.",
    credentialTypes: "muss eine Liste mit mindestens einem Nachweistyp (vct) sein, zum Beispiel [\"urn:eudi:pid:de:1\"].",
    unsupportedCredentialType: (supported: readonly string[]) =>
      `ist kein Nachweistyp, den die Plattform lesen kann. Möglich sind: ${supported.join(", ")}.`,
    credentialType: "muss ein nicht leerer Nachweistyp (vct) sein, zum Beispiel \"urn:eudi:pid:de:1\".",
  },
} as const;
