/** Texts of withdrawing a signature, by passkey or by wallet. */
export const withdrawal = {
  link: "Unterschrift zurückziehen",
  linkFor: (title: string) => `Unterschrift für „${title}“ zurückziehen`,
  signedNotice: "Sie haben dieses Bürgerbegehren unterschrieben.",
  paperSignedNotice: "Sie haben dieses Bürgerbegehren auf einer Unterschriftenliste unterschrieben.",
  paperWithdrawal:
    "Eine Unterschrift auf Papier können Sie hier nicht online zurückziehen. Möchten Sie sie zurückziehen, schreiben Sie an das Wahlamt Ihrer Gemeinde.",
  supportNotice: "Sie unterstützen dieses Bürgerbegehren online.",
  supportDetail:
    "Ihre Online-Unterstützung zählt nicht für das Quorum, weil für dieses Bürgerbegehren nur handschriftliche Unterschriften auf einer Unterschriftenliste zählen.",
  provisionalNotice:
    "Ihre Unterschrift ist vorläufig. Das Wahlamt prüft noch im Melderegister, ob Sie unterschreiben durften. Danach ist sie bestätigt oder für ungültig erklärt. Beides sehen Sie hier.",
  invalidatedNotice: "Ihre Unterschrift wurde vom Wahlamt für ungültig erklärt.",
  invalidatedDetail: (reason: string) =>
    `Grund: ${reason}. Die Unterschrift zählt nicht, und Sie können dieses Bürgerbegehren nicht erneut unterschreiben. Halten Sie die Entscheidung für falsch, wenden Sie sich an das Wahlamt Ihrer Gemeinde.`,
  page: {
    title: "Unterschrift zurückziehen",
    intro: (title: string) => `Sie möchten Ihre Unterschrift für das Bürgerbegehren „${title}“ zurückziehen.`,
    consequencesHeading: "Was dann geschieht",
    consequences: [
      "Ihre Unterschrift wird gelöscht und zählt nicht mehr.",
      "Ihr Quittungscode gilt danach nicht mehr.",
      "Das Protokoll der Unterschriften vermerkt, dass eine Unterschrift zurückgezogen wurde, ohne Ihren Namen.",
      "Solange die Sammelfrist läuft, können Sie später erneut unterschreiben.",
    ],
    proofHint:
      "Weisen Sie dazu erneut nach, wer Sie sind: mit Ihrem Passkey oder mit Ihrer Wallet. Der Quittungscode allein genügt nicht, weil sonst jeder, der ihn kennt, Ihre Unterschrift löschen könnte.",
    passkeyHeading: "Mit Passkey",
    passkeyHint:
      "Für Unterschriften mit Passkey, und für Unterschriften mit Wallet, wenn Sie für sich einen Passkey eingerichtet haben. Ihr Gerät fragt nach Ihrer Displaysperre, Ihrem Fingerabdruck oder Ihrer Gesichtserkennung.",
    passkeyButton: "Mit Passkey zurückziehen",
    walletHeading: "Mit Wallet",
    walletHint: "Ihre Wallet fragt nur Name, Geburtsdatum und Geburtsort ab. Daraus berechnet die Plattform, welche Unterschrift Ihre ist.",
    walletButton: "Mit Wallet zurückziehen",
    paperHint:
      "Auf einer Unterschriftenliste unterschrieben? Eine Unterschrift auf Papier ziehen Sie schriftlich beim Wahlamt Ihrer Gemeinde zurück.",
    cancel: "Abbrechen und zurück zum Bürgerbegehren",
  },
  outcomes: {
    withdrawn: {
      title: "Ihre Unterschrift ist zurückgezogen",
      body: "Ihre Unterschrift ist gelöscht und zählt nicht mehr, und Ihr Quittungscode gilt nicht mehr. Solange die Sammelfrist läuft, können Sie erneut unterschreiben.",
    },
    not_signed: {
      title: "Keine Unterschrift zum Zurückziehen",
      body: "Für Sie ist bei diesem Bürgerbegehren keine Online-Unterschrift gezählt: Sie haben nicht unterschrieben, oder Sie haben Ihre Unterschrift schon zurückgezogen. Haben Sie mit einem anderen Nachweis unterschrieben, etwa mit einem anderen Nachweis aus Ihrer Wallet, versuchen Sie es mit diesem.",
    },
    paper_signature: {
      title: "Unterschrift auf Papier",
      body: "Sie haben dieses Bürgerbegehren auf einer Unterschriftenliste unterschrieben. Eine Unterschrift auf Papier lässt sich nicht online zurückziehen. Schreiben Sie dazu an das Wahlamt Ihrer Gemeinde und nennen Sie das Bürgerbegehren; das Wahlamt streicht Ihre Unterschrift.",
    },
    not_collecting: {
      title: "Zurückziehen nicht mehr möglich",
      body: "Eine Unterschrift lässt sich nur zurückziehen, solange das Bürgerbegehren sammelt. Die Sammelfrist ist vorbei oder das Bürgerbegehren ist eingereicht. Bei Fragen wenden Sie sich an das Wahlamt Ihrer Gemeinde.",
    },
    declared_invalid: {
      title: "Unterschrift vom Wahlamt für ungültig erklärt",
      body: "Das Wahlamt hat Ihre Unterschrift geprüft und für ungültig erklärt. Sie zählt nicht, deshalb gibt es nichts zurückzuziehen, und Sie können nicht erneut unterschreiben. Wenn Sie die Entscheidung für falsch halten, wenden Sie sich an das Wahlamt Ihrer Gemeinde.",
    },
  },
  invalidReason: (reason: string) => `Grund des Wahlamts: ${reason}.`,
  noOutcome: {
    title: "Kein Ergebnis vorhanden",
    body: "Das Ergebnis wird nur einmal direkt nach dem Zurückziehen angezeigt. Ob Ihre Unterschrift noch gezählt ist, sehen Sie unter „Mein Konto“ oder mit Ihrem Quittungscode.",
  },
  backToPetition: "Zurück zum Bürgerbegehren",
  wallet: {
    /** Shown by the wallet next to the requested claims. */
    purpose: (title: string) =>
      `Rücknahme Ihrer Unterschrift für das Bürgerbegehren „${title}“. Abgefragt werden nur Name, Geburtsdatum und Geburtsort, um Ihre Unterschrift zu finden.`,
    clientName: (title: string) => `mitzeichnen – Unterschrift zurückziehen, „${title}“`,
    title: "Unterschrift mit Wallet zurückziehen",
    accessDenied:
      "Sie haben die Freigabe abgelehnt, oder Ihr Wallet enthält keinen passenden Nachweis. Ihre Unterschrift zählt weiter. Wenn Sie sie zurückziehen möchten, starten Sie erneut und geben Sie den Nachweis frei, oder ziehen Sie sie mit Ihrem Passkey zurück.",
    intro: (title: string) =>
      `Sie ziehen Ihre Unterschrift für das Bürgerbegehren „${title}“ zurück. Geben Sie dazu in Ihrem Wallet Ihren Nachweis frei.`,
  },
} as const;
