import type { withdrawal as de } from "../de/withdrawal";
import type { Widen } from "../widen";

/** Texts of withdrawing a signature, by passkey or by wallet. */
export const withdrawal: Widen<typeof de> = {
  link: "Withdraw your signature",
  linkFor: (title: string) => `Withdraw your signature for “${title}”`,
  signedNotice: "You have signed this initiative.",
  paperSignedNotice: "You have signed this initiative on a signature list.",
  paperWithdrawal: "You cannot withdraw a paper signature online here. To withdraw it, write to the election office of your municipality.",
  supportNotice: "You support this initiative online.",
  supportDetail: "Your online support does not count toward the quorum, because only handwritten signatures on a signature list count for this initiative.",
  provisionalNotice:
    "Your signature is provisional. The election office is still checking the population register to see whether you were allowed to sign. It then confirms the signature or declares it invalid, and you will see either here.",
  invalidatedNotice: "The election office declared your signature invalid.",
  invalidatedDetail: (reason: string) =>
    `Reason: ${reason}. The signature does not count, and you cannot sign this initiative again. If you think the decision is wrong, contact the election office of your municipality.`,
  page: {
    title: "Withdraw your signature",
    intro: (title: string) => `You want to withdraw your signature for the initiative “${title}”.`,
    consequencesHeading: "What happens then",
    consequences: [
      "Your signature is deleted and no longer counts.",
      "Your receipt code is no longer valid.",
      "The signature log records that a signature was withdrawn, without your name.",
      "While the collection period runs, you can sign again later.",
    ],
    proofHint:
      "To do this, prove again who you are: with your passkey or with your wallet. The receipt code alone is not enough, because anyone who knows it could otherwise delete your signature.",
    passkeyHeading: "With a passkey",
    passkeyHint:
      "For signatures made with a passkey, and for signatures made with a wallet if you have set up a passkey for yourself. Your device asks for your screen lock, fingerprint or face recognition.",
    passkeyButton: "Withdraw with passkey",
    walletHeading: "With a wallet",
    walletHint: "Your wallet is asked only for your name, date of birth and place of birth. From these the platform computes which signature is yours.",
    walletButton: "Withdraw with wallet",
    paperHint: "Signed on a paper list? You withdraw a paper signature in writing at your municipality's election office.",
    cancel: "Cancel and go back to the initiative",
  },
  outcomes: {
    withdrawn: {
      title: "Your signature is withdrawn",
      body: "Your signature is deleted and no longer counts, and your receipt code is no longer valid. While the collection period runs, you can sign again.",
    },
    not_signed: {
      title: "No signature to withdraw",
      body: "No online signature of yours is counted for this initiative: you have not signed it, or you have already withdrawn your signature. If you signed with another credential, for example another one from your wallet, try with that one.",
    },
    paper_signature: {
      title: "Signature on paper",
      body: "You signed this initiative on a paper list. A paper signature cannot be withdrawn online. Write to your municipality's election office and name the initiative; the office strikes out your signature.",
    },
    not_collecting: {
      title: "Withdrawal no longer possible",
      body: "A signature can be withdrawn only while the initiative is collecting. The collection period is over or the initiative has been submitted. If you have questions, contact your municipality's election office.",
    },
    declared_invalid: {
      title: "Signature declared invalid by the election office",
      body: "The election office checked your signature and declared it invalid. It does not count, so there is nothing to withdraw, and you cannot sign again. If you think the decision is wrong, contact your municipality's election office.",
    },
  },
  invalidReason: (reason: string) => `The election office's reason: ${reason}.`,
  noOutcome: {
    title: "No result available",
    body: "The result is shown only once, right after the withdrawal. Whether your signature is still counted is shown under “My account” or with your receipt code.",
  },
  backToPetition: "Back to the initiative",
  wallet: {
    purpose: (title: string) =>
      `Withdrawal of your signature for the initiative “${title}”. Only your name, date of birth and place of birth are requested, to find your signature.`,
    clientName: (title: string) => `mitzeichnen – withdraw signature, “${title}”`,
    title: "Withdraw your signature with a wallet",
    accessDenied:
      "You declined to share, or your wallet contains no matching credential. Your signature still counts. If you want to withdraw it, start again and share the credential, or withdraw it with your passkey.",
    intro: (title: string) => `You are withdrawing your signature for the initiative “${title}”. Share your credential in your wallet to do so.`,
  },
};
