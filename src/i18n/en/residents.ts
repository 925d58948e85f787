import type { residents as de } from "../de/residents";
import type { Widen } from "../widen";

const englishDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Berlin" });

export const residents: Widen<typeof de> = {
  formatDate: (instant: Date) => englishDate.format(instant),
  activation: {
    title: "Set up a passkey with an activation code",
    intro:
      "With the activation code from your letter you set up a passkey once. After that you sign every running citizens' initiative in your municipality with it, without a wallet.",
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
        "This code has been used already. Sign in under \"My account\" with your passkey. If you did not use the code yourself, contact the citizens' office.",
      CODE_EXPIRED: "This code has expired. Contact your municipality's citizens' office for a new code.",
    },
    tooManyTitle: "Too many wrong attempts",
    tooManyBody: (minutes: number) =>
      `Too many wrong codes were entered from your connection. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
    registerTitle: "Set up your passkey",
    registerIntro:
      "Your code is valid. Now set up your passkey; your device asks for your screen lock, fingerprint or face. Only then is the code used up.",
    registerButton: "Set up passkey",
    startOver: "Enter the code again",
    checkedCodeMissing: "The check of your code has expired. Enter the code again.",
    defaultPasskeyName: "Passkey",
  },
  ceremonyErrors: {
    FACTS_EXPIRED: "Your details must be confirmed again.",
    SIGNED_OUT: "You are no longer signed in. Sign in again.",
  },
  signing: {
    heading: "Sign with a passkey",
    hint: "Have you set up a passkey with your activation letter? Then sign with it here.",
    button: "Sign with passkey",
    activateLink: "Set up a passkey with your activation letter",
    FACTS_EXPIRED: {
      title: "Your details must be confirmed again",
      body: (days: number) =>
        `Your eligibility was confirmed more than ${days === 1 ? "a day" : `${days} days`} ago and no longer counts. Confirm it with a new activation code from the citizens' office and then sign again, or sign with your wallet.`,
    },
    noOutcome: {
      title: "No result available",
      body: "The result is shown once, right after signing. With your receipt code you can check on the initiative's page whether your signature counts.",
    },
  },
  account: {
    navLabel: "My account",
    signInTitle: "Sign in to \"My account\"",
    signInIntro: "Sign in with the passkey you set up with your activation letter.",
    signInButton: "Sign in with passkey",
    noAccount: "No passkey yet? Set it up with the code from your activation letter.",
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
    factsStale: "Your eligibility must be confirmed again. Contact the citizens' office for a new activation code.",
    signedHeading: "Your signatures",
    signedIntro:
      "Running initiatives you have signed. The list is computed from your key each time you open this page; no list of your signatures is stored anywhere.",
    signedNone: "You have not signed any running initiative yet.",
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
