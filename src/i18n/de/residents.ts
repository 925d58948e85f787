const germanDate = new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Europe/Berlin" });

/** Format an instant as a Berlin calendar date, e.g. 15.03.2026. */
const formatDate = (instant: Date) => germanDate.format(instant);

export const residents = {
  formatDate,
  activation: {
    title: "Passkey mit Aktivierungscode einrichten",
    intro:
      "Mit dem Aktivierungscode aus Ihrem Brief richten Sie einmal einen Passkey ein. Danach unterschreiben Sie mit ihm jedes laufende Bürgerbegehren Ihrer Gemeinde, ohne Wallet.",
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
        "Dieser Code wurde schon verwendet. Melden Sie sich unter „Mein Konto“ mit Ihrem Passkey an. Haben Sie den Code nicht selbst verwendet, wenden Sie sich an das Bürgeramt.",
      CODE_EXPIRED: "Dieser Code ist abgelaufen. Wenden Sie sich an das Bürgeramt Ihrer Gemeinde; dort erhalten Sie einen neuen Code.",
    },
    tooManyTitle: "Zu viele falsche Versuche",
    tooManyBody: (minutes: number) =>
      `Von Ihrem Anschluss wurden zu viele falsche Codes eingegeben. Versuchen Sie es in ${minutes} ${minutes === 1 ? "Minute" : "Minuten"} erneut.`,
    registerTitle: "Passkey einrichten",
    registerIntro:
      "Ihr Code ist gültig. Richten Sie jetzt Ihren Passkey ein; Ihr Gerät fragt dabei nach Ihrer Displaysperre, Ihrem Fingerabdruck oder Ihrer Gesichtserkennung. Erst dann ist der Code verbraucht.",
    registerButton: "Passkey einrichten",
    startOver: "Code erneut eingeben",
    checkedCodeMissing: "Die Prüfung Ihres Codes ist abgelaufen. Geben Sie den Code erneut ein.",
    defaultPasskeyName: "Passkey",
  },
  ceremonyErrors: {
    FACTS_EXPIRED: "Ihre Angaben müssen neu bestätigt werden.",
    SIGNED_OUT: "Sie sind nicht mehr angemeldet. Melden Sie sich erneut an.",
  },
  signing: {
    heading: "Mit Passkey unterschreiben",
    hint: "Sie haben schon einen Passkey mit Ihrem Aktivierungsbrief eingerichtet? Dann unterschreiben Sie hier mit ihm.",
    button: "Mit Passkey unterschreiben",
    activateLink: "Passkey mit Aktivierungsbrief einrichten",
    FACTS_EXPIRED: {
      title: "Ihre Angaben müssen neu bestätigt werden",
      body: (days: number) =>
        `Ihre Berechtigung wurde vor mehr als ${days === 1 ? "einem Tag" : `${days} Tagen`} bestätigt und gilt deshalb nicht mehr. Bestätigen Sie sie mit einem neuen Aktivierungscode vom Bürgeramt und unterschreiben Sie dann erneut, oder unterschreiben Sie mit Ihrer Wallet.`,
    },
    noOutcome: {
      title: "Kein Ergebnis vorhanden",
      body: "Das Ergebnis wird nur einmal direkt nach dem Unterschreiben angezeigt. Mit Ihrem Quittungscode prüfen Sie auf der Seite des Bürgerbegehrens, ob Ihre Unterschrift gezählt ist.",
    },
  },
  account: {
    navLabel: "Mein Konto",
    signInTitle: "Anmelden bei „Mein Konto“",
    signInIntro: "Melden Sie sich mit dem Passkey an, den Sie mit Ihrem Aktivierungsbrief eingerichtet haben.",
    signInButton: "Mit Passkey anmelden",
    noAccount: "Noch keinen Passkey? Richten Sie ihn mit dem Code aus Ihrem Aktivierungsbrief ein.",
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
    factsStale: "Ihre Berechtigung muss neu bestätigt werden. Wenden Sie sich an das Bürgeramt für einen neuen Aktivierungscode.",
    signedHeading: "Ihre Unterschriften",
    signedIntro:
      "Laufende Bürgerbegehren, die Sie unterschrieben haben. Die Liste wird bei jedem Aufruf aus Ihrem Schlüssel berechnet; eine Liste Ihrer Unterschriften wird nirgends gespeichert.",
    signedNone: "Sie haben noch kein laufendes Bürgerbegehren unterschrieben.",
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
