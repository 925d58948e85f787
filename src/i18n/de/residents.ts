const germanDate = new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Europe/Berlin" });

/** Format an instant as a Berlin calendar date, e.g. 15.03.2026. */
const formatDate = (instant: Date) => germanDate.format(instant);

export const residents = {
  formatDate,
  activation: {
    title: "Berechtigung nachweisen und Passkey einrichten",
    intro:
      "Weisen Sie einmal nach, dass Sie in Ihrer Gemeinde unterschreiben dürfen, und richten Sie dann einen Passkey ein. Mit ihm unterschreiben Sie danach jedes laufende Bürgerbegehren Ihrer Gemeinde, ohne Wallet.",
    codeHeading: "Mit dem Aktivierungscode aus Ihrem Brief",
    walletHeading: "Mit Ihrer Wallet",
    walletHint:
      "Sie haben den KommPass Ihrer Gemeinde in Ihrer Wallet? Dann weisen Sie Ihre Berechtigung damit nach, ganz ohne Brief. Der Personalausweis-Nachweis (PID) reicht dafür nicht, weil er nicht zeigt, seit wann Sie in der Gemeinde wohnen.",
    walletButton: "Mit der Wallet nachweisen",
    walletUnavailable: {
      title: "Nachweis mit der Wallet nicht möglich",
      body: "Diese Plattform nimmt derzeit keinen Wallet-Nachweis an, der alle nötigen Angaben belegt. Richten Sie Ihren Passkey mit einem Aktivierungscode ein; Sie erhalten ihn beim Bürgeramt Ihrer Gemeinde.",
    },
    codeLabel: "Aktivierungscode",
    codeHint: "24 Zeichen aus Ihrem Brief, zum Beispiel 7KQ2-M9XD-4TNB-W3HC-R8PE-6FJA. Groß- und Kleinschreibung und Bindestriche spielen keine Rolle.",
    submit: "Code prüfen",
    errorSummaryTitle: "Der Code wurde nicht angenommen",
    errors: {
      CODE_MISSING: "Geben Sie den Aktivierungscode aus Ihrem Brief ein.",
      CODE_MALFORMED: "Der Code muss 24 Zeichen lang sein und besteht aus Ziffern und Buchstaben. Prüfen Sie Ihre Eingabe.",
      CODE_UNKNOWN: "Diesen Code gibt es nicht. Prüfen Sie Ihre Eingabe, vor allem die ersten acht Zeichen.",
      CODE_WRONG: "Der Code ist falsch. Prüfen Sie Ihre Eingabe Zeichen für Zeichen.",
      CODE_LOCKED:
        "Dieser Code ist gesperrt, weil er zu oft falsch eingegeben wurde. Wenden Sie sich an das Bürgeramt Ihrer Gemeinde; dort erhalten Sie einen neuen Code.",
      CODE_USED:
        "Dieser Code wurde schon verwendet. Haben Sie damit einen Passkey eingerichtet, melden Sie sich unter „Mein Konto“ an. Haben Sie Ihr Konto inzwischen gelöscht oder den Code nicht selbst verwendet, erhalten Sie beim Bürgeramt einen neuen Code. Mit Ihrer Wallet richten Sie einen Passkey auch ohne Code ein.",
      CODE_EXPIRED: "Dieser Code ist abgelaufen. Wenden Sie sich an das Bürgeramt Ihrer Gemeinde; dort erhalten Sie einen neuen Code.",
      ACTIVATION_EXPIRED:
        "Ihr Nachweis mit der Wallet ist abgelaufen oder wurde schon verwendet. Weisen Sie Ihre Berechtigung erneut mit der Wallet nach.",
      NO_ACCOUNT: "Für Sie gibt es kein Konto mehr. Richten Sie einen neuen Passkey ein.",
      PASSKEY_OF_OTHER_ACCOUNT:
        "Dieser Passkey gehört zu einem anderen Konto. Melden Sie sich mit Ihrem eigenen Passkey an oder richten Sie einen neuen ein.",
    },
    tooManyTitle: "Zu viele falsche Versuche",
    tooManyBody: (minutes: number) =>
      `Von Ihrem Anschluss wurden zu viele falsche Codes eingegeben. Versuchen Sie es in ${minutes} ${minutes === 1 ? "Minute" : "Minuten"} erneut.`,
    registerTitle: "Passkey einrichten",
    registerIntro:
      "Ihr Code ist gültig. Richten Sie jetzt Ihren Passkey ein; Ihr Gerät fragt dabei nach Ihrer Displaysperre, Ihrem Fingerabdruck oder Ihrer Gesichtserkennung. Erst dann ist der Code verbraucht.",
    walletRegisterIntro: (minutes: number) =>
      `Ihre Berechtigung ist nachgewiesen. Richten Sie jetzt innerhalb von ${minutes} Minuten Ihren Passkey ein; Ihr Gerät fragt dabei nach Ihrer Displaysperre, Ihrem Fingerabdruck oder Ihrer Gesichtserkennung.`,
    registerButton: "Passkey einrichten",
    existingAccount:
      "Für Sie gibt es schon ein Konto. Melden Sie sich mit Ihrem Passkey an; Ihre Berechtigung gilt dann ab heute neu. Haben Sie Ihren Passkey nicht mehr, etwa nach einem Gerätewechsel, richten Sie einen neuen ein. Er kommt zu Ihrem Konto hinzu, und Ihre Berechtigung gilt ebenfalls ab heute neu.",
    signInHeading: "Mit Ihrem Passkey anmelden",
    signInButton: "Mit Passkey anmelden",
    newPasskeyHeading: "Neuen Passkey einrichten",
    startOver: "Code erneut eingeben",
    walletStartOver: "Neu beginnen",
    checkedCodeMissing: "Die Prüfung ist abgelaufen. Geben Sie den Code erneut ein oder weisen Sie Ihre Berechtigung erneut mit der Wallet nach.",
    problemTitle: "Passkey-Einrichtung nicht möglich",
    notBound: "Diese Wallet-Anfrage hat keinen gültigen Nachweis Ihrer Berechtigung. Öffnen Sie die Anfrage, um ihren Stand zu sehen, oder beginnen Sie neu.",
    defaultPasskeyName: "Passkey",
  },
  ceremonyErrors: {
    FACTS_EXPIRED: "Ihre Angaben müssen neu bestätigt werden.",
    SIGNED_OUT: "Sie sind nicht mehr angemeldet. Melden Sie sich erneut an.",
  },
  signing: {
    heading: "Mit Passkey unterschreiben",
    hint: "Sie haben schon einen Passkey eingerichtet, mit Ihrem Aktivierungsbrief oder Ihrer Wallet? Dann unterschreiben Sie hier mit ihm.",
    button: "Mit Passkey unterschreiben",
    activateLink: "Passkey einrichten, mit Aktivierungsbrief oder Wallet",
    FACTS_EXPIRED: {
      title: "Ihre Angaben müssen neu bestätigt werden",
      body: (days: number) =>
        `Ihre Berechtigung wurde vor mehr als ${days === 1 ? "einem Tag" : `${days} Tagen`} bestätigt und gilt deshalb nicht mehr. Bestätigen Sie sie unter „Passkey einrichten“ mit Ihrer Wallet oder einem neuen Aktivierungscode vom Bürgeramt und unterschreiben Sie dann erneut, oder unterschreiben Sie direkt mit Ihrer Wallet.`,
    },
    ineligible: {
      MUNICIPALITY_NOT_ELIGIBLE: {
        title: "Sie wohnen nicht in der Gemeinde dieses Bürgerbegehrens",
        body: "Nach den Angaben zu Ihrem Passkey liegt Ihr Hauptwohnsitz in einer anderen Gemeinde. Sind Sie umgezogen, bestätigen Sie die neue Anschrift unter „Passkey einrichten“ mit Ihrer Wallet oder einem neuen Aktivierungscode vom Bürgeramt. Sie können auch auf einer Unterschriftenliste unterschreiben.",
      },
      UNDER_AGE: {
        title: "Sie haben das Mindestalter noch nicht erreicht",
        body: "Nach den Angaben zu Ihrem Passkey erreichen Sie das Mindestalter dieses Bürgerbegehrens noch nicht. Auf der Seite des Bürgerbegehrens steht, ab welchem Alter Sie unterschreiben dürfen.",
      },
      NATIONALITY_NOT_ELIGIBLE: {
        title: "Ihre Staatsangehörigkeit berechtigt hier nicht zur Unterschrift",
        body: "Dieses Bürgerbegehren nimmt nur bestimmte Staatsangehörigkeiten an, und Ihre gespeicherte gehört nicht dazu. Stimmen die Angaben nicht, wenden Sie sich an das Bürgeramt.",
      },
      RESIDENCE_TOO_SHORT: {
        title: "Sie wohnen noch nicht lange genug in der Gemeinde",
        body: "Nach den Angaben zu Ihrem Passkey wohnen Sie noch nicht so lange in der Gemeinde, wie dieses Bürgerbegehren verlangt. Unterschreiben Sie erneut, sobald die Frist erfüllt ist und die Sammelfrist noch läuft.",
      },
    },
    noOutcome: {
      title: "Kein Ergebnis vorhanden",
      body: "Das Ergebnis wird nur einmal direkt nach dem Unterschreiben angezeigt. Mit Ihrem Quittungscode prüfen Sie auf der Seite des Bürgerbegehrens, ob Ihre Unterschrift gezählt ist.",
    },
  },
  account: {
    navLabel: "Mein Konto",
    signInTitle: "Anmelden bei „Mein Konto“",
    signInIntro: "Melden Sie sich mit dem Passkey an, den Sie für mitzeichnen eingerichtet haben.",
    signInButton: "Mit Passkey anmelden",
    noAccount: "Noch keinen Passkey? Richten Sie ihn mit dem Code aus Ihrem Aktivierungsbrief oder mit Ihrer Wallet ein.",
    signedOut: "Sie sind nicht mehr angemeldet. Melden Sie sich erneut an.",
    signedOutNotice: "Sie haben sich abgemeldet.",
    title: "Mein Konto",
    signOut: "Abmelden",
    factsHeading: "Ihre Berechtigung",
    factsIntro:
      "Die Plattform kennt Ihren Namen nicht. Sie speichert nur einen Schlüssel, der aus Ihren Meldedaten berechnet ist, und diese Angaben:",
    municipality: (name: string) => `Hauptwohnsitz: ${name}`,
    citizenship: { DE: "Staatsangehörigkeit: deutsch", EU: "Staatsangehörigkeit: eines anderen EU-Mitgliedstaats" },
    provenBy: { letter: "Aktivierungsbrief", in_person: "Bürgeramt", wallet: "Wallet" },
    provenOn: (date: string, how: string) => `Bestätigt am ${date} (${how}).`,
    validUntil: (date: string) => `Gültig bis ${date}; danach müssen Sie Ihre Berechtigung neu bestätigen.`,
    factsStale:
      "Ihre Berechtigung muss neu bestätigt werden. Weisen Sie sie unter „Passkey einrichten“ erneut mit Ihrer Wallet nach, oder holen Sie sich beim Bürgeramt einen neuen Aktivierungscode.",
    signedHeading: "Ihre Unterschriften",
    signedIntro:
      "Laufende Bürgerbegehren, die Sie unterschrieben haben. Die Liste wird bei jedem Aufruf aus Ihrem Schlüssel berechnet; eine Liste Ihrer Unterschriften wird nirgends gespeichert.",
    signedNone: "Sie haben noch kein laufendes Bürgerbegehren unterschrieben.",
    signatureStates: {
      provisional: "vorläufig: Das Wahlamt prüft noch im Melderegister, ob Sie unterschreiben durften",
      paper: "auf einer Unterschriftenliste unterschrieben. Eine Rücknahme richten Sie schriftlich an das Wahlamt Ihrer Gemeinde.",
      onlineSupport: "Online-Unterstützung. Sie zählt nicht für das Quorum, weil hier nur Unterschriften auf Papier zählen.",
      invalid: (reason: string) => `vom Wahlamt für ungültig erklärt, Grund: ${reason}. Die Unterschrift zählt nicht. Halten Sie das für falsch, wenden Sie sich an das Wahlamt Ihrer Gemeinde.`,
    },
    passkeysHeading: "Ihre Passkeys",
    created: (date: string) => `Eingerichtet am ${date}`,
    lastUsed: (date: string) => `Zuletzt verwendet am ${date}`,
    neverUsed: "Noch nicht verwendet",
    remove: "Entfernen",
    removeLabel: (name: string) => `Passkey „${name}“ entfernen`,
    lastPasskeyNote: "Ihren einzigen Passkey können Sie nicht entfernen. Wenn Sie die Plattform nicht mehr nutzen möchten, löschen Sie Ihr Konto.",
    addHeading: "Weiteren Passkey hinzufügen",
    addButton: "Passkey hinzufügen",
    notices: {
      added: "Der Passkey wurde hinzugefügt.",
      removed: "Der Passkey wurde entfernt.",
    },
    removeErrors: {
      PASSKEY_NOT_FOUND: "Diesen Passkey gibt es nicht mehr. Laden Sie die Seite neu.",
      LAST_PASSKEY: "Ihren einzigen Passkey können Sie nicht entfernen.",
    },
    deleteHeading: "Konto löschen",
    deleteLink: "Konto löschen …",
    deleteTitle: "Konto wirklich löschen?",
    deleteConsequences: [
      "Ihre Passkeys, Ihr Schlüssel und Ihre Angaben zur Berechtigung werden sofort und endgültig gelöscht.",
      "Unterschriften, die Sie schon geleistet haben, bleiben gezählt. Sie lassen sich danach keiner Person mehr zuordnen, auch Ihnen nicht.",
      "Um wieder online zu unterschreiben, brauchen Sie einen neuen Aktivierungscode vom Bürgeramt oder Ihre Wallet.",
    ],
    deleteConfirm: "Ja, Konto endgültig löschen",
    deleteCancel: "Abbrechen und zurück zu „Mein Konto“",
    deletedTitle: "Ihr Konto ist gelöscht",
    deletedBody: "Ihre Passkeys, Ihr Schlüssel und Ihre Angaben sind gelöscht. Ihre bisherigen Unterschriften bleiben gezählt.",
    backToOverview: "Zur Übersicht der Bürgerbegehren",
  },
} as const;
