const germanDate = new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });

export const demo = {
  wallet: {
    title: "Demo-Wallet",
    banner: "Demo – dieses Wallet enthält nur Nachweise erfundener Personen. Es zählt keine echte Unterschrift.",
    intro:
      "Wählen Sie eine erfundene Person. Das Demo-Wallet holt die Anfrage über HTTP ab, prüft ihre Signatur, gibt nur die abgefragten Angaben frei und sendet die verschlüsselte Antwort – wie ein echtes Wallet.",
    noRequest:
      "Es liegt keine Anfrage vor. Wählen Sie auf der Seite eines Bürgerbegehrens „Mit Wallet unterschreiben“ und dann „Im Demo-Wallet öffnen“.",
    situations: {
      eligible: "darf unterschreiben",
      "eu-citizen": "EU-Bürgerin, darf unterschreiben",
      "moved-recently": "erst vor Kurzem zugezogen",
      underage: "noch nicht volljährig",
      "outside-municipality": "wohnt nicht in Dresden",
      "born-abroad": "im Ausland geboren",
    },
    /** Phrase a YYYY-MM-DD birth date the German way, e.g. geboren am 14.03.1961. */
    bornOn: (date: string) => `geboren am ${germanDate.format(new Date(`${date}T00:00:00Z`))}`,
    presentButton: (name: string) => `Nachweis von ${name} freigeben`,
    declineButton: "Freigabe ablehnen",
    sentTitle: "Antwort gesendet",
    sentBody: "Das Demo-Wallet hat die Antwort gesendet. Die Seite mit dem QR-Code zeigt das Ergebnis.",
    errorTitle: "Das Demo-Wallet konnte die Anfrage nicht bearbeiten",
    errors: {
      RESIDENT_NOT_FOUND: "Diese erfundene Person gibt es nicht. Wählen Sie eine Person aus der Liste.",
      URI_NOT_OURS: "Die Anfrage verweist auf eine fremde Adresse. Das Demo-Wallet spricht nur mit diesem Dienst.",
      REQUEST_FETCH_FAILED: "Die Anfrage ließ sich nicht abrufen; vermutlich ist sie abgelaufen. Fordern Sie eine neue Anfrage an.",
      REQUEST_OBJECT_INVALID: "Die Anfrage ist nicht gültig signiert oder abgelaufen. Fordern Sie eine neue Anfrage an.",
      CERTIFICATE_UNTRUSTED: "Das Zertifikat der Anfrage stammt nicht von der Test-CA dieses Dienstes.",
      CLIENT_ID_MISMATCH: "Die Kennung des Dienstes (client_id) passt nicht zu seinem Zertifikat.",
      RESPONSE_NOT_ACCEPTED: "Der Dienst hat die Antwort nicht angenommen; vermutlich ist die Anfrage abgelaufen oder schon beantwortet. Fordern Sie eine neue Anfrage an.",
    },
  },
} as const;
