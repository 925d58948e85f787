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
  passkeyErrors: {
    CHALLENGE_MISSING: "Der Vorgang ist abgelaufen oder wurde schon verwendet. Laden Sie die Seite neu und versuchen Sie es erneut.",
    CHALLENGE_MISMATCH: "Die Antwort passt nicht zu diesem Vorgang. Laden Sie die Seite neu und versuchen Sie es erneut.",
    WRONG_CEREMONY: "Die Antwort passt nicht zu diesem Vorgang. Laden Sie die Seite neu und versuchen Sie es erneut.",
    ORIGIN_MISMATCH: "Der Passkey wurde auf einer anderen Website verwendet. Öffnen Sie diese Seite direkt über die Adresse des Dienstes.",
    RP_ID_MISMATCH: "Der Passkey gehört zu einer anderen Website. Verwenden Sie einen Passkey, den Sie für diesen Dienst angelegt haben.",
    USER_NOT_VERIFIED: "Ihr Gerät hat nicht bestätigt, dass Sie es sind. Geben Sie beim nächsten Versuch Ihre PIN ein oder verwenden Sie Fingerabdruck oder Gesichtserkennung.",
    UNKNOWN_CREDENTIAL: "Dieser Passkey ist hier nicht registriert oder wurde entfernt. Wählen Sie einen anderen Passkey.",
    COUNTER_REGRESSION: "Dieser Passkey wurde abgelehnt, weil er kopiert worden sein könnte. Melden Sie sich mit einem anderen Passkey an und informieren Sie die Administration.",
    RESPONSE_INVALID: "Die Antwort Ihres Geräts ist ungültig. Versuchen Sie es erneut oder verwenden Sie einen anderen Passkey.",
    STAFF_DISABLED: "Dieses Konto ist gesperrt. Wenden Sie sich an die Administration.",
    PASSKEY_ALREADY_REGISTERED: "Dieser Passkey ist schon registriert. Verwenden Sie ein anderes Gerät oder einen anderen Sicherheitsschlüssel.",
    INVITATION_NOT_FOUND: "Diesen Einladungslink gibt es nicht. Prüfen Sie, ob Sie ihn vollständig kopiert haben.",
    INVITATION_USED: "Dieser Einladungslink wurde schon verwendet. Melden Sie sich mit Ihrem Passkey an.",
    INVITATION_EXPIRED: "Dieser Einladungslink ist abgelaufen. Bitten Sie die Administration um einen neuen Link.",
    BODY_INVALID: "Die Anfrage ist unvollständig. Laden Sie die Seite neu und versuchen Sie es erneut.",
  },
  invitation: {
    title: "Konto einrichten",
    heading: (name: string) => `Willkommen, ${name}`,
    intro: (role: string) =>
      `Sie wurden als „${role}“ eingeladen. Richten Sie jetzt einen Passkey ein. Mit ihm melden Sie sich künftig an, ein Passwort gibt es nicht.`,
    validUntil: (when: string) => `Der Link gilt bis ${when} und nur einmal.`,
    button: "Passkey einrichten",
    problemTitles: {
      INVITATION_NOT_FOUND: "Einladung nicht gefunden",
      INVITATION_USED: "Einladung schon verwendet",
      INVITATION_EXPIRED: "Einladung abgelaufen",
    },
    signInLink: "Zur Anmeldung",
  },
  passkeyName: {
    label: "Name des Passkeys",
    hint: "Damit Sie Ihre Passkeys später unterscheiden können, zum Beispiel „Laptop Büro“ oder „Smartphone“. Höchstens 60 Zeichen.",
    defaultName: "Passkey",
    errors: {
      NAME_MISSING: "Geben Sie einen Namen für den Passkey ein.",
      NAME_TOO_LONG: "Kürzen Sie den Namen auf höchstens 60 Zeichen.",
    },
  },
  passkeys: {
    title: "Meine Passkeys",
    heading: "Meine Passkeys",
    intro: "Mit jedem dieser Passkeys können Sie sich anmelden. Legen Sie am besten einen zweiten Passkey auf einem anderen Gerät an, falls eines verloren geht.",
    created: (when: string) => `Angelegt am ${when}`,
    lastUsed: (when: string) => `Zuletzt verwendet am ${when}`,
    neverUsed: "Noch nicht zur Anmeldung verwendet",
    rename: "Umbenennen",
    renameLabel: (name: string) => `Neuer Name für „${name}“`,
    remove: "Entfernen",
    removeLabel: (name: string) => `Passkey „${name}“ entfernen`,
    lastPasskeyNote: "Ihren einzigen Passkey können Sie nicht entfernen. Legen Sie zuerst einen weiteren an.",
    addHeading: "Weiteren Passkey hinzufügen",
    addButton: "Passkey hinzufügen",
    notices: {
      renamed: "Der Passkey wurde umbenannt.",
      removed: "Der Passkey wurde entfernt.",
      added: "Der Passkey wurde hinzugefügt.",
    },
    errors: {
      PASSKEY_NOT_FOUND: "Diesen Passkey gibt es nicht (mehr). Laden Sie die Seite neu.",
      LAST_PASSKEY: "Ihren einzigen Passkey können Sie nicht entfernen. Legen Sie zuerst einen weiteren an.",
    },
    errorSummaryTitle: "Es gibt ein Problem",
  },
  ceremony: {
    cancelled: "Der Vorgang wurde abgebrochen oder ist abgelaufen. Versuchen Sie es erneut.",
    unsupported: "Dieser Browser unterstützt keine Passkeys. Verwenden Sie einen aktuellen Browser.",
    failed: "Das hat nicht geklappt. Laden Sie die Seite neu und versuchen Sie es erneut.",
  },
} as const;
