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
  ceremony: {
    cancelled: "The request was cancelled or has timed out. Try again.",
    unsupported: "This browser does not support passkeys. Use an up-to-date browser.",
    failed: "That did not work. Reload the page and try again.",
  },
};
