import type { PrivacyNoticeFacts } from "../../privacy/privacy-notice-facts";

type Facts = PrivacyNoticeFacts;

const days = (count: number) => (count === 1 ? "einem Tag" : `${count} Tagen`);
/** A number of days as the object of "gelten" or "lang" (accusative), where `days` gives the dative. */
const dayCount = (count: number) => (count === 1 ? "einen Tag" : `${count} Tage`);
const hours = (count: number) => (count === 1 ? "einer Stunde" : `${count} Stunden`);
const minutes = (count: number) => (count === 1 ? "einer Minute" : `${count} Minuten`);

export const privacyNotice = {
  title: "Datenschutzhinweise",
  intro:
    "Hier steht, welche Daten mitzeichnen speichert, wozu, wie lange und wer sie sehen kann. Fristen und Zeiten stammen aus der Konfiguration dieses Servers und ändern sich mit ihr.",
  controllerHeading: "Verantwortliche Stelle",
  officerLabel: "Datenschutzbeauftragte Stelle:",
  emailLabel: "E-Mail:",
  dataHeading: "Welche Daten gespeichert werden",
  columns: { data: "Daten", purpose: "Zweck", retention: "Speicherdauer", access: "Wer sie sehen kann" },
  kinds: [
    {
      name: "Unterschriften",
      content:
        "Nullifier (ein Pseudonym je Person und Bürgerbegehren), ein zweites, schwächeres Pseudonym nur aus Familienname und Geburtsdatum, Art der Unterschrift (Wallet, Passkey, Papier), Zeitpunkt, Aussteller und Typ des Nachweises, das Ergebnis jeder Berechtigungsprüfung und ein Hash des Quittungscodes. Keine Namen, Anschriften oder Geburtsdaten.",
      purpose: "Jede Person zählt je Bürgerbegehren einmal; das zweite Pseudonym zeigt dem Wahlamt mögliche Doppelunterschriften, etwa bei anders geschriebenen Vornamen; das Wahlamt prüft die Unterschriften; Sie können mit dem Quittungscode prüfen, dass Ihre Unterschrift zählt.",
      retention: (facts: Facts) =>
        `Bis zum Ablauf von ${days(facts.retentionDays)} nach dem Abschluss des Bürgerbegehrens: nach der Entscheidung über seine Zulässigkeit, oder wenn es nicht eingereicht wurde, nach dem letzten Tag, an dem das noch möglich war. Dann löscht der Server die Unterschriften, ihre Nachweise, die Einträge des Unterschriftenprotokolls und die Vorgänge mit der Wallet und vernichtet den Schlüssel des Bürgerbegehrens, spätestens ${hours(facts.retentionIntervalHours)} nach Fristablauf. Es bleiben nur die Zahlen und der Kopf-Hash des Protokolls.`,
      access:
        "Initiatorinnen und Initiatoren, Wahlamt und Verwaltung sehen nur Zahlen, nie wer unterschrieben hat. Der technische Betrieb hat Zugriff auf die Datenbank.",
    },
    {
      name: "Nachweise zu Unterschriften",
      content:
        "Bei einer Unterschrift mit der Wallet die geprüften Angaben aus dem Nachweis (Familienname, Vornamen, Geburtsdatum, Geburtsort, Gemeindeschlüssel, Hauptwohnsitz seit, Staatsangehörigkeiten), bei einer Unterschrift mit Passkey die Berechtigungsangaben des Kontos; dazu Art, Zeitpunkt, Aussteller und Ergebnis der Prüfung. Gespeichert nur verschlüsselt: für den öffentlichen Schlüssel des Wahlamts und darüber mit einem Schlüssel des Bürgerbegehrens.",
      purpose: "Das Wahlamt kann in einem Streit über eine einzelne Unterschrift nachvollziehen, wer unterschrieben hat und warum sie gezählt wurde.",
      retention: (_facts: Facts) =>
        "Wie die Unterschriften; eine gelöschte Unterschrift nimmt ihren Nachweis mit. Mit dem Schlüssel des Bürgerbegehrens wird auch jede Kopie der Nachweise unlesbar.",
      access:
        "Nur das Wahlamt mit seinem privaten Schlüssel, und nur zusammen mit dem Server-Geheimnis. Der technische Betrieb kann die Nachweise nicht lesen, weil ihm der Schlüssel des Wahlamts fehlt. Jedes Entschlüsseln steht im Änderungsprotokoll.",
    },
    {
      name: "Unterschriftenprotokoll",
      content: "Für jede Änderung an den Unterschriften: Art der Änderung, Nullifier, Art der Unterschrift, Zeitpunkt und ein Hash, der die Einträge verkettet.",
      purpose: "Jede Zählung lässt sich nachrechnen; ein eingefügter oder entfernter Eintrag fällt auf.",
      retention: (_facts: Facts) => "Wie die Unterschriften. Danach bleiben nur die Länge des Protokolls und der Hash seines letzten Eintrags.",
      access:
        "Der technische Betrieb hat Zugriff auf die Datenbank. Erstellt das Wahlamt eine beglaubigte Auszählung, kann jede Person, der die Adresse ihrer Prüfseite vorliegt, die Einträge bis zu dieser Auszählung abrufen: Nullifier, Art der Änderung und der Unterschrift, Status, Grund und Zeitpunkt, nie einen Namen.",
    },
    {
      name: "Konten von Bürgerinnen und Bürgern",
      content:
        "Bürgerschlüssel (ein HMAC aus Name, Geburtsdatum und Geburtsort, aus dem sich diese nicht zurückrechnen lassen), ein schwächerer Schlüssel nur aus Familienname und Geburtsdatum (ebenfalls ein HMAC, der nur dazu dient, dem Wahlamt mögliche Doppelunterschriften anzuzeigen), Berechtigungsangaben (Gemeindeschlüssel, Hauptwohnsitz seit, Tag der Volljährigkeit, deutsche oder EU-Staatsangehörigkeit), wie und wann sie nachgewiesen wurden, sowie die öffentlichen Schlüssel und Namen Ihrer Passkeys.",
      purpose: "Sie können mit einem Passkey unterschreiben, ohne jedes Mal einen Nachweis vorzulegen.",
      retention: (facts: Facts) =>
        `Bis Sie das Konto unter „Mein Konto“ löschen. Zum Unterschreiben gelten die Angaben ${dayCount(facts.residentFactsValidDays)} lang, danach müssen Sie sie neu nachweisen.`,
      access: "Nur Sie, angemeldet mit Ihrem Passkey. Der technische Betrieb hat Zugriff auf die Datenbank.",
    },
    {
      name: "Aktivierungscodes",
      content: "Kennung des Codes, ein Hash seines geheimen Teils, Bürgerschlüssel, der schwächere Schlüssel aus Familienname und Geburtsdatum, Berechtigungsangaben, Ablaufdatum, Zahl der Fehlversuche und Zeitpunkt der Verwendung.",
      purpose: "Sie können mit einem Brief oder einem Code vom Bürgeramt einen Passkey einrichten.",
      retention: (facts: Facts) =>
        `Ein Code gilt bis zu dem Datum, das im Brief steht; ein Code vom Bürgeramt ${dayCount(facts.inPersonCodeDays)}. Nach seinem letzten gültigen Tag wird er gelöscht, ob verwendet oder nicht, spätestens ${minutes(facts.purgeIntervalMinutes)} später.`,
      access: "Wahlamt und Verwaltung laden die Codes hoch, sehen sie danach aber nicht mehr. Der technische Betrieb hat Zugriff auf die Datenbank.",
    },
    {
      name: "Aktivierung mit der Wallet",
      content:
        "Nachdem Sie Ihr Konto mit einem Nachweis aus der Wallet bestätigt haben: Bürgerschlüssel, der schwächere Schlüssel aus Familienname und Geburtsdatum und die Berechtigungsangaben, bis Sie einen Passkey einrichten. Keine Namen, Anschriften oder Geburtsdaten.",
      purpose: "Die geprüften Angaben Ihrem neuen oder bestehenden Konto zuordnen, sobald der Passkey eingerichtet ist.",
      retention: (facts: Facts) =>
        `Bis der Passkey eingerichtet ist, höchstens ${minutes(facts.walletActivationMinutes)}; danach wird der Eintrag gelöscht, spätestens ${minutes(facts.purgeIntervalMinutes)} später.`,
      access: "Niemand über die Oberfläche. Der technische Betrieb hat Zugriff auf die Datenbank.",
    },
    {
      name: "Konten der Mitarbeitenden",
      content: "Name, Rolle, Teams, Passkeys und Einladungen (nur ein Hash des Einladungslinks).",
      purpose: "Anmeldung und Rechte von Initiatorinnen und Initiatoren, Wahlamt und Verwaltung.",
      retention: (facts: Facts) =>
        `Solange die Person mitarbeitet; gesperrte Konten bleiben für das Änderungsprotokoll erhalten. Ein Einladungslink gilt ${hours(facts.invitationHours)}.`,
      access: "Administratorinnen und Administratoren.",
    },
    {
      name: "Änderungsprotokoll",
      content: "Welche mitarbeitende Person wann was geändert hat (zum Beispiel einen Entwurf veröffentlicht oder Codes hochgeladen). Keine Namen, Anschriften oder Geburtsdaten von Bürgerinnen und Bürgern.",
      purpose: "Nachvollziehbarkeit jeder Änderung durch Mitarbeitende.",
      retention: (_facts: Facts) => "Ohne Frist, solange die Plattform betrieben wird.",
      access: "Administratorinnen und Administratoren.",
    },
    {
      name: "Sitzungen",
      content: "Ein Hash des Sitzungs-Cookies, Konto, Beginn und letzte Aktivität.",
      purpose: "Angemeldet bleiben und Anfragen gegen fremde Seiten absichern.",
      retention: (facts: Facts) =>
        `Eine Sitzung von Mitarbeitenden endet nach ${minutes(facts.staffSessionIdleMinutes)} ohne Aktivität, spätestens nach ${hours(facts.staffSessionMaxHours)}; eine Sitzung von Bürgerinnen und Bürgern nach ${minutes(facts.residentSessionIdleMinutes)}, spätestens nach ${hours(facts.residentSessionMaxHours)}. Mit der Abmeldung wird sie gelöscht, eine abgelaufene Sitzung spätestens ${minutes(facts.purgeIntervalMinutes)} nach ihrem Ende.`,
      access: "Niemand über die Oberfläche. Der technische Betrieb hat Zugriff auf die Datenbank.",
    },
    {
      name: "Unterschriftsvorgänge mit der Wallet",
      content:
        "Einmalwerte (Nonce, state), ein Hash des Browser-Cookies, der Schlüssel zum Entschlüsseln der Antwort, die angefragten Angaben und das Ergebnis mit dem Quittungscode. Die vorgelegten Nachweise selbst werden nur im Arbeitsspeicher geprüft und nie gespeichert.",
      purpose: "Die Antwort der Wallet dem Browser zuordnen, der die Unterschrift begonnen hat, und Ihnen das Ergebnis zeigen.",
      retention: (facts: Facts) =>
        `Eine Anfrage bleibt ${minutes(facts.transactionMinutes)} offen; dann wird der Schlüssel gelöscht und spätestens ${hours(facts.transactionRecordHours)} nach dem Beginn der ganze Vorgang.`,
      access: "Nur der Browser, der den Vorgang begonnen hat. Der technische Betrieb hat Zugriff auf die Datenbank.",
    },
    {
      name: "Passkey-Vorgänge",
      content: "Die Zufallszahl (Challenge) einer Passkey-Anmeldung oder -Einrichtung und ein Hash des Browser-Cookies.",
      purpose: "Jede Anmeldung mit einem Passkey gilt nur einmal und nur in diesem Browser.",
      retention: (facts: Facts) => `${minutes(facts.challengeMinutes)}, danach ungültig.`,
      access: "Niemand über die Oberfläche.",
    },
    {
      name: "IP-Adressen",
      content: "Die IP-Adresse Ihres Anschlusses (bei IPv6 das /64-Netz), nur im Arbeitsspeicher des Servers.",
      purpose: "Zu viele Anfragen und Rateversuche von einem Anschluss begrenzen.",
      retention: (facts: Facts) => `Höchstens ${minutes(facts.clientAddressMinutes)}; sie wird weder in die Datenbank noch in die Server-Protokolle geschrieben.`,
      access: "Niemand.",
    },
    {
      name: "Server-Protokolle",
      content: "Je Anfrage Zeitpunkt, Methode, Pfad (ohne Parameter, die Codes enthalten können), Statuscode, Dauer und eine Anfragekennung, bei Anmeldungen und Änderungen die Kennung des Kontos. Keine IP-Adressen, Namen, Codes oder Nachweise.",
      purpose: "Betrieb und Fehlersuche.",
      retention: (facts: Facts) => (facts.logRetentionDays === 1 ? "Ein Tag." : `${facts.logRetentionDays} Tage.`),
      access: "Der technische Betrieb.",
    },
  ],
  linkingHeading: "Wer Unterschriften verknüpfen kann",
  linking:
    "Der Nullifier einer Person ist für jedes Bürgerbegehren ein anderer, damit niemand aus der Datenbank ablesen kann, welche Bürgerbegehren dieselbe Person unterstützt hat. Wer das Server-Geheimnis besitzt (der technische Betrieb dieser Plattform), kann diese Nullifier jedoch einer Person zuordnen und damit verknüpfen. Das Server-Geheimnis liegt nicht in der Datenbank. Das zweite, schwächere Pseudonym aus Familienname und Geburtsdatum verknüpft Unterschriften nur innerhalb desselben Bürgerbegehrens: Haben zwei Unterschriften dasselbe, zeigt die Prüfliste des Wahlamts sie als mögliche Doppelunterschrift, auch wenn es zwei Personen sind, etwa Zwillinge. Über eine Unterschrift entscheidet es nie, das tut das Wahlamt. Es wird mit dem Schlüssel des Bürgerbegehrens gebildet und mit den Unterschriften gelöscht. Für Unterschriften mit Passkey bildet der Server es aus dem schwächeren Schlüssel, den Ihr Konto speichert. Wer das Server-Geheimnis besitzt, kann aus Familienname und Geburtsdatum allein diesen Schlüssel berechnen und so ein Konto einer Person zuordnen. Ist dieser Schlüssel vernichtet, lässt sich auch eine Kopie niemandem mehr zuordnen.",
  rightsHeading: "Ihre Rechte",
  rights:
    "Unter „Mein Konto“ sehen Sie, welche laufenden Bürgerbegehren Sie unterschrieben haben. Unter „Ihre gespeicherten Daten“ sehen Sie alles, was die Plattform zu Ihrem Konto speichert, und laden es als JSON-Datei herunter (Auskunft nach Art. 15 DSGVO). Solange ein Bürgerbegehren sammelt, können Sie Ihre Unterschrift zurückziehen, indem Sie mit Passkey oder Wallet erneut nachweisen, wer Sie sind. Die Unterschrift wird dann gelöscht, und das Unterschriftenprotokoll vermerkt die Rücknahme mit dem Nullifier. Eine Unterschrift auf Papier ziehen Sie beim Wahlamt zurück. Ihr Konto können Sie löschen; bereits gegebene Unterschriften bleiben gezählt und lassen sich danach nur noch mit der Wallet zurückziehen. Für Berichtigung, Löschung, Beschwerde oder eine Auskunft über das hinaus, was die Plattform selbst anzeigt, wenden Sie sich an die verantwortliche Stelle oder an ihre Datenschutzbeauftragte oder ihren Datenschutzbeauftragten. Sie können sich außerdem bei der zuständigen Datenschutz-Aufsichtsbehörde beschweren.",
  footerLink: "Datenschutz",
} as const;
