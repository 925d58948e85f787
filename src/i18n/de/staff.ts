const germanDateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });

/** Format an instant as German date and time in Berlin, e.g. 15.03.2026, 13:00. */
const formatDateTime = (instant: Date) => germanDateTime.format(instant);

export const staff = {
  formatDateTime,
  roles: {
    admin: "Administration",
    organiser: "Initiative (Vertrauensperson)",
    election_office: "Wahlamt",
  },
  passkeyExplanation: {
    heading: "Was ist ein Passkey?",
    body: "Ein Passkey ersetzt das Passwort. Er liegt sicher auf Ihrem Gerät (Smartphone, Computer oder Sicherheitsschlüssel) und wird mit Ihrer Displaysperre, Ihrem Fingerabdruck oder Ihrer Gesichtserkennung freigegeben. Der Dienst erhält dabei nur einen öffentlichen Schlüssel, kein Passwort und keine biometrischen Daten.",
    noPasskeyHeading: "Ihr Browser bietet keinen Passkey an?",
    noPasskeyBody:
      "Aktualisieren Sie Ihren Browser und schalten Sie die Displaysperre Ihres Geräts ein. Sie können auch ein Smartphone mit Passkey über den QR-Code verwenden, den der Browser anzeigt, oder einen Sicherheitsschlüssel (USB oder NFC). Ohne Passkey ist keine Anmeldung möglich, denn der Dienst verwendet keine Passwörter.",
    scriptRequired: "Für Passkeys muss JavaScript in Ihrem Browser eingeschaltet sein.",
  },
  signIn: {
    title: "Anmelden",
    heading: "Anmelden für Mitarbeitende",
    intro: "Hier melden sich Mitarbeitende der Initiativen, des Wahlamts und der Administration mit ihrem Passkey an. Bürgerinnen und Bürger brauchen zum Unterschreiben kein Konto.",
    button: "Mit Passkey anmelden",
    signedOut: "Sie sind abgemeldet.",
    working: "Ihr Browser fragt jetzt nach Ihrem Passkey …",
  },
  home: {
    title: "Verwaltung",
    heading: (name: string) => `Willkommen, ${name}`,
    role: (role: string) => `Ihre Rolle: ${role}`,
    passkeysLink: "Meine Passkeys",
    staffLink: "Mitarbeitende einladen",
    auditLink: "Protokoll der Änderungen",
  },
  ceremony: {
    cancelled: "Der Vorgang wurde abgebrochen oder ist abgelaufen. Versuchen Sie es erneut.",
    unsupported: "Dieser Browser unterstützt keine Passkeys. Verwenden Sie einen aktuellen Browser.",
    failed: "Das hat nicht geklappt. Laden Sie die Seite neu und versuchen Sie es erneut.",
  },
} as const;
