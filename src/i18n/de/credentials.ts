/** Messages about wallet credentials: why a presentation was rejected and what the resident can do next. */
export const credentials = {
  /** Name of each credential type the platform reads, by vct; pages show the vct only as a detail. */
  typeNames: {
    "urn:mitzeichnen:demo:kommpass:1": "KommPass (Demo-Nachweis der Gemeinde)",
    "urn:eudi:pid:1": "EU-Personalausweis-Nachweis (PID)",
    "urn:eudi:pid:de:1": "Deutscher Personalausweis-Nachweis (PID)",
  } as Record<string, string>,
  rejection: {
    MALFORMED:
      "Ihr Nachweis konnte nicht gelesen werden. Starten Sie den Vorgang neu und wählen Sie in Ihrer Wallet den Nachweis erneut aus.",
    TYP_INVALID:
      "Ihre Wallet hat keinen Nachweis im Format SD-JWT VC gesendet. Wählen Sie einen Personalausweis-Nachweis (PID) oder den KommPass aus.",
    ALG_NOT_ALLOWED:
      "Ihr Nachweis ist mit einem Verfahren gesichert, das wir nicht annehmen. Aktualisieren Sie Ihre Wallet oder nutzen Sie einen anderen Nachweis.",
    ISSUER_UNTRUSTED:
      "Der Aussteller Ihres Nachweises ist für dieses Bürgerbegehren nicht zugelassen. Nutzen Sie einen Nachweis eines zugelassenen Ausstellers, zum Beispiel Ihren Personalausweis-Nachweis (PID).",
    CHAIN_INVALID:
      "Das Zertifikat des Ausstellers Ihres Nachweises ist ungültig oder abgelaufen. Lassen Sie den Nachweis in Ihrer Wallet neu ausstellen oder nutzen Sie einen anderen.",
    SIGNATURE_INVALID:
      "Die Signatur Ihres Nachweises ist ungültig. Löschen Sie den Nachweis in Ihrer Wallet und lassen Sie ihn neu ausstellen.",
    VCT_NOT_ACCEPTED:
      "Diese Art von Nachweis wird für dieses Bürgerbegehren nicht angenommen. Auf der Seite des Bürgerbegehrens steht, welche Nachweise Sie nutzen können.",
    EXPIRED: "Ihr Nachweis ist abgelaufen. Lassen Sie ihn in Ihrer Wallet erneuern und unterschreiben Sie dann erneut.",
    NOT_YET_VALID:
      "Ihr Nachweis ist noch nicht gültig. Prüfen Sie Datum und Uhrzeit Ihres Smartphones oder versuchen Sie es später erneut.",
    DISCLOSURE_INVALID:
      "Die Angaben aus Ihrem Nachweis passen nicht zur Signatur des Ausstellers. Starten Sie den Vorgang neu; wenn der Fehler bleibt, lassen Sie den Nachweis neu ausstellen.",
    KEY_BINDING_MISSING:
      "Ihre Wallet hat nicht bestätigt, dass der Nachweis auf diesem Gerät gespeichert ist. Aktualisieren Sie Ihre Wallet und versuchen Sie es erneut.",
    KEY_BINDING_INVALID:
      "Die Bestätigung Ihrer Wallet ist ungültig. Starten Sie den Vorgang neu und nutzen Sie die Wallet, in der der Nachweis gespeichert ist.",
    NONCE_MISMATCH:
      "Ihre Wallet hat auf eine ältere Anfrage geantwortet. Laden Sie die Seite neu und scannen Sie den neuen QR-Code.",
    AUDIENCE_MISMATCH:
      "Ihre Wallet hat den Nachweis für einen anderen Dienst bestätigt. Starten Sie den Vorgang auf dieser Seite neu.",
    KEY_BINDING_STALE:
      "Die Bestätigung Ihrer Wallet ist zu alt oder die Uhrzeit Ihres Smartphones stimmt nicht. Prüfen Sie Datum und Uhrzeit und starten Sie den Vorgang neu.",
    SD_HASH_MISMATCH:
      "Die gesendeten Angaben wurden nach der Bestätigung durch Ihre Wallet verändert. Starten Sie den Vorgang neu.",
    REVOKED:
      "Ihr Nachweis wurde vom Aussteller gesperrt oder widerrufen. Lassen Sie sich einen neuen Nachweis ausstellen oder nutzen Sie einen anderen.",
    STATUS_UNAVAILABLE:
      "Wir konnten gerade nicht prüfen, ob Ihr Nachweis gesperrt ist. Versuchen Sie es in einigen Minuten erneut.",
  },
  claims: {
    CLAIMS_MISSING:
      "Ihre Wallet hat nicht alle nötigen Angaben freigegeben. Starten Sie den Vorgang neu und geben Sie Name, Geburtsdatum und Geburtsort frei.",
    CLAIMS_INVALID:
      "Die Angaben in Ihrem Nachweis haben ein Format, das wir nicht lesen können. Nutzen Sie einen anderen Nachweis oder unterschreiben Sie auf einer Papierliste.",
  },
} as const;
