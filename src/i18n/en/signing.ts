import type { signing as de } from "../de/signing";
import type { Widen } from "../widen";

export const signing: Widen<typeof de> = {
  signed: {
    title: "Your signature is counted",
    provisionalTitle: "Your signature is recorded provisionally",
    supportOnlyTitle: "Your support is recorded",
    supportOnly:
      "For this initiative, only a handwritten signature on a signature list counts toward the quorum. Your online signature shows your support but is not counted. You can get a list from the representatives. Their contact details are on the initiative's page.",
    receiptLabel: "Your receipt code",
    receiptHint:
      "Write the code down or take a screenshot. With it you can check on the initiative's page that your signature is counted. Only this browser sees the code, and after about an hour it can no longer be shown here.",
    provisional:
      "Your credential does not prove every requirement. Your signature is recorded provisionally: the election office checks the missing details against the population register. It counts toward the quorum only once the office confirms it.",
    unprovenLabel: "Not proven:",
    unproven: {
      municipality: "your main residence in the municipality",
      age: "your age",
      nationality: "your nationality",
      residence: "since when you have lived in the municipality",
      identity: "your place of birth (needed so that your signature counts only once, on paper or with a passkey as well)",
    },
  },
  errors: {
    NOT_COLLECTING: {
      title: "This initiative is not collecting signatures",
      body: "The collection period has not started yet or is over. The initiative's page shows the collection period.",
    },
    ALREADY_SIGNED: {
      title: "You have already signed",
      body: "There is already a signature of yours for this initiative, online or on paper. Everyone can sign once. Your receipt code shows whether the signature is counted or the election office is still checking it.",
    },
    SIGNED_ON_PAPER: {
      title: "You have signed on paper already",
      body: "The election office entered your signature from a paper list. That signature counts for this petition, so you do not need to sign again. To withdraw it, write to the election office.",
    },
    SIGNATURE_INVALIDATED: {
      title: "The election office declared your signature invalid",
      body: "The election office checked your earlier signature for this initiative and declared it invalid. The decision stands, so you cannot sign again. If you think it is wrong, contact the election office of your municipality.",
    },
    CREDENTIAL_TYPE_NOT_ACCEPTED: {
      title: "This credential is not accepted here",
      body: "This initiative accepts only certain credentials, for example the national ID credential (PID). Try another credential from your wallet.",
    },
    MUNICIPALITY_NOT_ELIGIBLE: {
      title: "You do not live in this initiative's municipality",
      body: "Only people whose main residence is in the municipality may sign. If you moved recently and your credential shows the old address, have it updated or sign on a paper list.",
    },
    UNDER_AGE: {
      title: "You have not reached the minimum age yet",
      body: "You must have reached the minimum age on the day you sign. The initiative's page says from which age you may sign.",
    },
    NATIONALITY_NOT_ELIGIBLE: {
      title: "Your nationality does not entitle you to sign here",
      body: "German citizens and citizens of the other member states of the European Union may sign. If you hold one of these nationalities but your credential does not show it, sign on a paper list.",
    },
    RESIDENCE_TOO_SHORT: {
      title: "You have not lived in the municipality long enough yet",
      body: "You may sign once your main residence has been in the municipality for the required time. The initiative's page says how long that is; sign again then, while the collection period is open.",
    },
  },
  invalidatedReason: (reason: string) => `The election office's reason: ${reason}.`,
  backToPetition: "Back to the initiative",
};
