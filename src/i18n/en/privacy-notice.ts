import type { PrivacyNoticeFacts } from "../../privacy/privacy-notice-facts";
import type { privacyNotice as de } from "../de/privacy-notice";
import type { Widen } from "../widen";

type Facts = PrivacyNoticeFacts;

const days = (count: number) => (count === 1 ? "one day" : `${count} days`);
const hours = (count: number) => (count === 1 ? "one hour" : `${count} hours`);
const minutes = (count: number) => (count === 1 ? "one minute" : `${count} minutes`);

export const privacyNotice: Widen<typeof de> = {
  title: "Privacy notice",
  intro:
    "This page lists the data mitzeichnen stores, why, for how long and who can see it. Periods and times come from this server's configuration and change with it.",
  controllerHeading: "Controller",
  officerLabel: "Data protection officer:",
  emailLabel: "Email:",
  dataHeading: "What data is stored",
  columns: { data: "Data", purpose: "Purpose", retention: "Kept for", access: "Who can see it" },
  kinds: [
    {
      name: "Signatures",
      content:
        "Nullifier (a pseudonym per person and petition), a second, weaker pseudonym from the family name and birth date only, kind of signature (wallet, passkey, paper), time, issuer and type of the credential, the outcome of each eligibility check and a hash of the receipt code. No names, addresses or birth dates.",
      purpose: "Each person counts once per petition; the second pseudonym shows the election office possible duplicates, for example with differently written given names; the election office checks the signatures; you can check with the receipt code that your signature counts.",
      retention: (facts: Facts) =>
        `Until ${days(facts.retentionDays)} after the petition's conclusion: the decision on its admissibility, or, if it was not submitted, the last day on which that was still possible. Then the server deletes the signatures, their evidence, the signature log's entries and the wallet transactions, and destroys the petition's key, at most ${hours(facts.retentionIntervalHours)} after the period ended. Only the counts and the log's head hash remain.`,
      access: "Organisers, the election office and administrators see numbers only, never who signed. Technical operations have access to the database.",
    },
    {
      name: "Signature evidence",
      content:
        "For a wallet signature the verified attributes from the credential (family name, given names, birth date, place of birth, municipality key, main residence since, nationalities), for a passkey signature the account's eligibility facts; also kind, time, issuer and the outcome of the checks. Stored only encrypted: to the election office's public key, and around that with a key of the petition.",
      purpose: "In a dispute about one signature, the election office can trace who signed and why it was counted.",
      retention: (_facts: Facts) =>
        "As the signatures; a deleted signature takes its evidence along. With the petition's key, every copy of the evidence becomes unreadable too.",
      access:
        "Only the election office with its private key, and only together with the server secret. Technical operations cannot read the evidence because they lack the election office's key. Each decryption is recorded in the audit log.",
    },
    {
      name: "Signature log",
      content: "For every change to the signatures: kind of change, nullifier, kind of signature, time and a hash that chains the entries.",
      purpose: "Every count can be recomputed; an inserted or removed entry shows.",
      retention: (_facts: Facts) => "As the signatures. After that only the log's length and the hash of its last entry remain.",
      access:
        "Technical operations have access to the database. When the election office generates a certified tally, anyone who has the address of its check page can fetch the entries up to that tally: nullifier, kind of change and of signature, status, reason and time, never a name.",
    },
    {
      name: "Residents' accounts",
      content:
        "Resident key (an HMAC of name, birth date and place of birth, from which these cannot be computed back), a weaker key from the family name and birth date only (also an HMAC, used only to show the election office possible duplicate signatures), eligibility facts (municipality key, main residence since, date of coming of age, German or EU citizenship), how and when they were proven, and the public keys and names of your passkeys.",
      purpose: "You can sign with a passkey without presenting a credential each time.",
      retention: (facts: Facts) =>
        `Until you delete the account under "My account". For signing, the facts are valid for ${days(facts.residentFactsValidDays)}; after that you must prove them again.`,
      access: "Only you, signed in with your passkey. Technical operations have access to the database.",
    },
    {
      name: "Activation codes",
      content: "The code's identifier, a hash of its secret part, resident key, the weaker key from family name and birth date, eligibility facts, expiry date, number of failed attempts and time of use.",
      purpose: "You can set up a passkey with a letter or a code from the citizens' office.",
      retention: (facts: Facts) =>
        `A code is valid until the date printed in the letter; a code from the citizens' office for ${days(facts.inPersonCodeDays)}. After its last valid day it is deleted, used or not, at most ${minutes(facts.purgeIntervalMinutes)} later.`,
      access: "The election office and administrators upload the codes but do not see them afterwards. Technical operations have access to the database.",
    },
    {
      name: "Activation with the wallet",
      content:
        "After you confirmed your account with a credential from your wallet: the resident key, the weaker key from family name and birth date, and the eligibility facts, until you set up a passkey. No names, addresses or birth dates.",
      purpose: "Assigning the checked facts to your new or existing account once the passkey is set up.",
      retention: (facts: Facts) =>
        `Until the passkey is set up, for ${minutes(facts.walletActivationMinutes)} at most; then the entry is deleted, ${minutes(facts.purgeIntervalMinutes)} later at the latest.`,
      access: "No one through the interface. Technical operations have access to the database.",
    },
    {
      name: "Staff accounts",
      content: "Name, role, teams, passkeys and invitations (only a hash of the invitation link).",
      purpose: "Sign-in and permissions of organisers, the election office and administrators.",
      retention: (facts: Facts) =>
        `As long as the person works with the platform; disabled accounts stay for the audit log. An invitation link is valid for ${hours(facts.invitationHours)}.`,
      access: "Administrators.",
    },
    {
      name: "Audit log",
      content: "Which staff member changed what and when (for example published a draft or uploaded codes). No names, addresses or birth dates of residents.",
      purpose: "Every change by staff can be traced.",
      retention: (_facts: Facts) => "Without a time limit, as long as the platform runs.",
      access: "Administrators.",
    },
    {
      name: "Sessions",
      content: "A hash of the session cookie, the account, start and last activity.",
      purpose: "Staying signed in and protecting requests against other sites.",
      retention: (facts: Facts) =>
        `A staff session ends after ${minutes(facts.staffSessionIdleMinutes)} without activity and after ${hours(facts.staffSessionMaxHours)} at the latest; a resident's session after ${minutes(facts.residentSessionIdleMinutes)}, ${hours(facts.residentSessionMaxHours)} at the latest. Signing out deletes it, and an ended session is deleted at most ${minutes(facts.purgeIntervalMinutes)} after its end.`,
      access: "Nobody through the user interface. Technical operations have access to the database.",
    },
    {
      name: "Wallet signing requests",
      content:
        "One-time values (nonce, state), a hash of the browser cookie, the key that decrypts the response, the requested claims and the outcome with the receipt code. The presented credentials themselves are checked in memory only and never stored.",
      purpose: "Matching the wallet's response to the browser that started the signature, and showing you the outcome.",
      retention: (facts: Facts) =>
        `A request stays open for ${minutes(facts.transactionMinutes)}; then its key is deleted, and the whole request ${hours(facts.transactionRecordHours)} after its start at the latest.`,
      access: "Only the browser that started the request. Technical operations have access to the database.",
    },
    {
      name: "Passkey ceremonies",
      content: "The random challenge of a passkey sign-in or registration and a hash of the browser cookie.",
      purpose: "Each passkey sign-in counts once and only in this browser.",
      retention: (facts: Facts) => `${minutes(facts.challengeMinutes)}, then invalid.`,
      access: "Nobody through the user interface.",
    },
    {
      name: "IP addresses",
      content: "Your connection's IP address (for IPv6 its /64 network), in the server's memory only.",
      purpose: "Limiting too many requests and guesses from one connection.",
      retention: (facts: Facts) => `At most ${minutes(facts.clientAddressMinutes)}; it is written neither to the database nor to the server logs.`,
      access: "Nobody.",
    },
    {
      name: "Server logs",
      content:
        "Per request: time, method, path (without parameters, which can carry codes), status code, duration and a request id, and for sign-ins and changes the account's id. No IP addresses, names, codes or credentials.",
      purpose: "Operations and troubleshooting.",
      retention: (facts: Facts) => `${days(facts.logRetentionDays)}.`,
      access: "Technical operations.",
    },
  ],
  linkingHeading: "Who can link signatures",
  linking:
    "A person's nullifier differs for every petition, so nobody can read from the database which petitions the same person supported. Whoever holds the server secret (the technical operations of this platform) can, however, compute these nullifiers for a person and so link them. The server secret is not stored in the database. The second, weaker pseudonym from the family name and birth date links signatures only within the same petition: when two signatures share it, the election office's review list shows them as a possible duplicate, even if they are two people, such as twins. It never decides about a signature; the election office does. It is derived with the petition's key and deleted with the signatures. For passkey signatures the server derives it from the weaker key your account stores. Whoever holds the server secret can compute that key from the family name and birth date alone and so match an account to a person. Once that key is destroyed, not even a copy can be matched to anyone.",
  rightsHeading: "Your rights",
  rights:
    "Under \"My account\" you see which running petitions you signed. Under \"Your stored data\" you see everything the platform stores about your account and can download it as a JSON file (access under Art. 15 GDPR). While a petition is collecting, you can withdraw your signature by proving again with a passkey or wallet who you are. The signature is then deleted, and the signature log records the withdrawal with the nullifier. You withdraw a paper signature at the election office. You can delete your account; signatures already given stay counted and can afterwards be withdrawn only with a wallet. For rectification, erasure, complaints or access beyond what the platform shows itself, contact the controller or the data protection officer. You can also lodge a complaint with the competent data protection supervisory authority.",
  footerLink: "Privacy",
};
