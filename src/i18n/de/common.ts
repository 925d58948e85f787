export const common = {
  siteName: "mitzeichnen",
  skipToContent: "Zum Inhalt springen",
  languageSwitch: { label: "Sprache", other: "English", otherLang: "en" },
  footer: {
    about: "mitzeichnen – Bürgerbegehren online unterstützen",
    demoNotice: "Demo-Betrieb: Alle Daten sind erfunden.",
  },
  staffNavigation: { label: "Verwaltung", home: "Verwaltung", signOut: "Abmelden" },
  errorTitlePrefix: "Fehler: ",
  errors: {
    badRequest: {
      title: "Ungültige Anfrage",
      body: "Die Anfrage ist unvollständig oder fehlerhaft. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.",
    },
    notFound: {
      title: "Seite nicht gefunden",
      body: "Diese Adresse gibt es nicht. Prüfen Sie die Adresse oder gehen Sie zur Übersicht der Bürgerbegehren.",
    },
    internal: {
      title: "Ein Fehler ist aufgetreten",
      body: "Ihre Anfrage konnte nicht bearbeitet werden. Versuchen Sie es in einigen Minuten erneut. Wenn der Fehler bleibt, nennen Sie dem Support diese Kennung:",
    },
    overloaded: {
      title: "Gerade zu viele Anfragen",
      body: "Der Dienst ist im Moment ausgelastet. Bitte versuchen Sie es in wenigen Sekunden erneut; bereits bestätigte Unterschriften bleiben gezählt.",
    },
    payloadTooLarge: {
      title: "Anfrage zu groß",
      body: "Die gesendeten Daten sind größer als erlaubt. Kürzen Sie die Eingabe und senden Sie sie erneut.",
    },
    draftTooLarge: {
      title: "Entwurf zu groß",
      body: "Der gesendete Entwurf ist zu groß: Entscheidungsvorschlag, Begründung und Kostendeckungsvorschlag dürfen je höchstens 20.000 Zeichen lang sein, Titel, Namen und Kontakte je höchstens 200. Ihre Eingaben wurden nicht gespeichert. Gehen Sie im Browser zurück, kürzen Sie die langen Texte und speichern Sie erneut.",
    },
    tooManyRequests: {
      title: "Zu viele Versuche",
      body: "Von Ihrem Anschluss kamen in kurzer Zeit zu viele Anfragen dieser Art. Warten Sie etwas und versuchen Sie es dann erneut.",
    },
    forbidden: {
      title: "Anfrage abgelehnt",
      body: "Diese Anfrage kam nicht von einer Seite dieses Dienstes. Laden Sie die Seite neu und versuchen Sie es erneut.",
    },
    accessDenied: {
      title: "Kein Zugriff",
      body: "Ihr Konto hat keine Berechtigung für diese Seite. Wenn Sie sie für Ihre Arbeit brauchen, wenden Sie sich an eine Administratorin oder einen Administrator.",
    },
    notOpenForReview: {
      title: "Nicht in Prüfung",
      body: "Dieses Bürgerbegehren ist nicht in Prüfung. Papierlisten erfassen und über Unterschriften entscheiden können Sie nur, bis über seine Zulässigkeit entschieden ist.",
    },
    paperNotCounted: {
      title: "Papierunterschriften zählen hier nicht",
      body: "Für dieses Bürgerbegehren zählen nur Online-Unterschriften. Zeilen von Papierlisten werden dafür nicht erfasst, damit sie keine Online-Unterschrift derselben Person verdrängen.",
    },
    backToOverview: "Zur Übersicht der Bürgerbegehren",
    backToStaffArea: "Zur Verwaltung",
    retryAfter: (minutes: number) => (minutes <= 1 ? "Versuchen Sie es in einer Minute erneut." : `Versuchen Sie es in ${minutes} Minuten erneut.`),
    allowedSize: (size: string) => `Erlaubt sind höchstens ${size}.`,
  },
} as const;
