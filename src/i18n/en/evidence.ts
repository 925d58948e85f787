import type { Widen } from "../widen";
import type { evidence as german } from "../de/evidence";

/** Texts of `npm run evidence:read`, which decrypts the evidence behind a petition's signatures for the election office. */
export const evidence: Widen<typeof german> = {
  cli: {
    usage:
      "Usage: npm run evidence:read -- PETITION-ID [--office-key FILE]. FILE is the election office's private key as JWK; without it, DATA_DIR/secrets/office-evidence-key.private.jwk is used outside production.",
    keyRequired: "Production keeps no key in the data folder. Give the election office's private key with --office-key FILE.",
    keyMissing: (file: string) => `The file ${file} does not exist. Give the file with the election office's private key with --office-key.`,
    keyInvalid: (file: string) =>
      `${file} contains no private P-256 key as JWK (kty "EC", crv "P-256", d). Give the file with the election office's private key.`,
    keyErased: (title: string) => `The evidence of “${title}” can no longer be read: the petition's key was destroyed when its retention period ended.`,
    serverSecretMismatch: "This SERVER_SECRET does not unwrap the petition's key. Set SERVER_SECRET to the value the server runs with.",
    noEvidence: (title: string) => `No evidence is stored for “${title}”.`,
    unreadable: (count: number) =>
      `${count} pieces of evidence could not be decrypted. Check that the key belongs to OFFICE_EVIDENCE_KEY and that SERVER_SECRET is the server's.`,
  },
};
