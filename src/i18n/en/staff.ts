import type { Widen } from "../widen";
import type { staff as de } from "../de/staff";

const englishDateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });

export const staff: Widen<typeof de> = {
  formatDateTime: (instant: Date) => englishDateTime.format(instant),
  roles: {
    admin: "Administration",
    organiser: "Initiative (representative)",
    election_office: "Election office",
  },
  passkeyExplanation: {
    heading: "What is a passkey?",
    body: "A passkey replaces the password. It is kept safely on your device (phone, computer or security key) and is unlocked with your screen lock, fingerprint or face recognition. The service only receives a public key, never a password or biometric data.",
    noPasskeyHeading: "Your browser offers no passkey?",
    noPasskeyBody:
      "Update your browser and turn on your device's screen lock. You can also use a phone with a passkey through the QR code the browser shows, or a security key (USB or NFC). Without a passkey you cannot sign in, because the service uses no passwords.",
    scriptRequired: "Passkeys need JavaScript to be turned on in your browser.",
  },
  signIn: {
    title: "Sign in",
    heading: "Sign in for staff",
    intro: "Staff of initiatives, the election office and the administration sign in here with their passkey. Residents need no account to sign a petition.",
    button: "Sign in with a passkey",
    signedOut: "You are signed out.",
    working: "Your browser now asks for your passkey …",
  },
  home: {
    title: "Staff area",
    heading: (name: string) => `Welcome, ${name}`,
    role: (role: string) => `Your role: ${role}`,
    passkeysLink: "My passkeys",
    staffLink: "Invite staff",
    auditLink: "Audit log",
  },
  passkeyErrors: {
    CHALLENGE_MISSING: "The request has timed out or was already used. Reload the page and try again.",
    CHALLENGE_MISMATCH: "The response does not belong to this request. Reload the page and try again.",
    WRONG_CEREMONY: "The response does not belong to this request. Reload the page and try again.",
    ORIGIN_MISMATCH: "The passkey was used on another website. Open this page directly at the service's address.",
    RP_ID_MISMATCH: "The passkey belongs to another website. Use a passkey you created for this service.",
    USER_NOT_VERIFIED: "Your device did not confirm that it is you. Next time enter your PIN or use your fingerprint or face recognition.",
    UNKNOWN_CREDENTIAL: "This passkey is not registered here or was removed. Choose another passkey.",
    COUNTER_REGRESSION: "This passkey was rejected because it may have been copied. Sign in with another passkey and tell the administration.",
    RESPONSE_INVALID: "Your device's response is invalid. Try again or use another passkey.",
    STAFF_DISABLED: "This account is disabled. Contact the administration.",
    PASSKEY_ALREADY_REGISTERED: "This passkey is already registered. Use another device or security key.",
    INVITATION_NOT_FOUND: "This invitation link does not exist. Check that you copied all of it.",
    INVITATION_USED: "This invitation link has already been used. Sign in with your passkey.",
    INVITATION_EXPIRED: "This invitation link has expired. Ask the administration for a new link.",
    BODY_INVALID: "The request is incomplete. Reload the page and try again.",
  },
  invitation: {
    title: "Set up your account",
    heading: (name: string) => `Welcome, ${name}`,
    intro: (role: string) =>
      `You were invited as "${role}". Set up a passkey now. You will sign in with it from now on; there is no password.`,
    validUntil: (when: string) => `The link works until ${when} and only once.`,
    button: "Set up a passkey",
    problemTitles: {
      INVITATION_NOT_FOUND: "Invitation not found",
      INVITATION_USED: "Invitation already used",
      INVITATION_EXPIRED: "Invitation expired",
    },
    signInLink: "Go to sign-in",
  },
  passkeyName: {
    label: "Passkey name",
    hint: "So you can tell your passkeys apart later, for example \"Office laptop\" or \"Phone\". At most 60 characters.",
    defaultName: "Passkey",
    errors: {
      NAME_MISSING: "Enter a name for the passkey.",
      NAME_TOO_LONG: "Shorten the name to at most 60 characters.",
    },
  },
  passkeys: {
    title: "My passkeys",
    heading: "My passkeys",
    intro: "You can sign in with any of these passkeys. It is best to add a second passkey on another device in case one gets lost.",
    created: (when: string) => `Created on ${when}`,
    lastUsed: (when: string) => `Last used on ${when}`,
    neverUsed: "Not yet used to sign in",
    rename: "Rename",
    renameLabel: (name: string) => `New name for "${name}"`,
    remove: "Remove",
    removeLabel: (name: string) => `Remove passkey "${name}"`,
    lastPasskeyNote: "You cannot remove your only passkey. Add another one first.",
    addHeading: "Add another passkey",
    addButton: "Add a passkey",
    notices: {
      renamed: "The passkey was renamed.",
      removed: "The passkey was removed.",
      added: "The passkey was added.",
    },
    errors: {
      PASSKEY_NOT_FOUND: "This passkey does not exist (any more). Reload the page.",
      LAST_PASSKEY: "You cannot remove your only passkey. Add another one first.",
    },
    errorSummaryTitle: "There is a problem",
  },
  ceremony: {
    cancelled: "The request was cancelled or has timed out. Try again.",
    unsupported: "This browser does not support passkeys. Use an up-to-date browser.",
    failed: "That did not work. Reload the page and try again.",
  },
};
