import type { residents as de } from "../de/residents";
import type { Widen } from "../widen";

const englishDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Berlin" });

export const residents: Widen<typeof de> = {
  formatDate: (instant: Date) => englishDate.format(instant),
  activation: {
    title: "Prove your eligibility and set up a passkey",
    intro:
      "Prove once that you may sign in your municipality, then set up a passkey. After that you sign every running citizens' initiative in your municipality with it, without a wallet.",
    codeHeading: "With the activation code from your letter",
    walletHeading: "With your wallet",
    walletHint:
      "Do you have your municipality's KommPass in your wallet? Then prove your eligibility with it, without a letter. The ID card credential (PID) is not enough, because it does not show since when you have lived in the municipality.",
    walletButton: "Prove with your wallet",
    walletUnavailable: {
      title: "Proving with a wallet is not possible",
      body: "This platform currently accepts no wallet credential that proves every detail needed. Set up your passkey with an activation code; your municipality's citizens' office gives you one.",
    },
    codeLabel: "Activation code",
    codeHint: "24 characters from your letter, for example 7KQ2-M9XD-4TNB-W3HC-R8PE-6FJA. Upper or lower case and hyphens do not matter.",
    submit: "Check code",
    errorSummaryTitle: "The code was not accepted",
    errors: {
      CODE_MISSING: "Enter the activation code from your letter.",
      CODE_MALFORMED: "The code must be 24 characters long and consists of digits and letters. Check what you typed.",
      CODE_UNKNOWN: "This code does not exist. Check what you typed, especially the first eight characters.",
      CODE_WRONG: "The code is wrong. Check what you typed character by character.",
      CODE_LOCKED:
        "This code is locked because it was entered wrongly too often. Contact your municipality's citizens' office for a new code.",
      CODE_USED:
        "This code has been used already. If you set up a passkey with it, sign in under \"My account\". If you have deleted your account since, or did not use the code yourself, the citizens' office gives you a new code. With your wallet you can set up a passkey without a code.",
      CODE_EXPIRED: "This code has expired. Contact your municipality's citizens' office for a new code.",
      ACTIVATION_EXPIRED: "Your proof with the wallet has expired or was used already. Prove your eligibility with your wallet again.",
      NO_ACCOUNT: "You no longer have an account. Set up a new passkey.",
      PASSKEY_OF_OTHER_ACCOUNT: "This passkey belongs to another account. Sign in with your own passkey or set up a new one.",
    },
    tooManyTitle: "Too many wrong attempts",
    tooManyBody: (minutes: number) =>
      `Too many wrong codes were entered from your connection. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
    registerTitle: "Set up your passkey",
    registerIntro:
      "Your code is valid. Now set up your passkey; your device asks for your screen lock, fingerprint or face. Only then is the code used up.",
    walletRegisterIntro: (minutes: number) =>
      `Your eligibility is proven. Now set up your passkey within ${minutes} minutes; your device asks for your screen lock, fingerprint or face.`,
    registerButton: "Set up passkey",
    existingAccount:
      "You already have an account. Sign in with your passkey; your eligibility then counts anew from today. If you no longer have your passkey, for example after changing devices, set up a new one. It is added to your account, and your eligibility counts anew from today as well.",
    signInHeading: "Sign in with your passkey",
    signInButton: "Sign in with passkey",
    newPasskeyHeading: "Set up a new passkey",
    startOver: "Enter the code again",
    walletStartOver: "Start again",
    checkedCodeMissing: "The check has expired. Enter the code again or prove your eligibility with your wallet again.",
    problemTitle: "The passkey cannot be set up",
    notBound: "This wallet request holds no valid proof of your eligibility. Open the request to see where it stands, or start again.",
    defaultPasskeyName: "Passkey",
  },
  ceremonyErrors: {
    FACTS_EXPIRED: "Your details must be confirmed again.",
    SIGNED_OUT: "You are no longer signed in. Sign in again.",
  },
  signing: {
    heading: "Sign with a passkey",
    hint: "Have you set up a passkey, with your activation letter or your wallet? Then sign with it here.",
    button: "Sign with passkey",
    activateLink: "Set up a passkey, with an activation letter or your wallet",
    FACTS_EXPIRED: {
      title: "Your details must be confirmed again",
      body: (days: number) =>
        `Your eligibility was confirmed more than ${days === 1 ? "a day" : `${days} days`} ago and no longer counts. Confirm it under "Set up a passkey" with your wallet or a new activation code from the citizens' office and then sign again, or sign with your wallet directly.`,
    },
    ineligible: {
      MUNICIPALITY_NOT_ELIGIBLE: {
        title: "You do not live in this petition's municipality",
        body: "The facts stored with your passkey place your main residence in another municipality. If you have moved, confirm your new address under “Set up a passkey” with your wallet or a new activation code from the citizens' office. You can also sign on a paper list.",
      },
      UNDER_AGE: {
        title: "You have not reached the minimum age yet",
        body: "The facts stored with your passkey show that you have not reached this petition's minimum age yet. The petition's page says from which age you may sign.",
      },
      NATIONALITY_NOT_ELIGIBLE: {
        title: "Your nationality does not entitle you to sign here",
        body: "This petition accepts only certain nationalities, and the one stored for you is not among them. If the stored facts are wrong, contact the citizens' office.",
      },
      RESIDENCE_TOO_SHORT: {
        title: "You have not lived in the municipality long enough",
        body: "The facts stored with your passkey show that you have not lived in the municipality as long as this petition requires. Sign again once you have, while the collection is still open.",
      },
    },
    noOutcome: {
      title: "No result available",
      body: "The result is shown once, right after signing. With your receipt code you can check on the initiative's page whether your signature counts.",
    },
  },
  account: {
    navLabel: "My account",
    signInTitle: "Sign in to \"My account\"",
    signInIntro: "Sign in with the passkey you set up for mitzeichnen.",
    signInButton: "Sign in with passkey",
    noAccount: "No passkey yet? Set it up with the code from your activation letter or with your wallet.",
    signedOut: "You are no longer signed in. Sign in again.",
    signedOutNotice: "You have signed out.",
    title: "My account",
    signOut: "Sign out",
    factsHeading: "Your eligibility",
    factsIntro: "The platform does not know your name. It stores only a key computed from your register data, and these details:",
    municipality: (name: string) => `Main residence: ${name}`,
    citizenship: { DE: "Citizenship: German", EU: "Citizenship: another EU member state" },
    provenBy: { letter: "activation letter", in_person: "citizens' office", wallet: "wallet" },
    provenOn: (date: string, how: string) => `Confirmed on ${date} (${how}).`,
    validUntil: (date: string) => `Valid until ${date}; after that you must confirm your eligibility again.`,
    factsStale:
      "Your eligibility must be confirmed again. Prove it with your wallet under \"Set up a passkey\", or get a new activation code from the citizens' office.",
    signedHeading: "Your signatures",
    signedIntro:
      "Running initiatives you have signed. The list is computed from your key each time you open this page; no list of your signatures is stored anywhere.",
    signedNone: "You have not signed any running initiative yet.",
    signatureStates: {
      provisional: "provisional: the election office is still checking the population register to see whether you were allowed to sign",
      paper: "signed on a signature list. To withdraw it, write to the election office of your municipality.",
      onlineSupport: "online support. It does not count toward the quorum, because only paper signatures count here.",
      invalid: (reason: string) =>
        `declared invalid by the election office, reason: ${reason}. The signature does not count. If you think this is wrong, contact the election office of your municipality.`,
    },
    passkeysHeading: "Your passkeys",
    created: (date: string) => `Set up on ${date}`,
    lastUsed: (date: string) => `Last used on ${date}`,
    neverUsed: "Not used yet",
    remove: "Remove",
    removeLabel: (name: string) => `Remove passkey "${name}"`,
    lastPasskeyNote: "You cannot remove your only passkey. If you no longer want to use the platform, delete your account.",
    addHeading: "Add another passkey",
    addButton: "Add passkey",
    notices: {
      added: "The passkey was added.",
      removed: "The passkey was removed.",
    },
    removeErrors: {
      PASSKEY_NOT_FOUND: "This passkey no longer exists. Reload the page.",
      LAST_PASSKEY: "You cannot remove your only passkey.",
    },
    deleteHeading: "Delete account",
    deleteLink: "Delete account …",
    deleteTitle: "Really delete your account?",
    deleteConsequences: [
      "Your passkeys, your key and your eligibility details are deleted at once and for good.",
      "Signatures you have already given stay counted. Afterwards they cannot be linked to any person, not even to you.",
      "To sign online again you need a new activation code from the citizens' office, or your wallet.",
    ],
    deleteConfirm: "Yes, delete my account for good",
    deleteCancel: "Cancel and go back to \"My account\"",
    deletedTitle: "Your account is deleted",
    deletedBody: "Your passkeys, your key and your details are deleted. Your earlier signatures stay counted.",
    backToOverview: "Go to the list of initiatives",
  },
};
