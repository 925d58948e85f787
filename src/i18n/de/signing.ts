export const signing = {
  signed: {
    title: "Ihre Unterschrift ist gezählt",
    provisionalTitle: "Ihre Unterschrift ist vorläufig erfasst",
    supportOnlyTitle: "Ihre Unterstützung ist erfasst",
    supportOnly:
      "Für dieses Bürgerbegehren zählt nur eine handschriftliche Unterschrift auf einer Unterschriftenliste für das Quorum. Ihre Online-Unterschrift zeigt Ihre Unterstützung, zählt aber nicht mit. Eine Liste bekommen Sie bei den Vertrauenspersonen. Ihre Kontaktdaten stehen auf der Seite des Bürgerbegehrens.",
    receiptLabel: "Ihr Quittungscode",
    receiptHint:
      "Notieren Sie den Code oder machen Sie ein Bildschirmfoto. Mit ihm prüfen Sie auf der Seite des Bürgerbegehrens, ob Ihre Unterschrift gezählt ist. Nur dieser Browser sieht den Code, und nach etwa einer Stunde ist er hier nicht mehr abrufbar.",
    provisional:
      "Ihr Nachweis belegt nicht alle Voraussetzungen. Ihre Unterschrift ist vorläufig erfasst: Das Wahlamt prüft die fehlenden Angaben im Melderegister. Für das Quorum zählt sie erst, wenn das Wahlamt sie bestätigt.",
    unprovenLabel: "Nicht belegt sind:",
    unproven: {
      municipality: "Ihr Hauptwohnsitz in der Gemeinde",
      age: "Ihr Alter",
      nationality: "Ihre Staatsangehörigkeit",
      residence: "seit wann Sie in der Gemeinde wohnen",
      identity:
        "Ihr Geburtsort (er ist nötig, damit Ihre Unterschrift auch beim Unterschreiben auf Papier oder mit Passkey nur einmal zählt)",
    },
  },
  errors: {
    NOT_COLLECTING: {
      title: "Dieses Bürgerbegehren sammelt keine Unterschriften",
      body: "Die Sammelfrist hat noch nicht begonnen oder ist vorbei. Auf der Seite des Bürgerbegehrens sehen Sie die Sammelfrist.",
    },
    ALREADY_SIGNED: {
      title: "Sie haben bereits unterschrieben",
      body: "Für dieses Bürgerbegehren liegt schon eine Unterschrift von Ihnen vor, online oder auf Papier. Jede Person kann einmal unterschreiben. Mit Ihrem Quittungscode sehen Sie, ob die Unterschrift gezählt ist oder das Wahlamt sie noch prüft.",
    },
    SIGNED_ON_PAPER: {
      title: "Sie haben bereits auf Papier unterschrieben",
      body: "Das Wahlamt hat Ihre Unterschrift von einer Unterschriftenliste erfasst. Diese Unterschrift zählt für dieses Bürgerbegehren, Sie müssen nicht noch einmal unterschreiben. Wenn Sie sie zurückziehen möchten, wenden Sie sich schriftlich an das Wahlamt.",
    },
    SIGNATURE_INVALIDATED: {
      title: "Ihre Unterschrift wurde vom Wahlamt für ungültig erklärt",
      body: "Das Wahlamt hat Ihre frühere Unterschrift für dieses Bürgerbegehren geprüft und für ungültig erklärt. Diese Entscheidung gilt, deshalb können Sie nicht erneut unterschreiben. Halten Sie sie für falsch, wenden Sie sich an das Wahlamt Ihrer Gemeinde.",
    },
    CREDENTIAL_TYPE_NOT_ACCEPTED: {
      title: "Dieser Nachweis wird hier nicht angenommen",
      body: "Für dieses Bürgerbegehren gelten nur bestimmte Nachweise, zum Beispiel der Personalausweis-Nachweis (PID). Versuchen Sie es mit einem anderen Nachweis aus Ihrer Wallet.",
    },
    MUNICIPALITY_NOT_ELIGIBLE: {
      title: "Sie wohnen nicht in der Gemeinde dieses Bürgerbegehrens",
      body: "Unterschreiben dürfen nur Personen mit Hauptwohnsitz in der Gemeinde. Wenn Sie kürzlich umgezogen sind und Ihr Nachweis die alte Anschrift zeigt, lassen Sie ihn aktualisieren oder unterschreiben Sie auf einer Unterschriftenliste.",
    },
    UNDER_AGE: {
      title: "Sie haben das Mindestalter noch nicht erreicht",
      body: "Für dieses Bürgerbegehren müssen Sie am Tag der Unterschrift das Mindestalter erreicht haben. Auf der Seite des Bürgerbegehrens steht, ab welchem Alter Sie unterschreiben dürfen.",
    },
    NATIONALITY_NOT_ELIGIBLE: {
      title: "Ihre Staatsangehörigkeit berechtigt hier nicht zur Unterschrift",
      body: "Unterschreiben dürfen Deutsche und Staatsangehörige der anderen Mitgliedstaaten der Europäischen Union. Wenn Sie eine dieser Staatsangehörigkeiten besitzen, Ihr Nachweis sie aber nicht zeigt, unterschreiben Sie auf einer Unterschriftenliste.",
    },
    RESIDENCE_TOO_SHORT: {
      title: "Sie wohnen noch nicht lange genug in der Gemeinde",
      body: "Unterschreiben dürfen Sie erst, wenn Sie die verlangte Zeit mit Hauptwohnsitz in der Gemeinde wohnen. Auf der Seite des Bürgerbegehrens steht, wie lange das ist; unterschreiben Sie danach erneut, solange die Sammelfrist läuft.",
    },
  },
  invalidatedReason: (reason: string) => `Grund des Wahlamts: ${reason}.`,
  backToPetition: "Zurück zum Bürgerbegehren",
} as const;
