/** Texts of `npm run evidence:read`, which decrypts the evidence behind a petition's signatures for the election office. */
export const evidence = {
  cli: {
    usage:
      "Aufruf: npm run evidence:read -- BUERGERBEGEHREN-ID [--office-key DATEI]. DATEI ist der private Schlüssel des Wahlamts als JWK; ohne Angabe gilt außerhalb des Produktivbetriebs DATA_DIR/secrets/office-evidence-key.private.jwk.",
    keyRequired: "Im Produktivbetrieb gibt es keinen Schlüssel im Datenordner. Geben Sie den privaten Schlüssel des Wahlamts mit --office-key DATEI an.",
    keyMissing: (file: string) => `Die Datei ${file} gibt es nicht. Geben Sie mit --office-key die Datei mit dem privaten Schlüssel des Wahlamts an.`,
    keyInvalid: (file: string) =>
      `${file} enthält keinen privaten P-256-Schlüssel als JWK (kty „EC“, crv „P-256“, d). Geben Sie die Datei mit dem privaten Schlüssel des Wahlamts an.`,
    keyErased: (title: string) =>
      `Die Nachweise zu „${title}“ lassen sich nicht mehr lesen: Der Schlüssel des Bürgerbegehrens wurde nach Ablauf der Aufbewahrungsfrist vernichtet.`,
    serverSecretMismatch:
      "Der Schlüssel des Bürgerbegehrens lässt sich mit diesem SERVER_SECRET nicht entschlüsseln. Setzen Sie SERVER_SECRET auf den Wert, mit dem der Server läuft.",
    noEvidence: (title: string) => `Zu „${title}“ sind keine Nachweise gespeichert.`,
    unreadable: (count: number) =>
      `${count} Nachweise ließen sich nicht entschlüsseln. Prüfen Sie, ob der Schlüssel zu OFFICE_EVIDENCE_KEY gehört und SERVER_SECRET der des Servers ist.`,
  },
} as const;
