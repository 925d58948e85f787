export const wallet = {
  request: {
    /** Shown by the wallet next to the requested claims. */
    purpose: (title: string) =>
      `Unterschrift für das Bürgerbegehren „${title}“. Abgefragt werden nur die Angaben, die zeigen, dass Sie unterschreiben dürfen.`,
    clientName: (title: string) => `mitzeichnen – Bürgerbegehren „${title}“`,
  },
  page: {
    title: "Mit Wallet unterschreiben",
    intro: (title: string) => `Sie unterschreiben das Bürgerbegehren „${title}“. Geben Sie dazu in Ihrem Wallet Ihren Nachweis frei.`,
    sameDeviceHeading: "Wallet auf diesem Gerät",
    sameDeviceButton: "Wallet öffnen",
    sameDeviceHint: "Ihr Wallet zeigt, welche Angaben abgefragt werden. Nach der Freigabe leitet es Sie hierher zurück.",
    crossDeviceHeading: "Wallet auf einem anderen Gerät",
    crossDeviceHint: "Scannen Sie den QR-Code mit Ihrem Wallet. Diese Seite zeigt danach das Ergebnis.",
    qrAlt: "QR-Code mit der Anfrage an Ihr Wallet",
    qrTextAlternative:
      "Sie können den QR-Code nicht scannen? Öffnen Sie das Wallet auf diesem Gerät über die Schaltfläche oben, oder geben Sie diese Adresse in Ihr Wallet ein:",
    validUntil: (time: string) => `Die Anfrage gilt bis ${time} Uhr.`,
    demoHeading: "Demo",
    demoButton: "Im Demo-Wallet öffnen",
    demoHint: "Das Demo-Wallet enthält Nachweise erfundener Personen. Es zählt keine echte Unterschrift.",
  },
  status: {
    waiting: "Warten auf Ihr Wallet …",
    checkButton: "Status prüfen",
    processing: "Ihr Nachweis wird geprüft …",
    returnViaWallet:
      "Ihr Wallet hat geantwortet. Das Ergebnis zeigt die Seite, zu der Ihr Wallet Sie zurückleitet.",
    expired: {
      title: "Die Anfrage ist abgelaufen",
      body: "Eine Anfrage gilt aus Sicherheitsgründen nur wenige Minuten. Fordern Sie eine neue an und öffnen Sie sie in Ihrem Wallet.",
      button: "Neue Anfrage anzeigen",
    },
  },
  outcome: {
    rejectedTitle: "Ihr Nachweis wurde nicht angenommen",
    walletErrorTitle: "Ihr Wallet hat keinen Nachweis gesendet",
    tryAgain: "Erneut versuchen",
    reasons: {
      CLAIMS_MISSING: "Ihr Wallet hat nicht alle nötigen Angaben freigegeben. Versuchen Sie es erneut und geben Sie alle abgefragten Angaben frei.",
      CLAIMS_INVALID: "Die Angaben in Ihrem Nachweis haben nicht die erwartete Form. Versuchen Sie es mit einem anderen Nachweis oder unterschreiben Sie auf einer Unterschriftenliste.",
      PRESENTATION_MALFORMED: "Die Antwort Ihres Wallets war unvollständig. Versuchen Sie es erneut; wenn der Fehler bleibt, aktualisieren Sie Ihr Wallet.",
      PROCESSING_FAILED: "Bei der Prüfung ist ein Fehler aufgetreten. Es wurde nichts unterschrieben. Versuchen Sie es in einigen Minuten erneut.",
      other: "Ihr Nachweis konnte nicht geprüft werden. Versuchen Sie es erneut oder unterschreiben Sie auf einer Unterschriftenliste.",
    },
    walletErrors: {
      access_denied:
        "Sie haben die Freigabe abgelehnt, oder Ihr Wallet enthält keinen passenden Nachweis. Wenn Sie unterschreiben möchten, starten Sie erneut und geben Sie den Nachweis frei.",
      other: "Ihr Wallet konnte die Anfrage nicht bearbeiten. Versuchen Sie es erneut; wenn der Fehler bleibt, aktualisieren Sie Ihr Wallet.",
    },
  },
  errors: {
    foreignBrowser: {
      title: "Diese Anfrage gehört zu einem anderen Browser",
      body: "Das Ergebnis einer Wallet-Anfrage sehen Sie nur in dem Browser, in dem Sie „Mit Wallet unterschreiben“ gewählt haben. Öffnen Sie das Bürgerbegehren in diesem Browser, oder starten Sie hier neu.",
    },
    transactionNotFound: {
      title: "Wallet-Anfrage nicht gefunden",
      body: "Diese Wallet-Anfrage gibt es nicht. Öffnen Sie das Bürgerbegehren und wählen Sie erneut „Mit Wallet unterschreiben“.",
    },
    responseCodeInvalid: {
      title: "Der Rücksprung-Link ist ungültig",
      body: "Der Link, mit dem Ihr Wallet Sie zurückgeleitet hat, passt nicht zu dieser Anfrage. Öffnen Sie die Anfrage, um ihren Stand zu sehen.",
    },
    responseCodeUsed: {
      title: "Dieser Link wurde bereits verwendet",
      body: "Der Rücksprung-Link Ihres Wallets gilt nur einmal. Das Ergebnis sehen Sie weiterhin auf der Seite der Anfrage.",
    },
    toTransaction: "Zur Wallet-Anfrage",
    toOverview: "Zur Übersicht der Bürgerbegehren",
  },
  /** Texts of a binding: proving eligibility once to set up a passkey, with no petition involved. */
  binding: {
    request: {
      /** Shown by the wallet next to the requested claims. */
      purpose:
        "Nachweis, dass Sie in Ihrer Gemeinde online unterschreiben dürfen, um einen Passkey einzurichten. Abgefragt werden Name, Geburtsdatum und Geburtsort für Ihren Schlüssel sowie Gemeinde, Hauptwohnsitz seit und Staatsangehörigkeit.",
      clientName: "mitzeichnen – Passkey einrichten",
    },
    page: {
      title: "Mit der Wallet nachweisen",
      intro:
        "Sie weisen nach, dass Sie in Ihrer Gemeinde unterschreiben dürfen, und richten danach einen Passkey ein. Geben Sie dazu in Ihrem Wallet Ihren KommPass frei. Gespeichert werden nur ein Schlüssel und die Angaben zu Ihrer Berechtigung, nicht Ihr Name und nicht Ihre Anschrift.",
    },
    outcome: {
      boundTitle: "Ihre Berechtigung ist nachgewiesen",
      boundBody: (minutes: number) => `Richten Sie jetzt Ihren Passkey ein. Der Nachweis gilt ${minutes} Minuten.`,
      continueButton: "Weiter zum Passkey",
    },
    backToActivation: "Zurück zur Passkey-Einrichtung",
    /** Reasons that read differently for a binding. The others use the general credential and wallet texts. */
    reasons: {
      VCT_NOT_ACCEPTED:
        "Zum Einrichten eines Passkeys brauchen wir einen Nachweis, der auch zeigt, seit wann Sie in der Gemeinde wohnen: den KommPass Ihrer Gemeinde. Der Personalausweis-Nachweis (PID) zeigt das nicht. Geben Sie den KommPass frei oder richten Sie den Passkey mit einem Aktivierungscode vom Bürgeramt ein. Mit dem PID können Sie weiterhin direkt mit Ihrem Wallet unterschreiben.",
      ISSUER_UNTRUSTED:
        "Der Aussteller Ihres Nachweises ist für das Einrichten eines Passkeys nicht zugelassen. Nutzen Sie den KommPass Ihrer Gemeinde oder einen Aktivierungscode vom Bürgeramt.",
      CLAIMS_MISSING:
        "Ihr Wallet hat nicht alle nötigen Angaben freigegeben. Zum Einrichten eines Passkeys brauchen wir Name, Geburtsdatum, Geburtsort, Gemeinde, Hauptwohnsitz seit und Staatsangehörigkeit. Versuchen Sie es erneut und geben Sie alle abgefragten Angaben frei.",
      CLAIMS_INVALID:
        "Die Angaben in Ihrem Nachweis haben nicht die erwartete Form. Nutzen Sie einen anderen Nachweis oder richten Sie den Passkey mit einem Aktivierungscode vom Bürgeramt ein.",
      EXPIRED: "Ihr Nachweis ist abgelaufen. Lassen Sie ihn in Ihrem Wallet erneuern und weisen Sie Ihre Berechtigung dann erneut nach.",
      PROCESSING_FAILED: "Bei der Prüfung ist ein Fehler aufgetreten. Es wurde nichts gespeichert. Versuchen Sie es in einigen Minuten erneut.",
      PLACE_OF_BIRTH_UNPROVEN:
        "Ihr Nachweis nennt keinen Geburtsort, nur ein Land. Ohne Geburtsort können wir nicht sicherstellen, dass Ihre Unterschrift auf jedem Weg nur einmal zählt. Richten Sie den Passkey mit einem Aktivierungscode vom Bürgeramt ein, oder unterschreiben Sie direkt mit Ihrem Wallet.",
      MUNICIPALITY_UNPROVEN:
        "Ihr Nachweis zeigt nicht, in welcher Gemeinde Sie Ihren Hauptwohnsitz haben. Nutzen Sie den KommPass Ihrer Gemeinde oder einen Aktivierungscode vom Bürgeramt.",
      RESIDENCE_UNPROVEN:
        "Ihr Nachweis zeigt nicht, seit wann Sie in der Gemeinde wohnen. Nutzen Sie den KommPass Ihrer Gemeinde oder einen Aktivierungscode vom Bürgeramt.",
      NATIONALITY_UNPROVEN:
        "Ihr Nachweis zeigt keine Staatsangehörigkeit. Nutzen Sie den KommPass Ihrer Gemeinde oder einen Aktivierungscode vom Bürgeramt.",
      NATIONALITY_NOT_ELIGIBLE:
        "Bürgerbegehren unterschreiben dürfen Deutsche und Staatsangehörige der anderen Mitgliedstaaten der Europäischen Union. Ihr Nachweis zeigt keine dieser Staatsangehörigkeiten, deshalb können Sie keinen Passkey einrichten. Besitzen Sie eine davon, wenden Sie sich an das Bürgeramt.",
    },
    walletErrors: {
      access_denied:
        "Sie haben die Freigabe abgelehnt, oder Ihr Wallet enthält keinen passenden Nachweis. Zum Einrichten eines Passkeys brauchen Sie den KommPass Ihrer Gemeinde; der Personalausweis-Nachweis (PID) reicht nicht, weil er nicht zeigt, seit wann Sie in der Gemeinde wohnen. Ohne KommPass richten Sie den Passkey mit einem Aktivierungscode vom Bürgeramt ein.",
    },
  },
  /** error_description for wallets, by the code of the rejected response or request. */
  protocolErrors: {
    TRANSACTION_NOT_FOUND: "Unbekannte Transaktion.",
    TRANSACTION_EXPIRED: "Die Transaktion ist abgelaufen. Die Person muss eine neue Anfrage starten.",
    TRANSACTION_COMPLETED: "Für diese Transaktion wurde bereits eine Antwort verarbeitet.",
    STATE_MISMATCH: "state fehlt oder passt nicht zur Anfrage.",
    RESPONSE_MISSING: "Die Antwort enthält weder response noch vp_token noch error.",
    ENCRYPTION_REQUIRED: "response_mode ist direct_post.jwt: Senden Sie die Antwort als JWE im Parameter response.",
    ENCRYPTION_NOT_REQUESTED: "response_mode ist direct_post: Senden Sie vp_token und state unverschlüsselt.",
    JWE_MALFORMED: "response ist kein JWE in kompakter Serialisierung.",
    JWE_ALG_UNSUPPORTED: "Das JWE muss alg ECDH-ES verwenden.",
    JWE_ENC_UNSUPPORTED: "Das JWE muss enc A128GCM oder A256GCM verwenden.",
    JWE_KID_MISMATCH: "kid des JWE passt nicht zum Schlüssel aus client_metadata.jwks.",
    JWE_DECRYPTION_FAILED: "Das JWE lässt sich mit dem Schlüssel dieser Transaktion nicht entschlüsseln.",
    PAYLOAD_NOT_JSON_OBJECT: "Der entschlüsselte Inhalt ist kein JSON-Objekt.",
    CONTENT_TYPE_INVALID: "Senden Sie die Antwort als application/x-www-form-urlencoded.",
    PARAMETER_REPEATED: "Jeder Parameter darf nur einmal vorkommen.",
    WALLET_NONCE_INVALID: "wallet_nonce muss 1 bis 256 Zeichen lang sein.",
    FLOW_INVALID: "flow muss same-device oder cross-device sein.",
  },
} as const;
