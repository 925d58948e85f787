import type { Widen } from "../widen";
import type { credentials as de } from "../de/credentials";

export const credentials: Widen<typeof de> = {
  typeNames: {
    "urn:mitzeichnen:demo:kommpass:1": "KommPass (the municipality's demo credential)",
    "urn:eudi:pid:1": "EU identity credential (PID)",
    "urn:eudi:pid:de:1": "German identity card credential (PID)",
  },
  rejection: {
    MALFORMED: "Your credential could not be read. Start again and choose the credential in your wallet once more.",
    TYP_INVALID: "Your wallet did not send a credential in SD-JWT VC format. Choose an ID card credential (PID) or the KommPass.",
    ALG_NOT_ALLOWED: "Your credential is protected with a method we do not accept. Update your wallet or use another credential.",
    ISSUER_UNTRUSTED:
      "The issuer of your credential is not accepted for this citizens' initiative. Use a credential from an accepted issuer, for example your ID card credential (PID).",
    CHAIN_INVALID:
      "The certificate of your credential's issuer is invalid or has expired. Have the credential reissued in your wallet or use another one.",
    SIGNATURE_INVALID: "The signature of your credential is invalid. Delete the credential in your wallet and have it issued again.",
    VCT_NOT_ACCEPTED:
      "This type of credential is not accepted for this citizens' initiative. The initiative's page lists the credentials you can use.",
    EXPIRED: "Your credential has expired. Renew it in your wallet, then sign again.",
    NOT_YET_VALID: "Your credential is not valid yet. Check the date and time on your smartphone or try again later.",
    DISCLOSURE_INVALID:
      "The details from your credential do not match the issuer's signature. Start again; if the error persists, have the credential reissued.",
    KEY_BINDING_MISSING:
      "Your wallet did not confirm that the credential is stored on this device. Update your wallet and try again.",
    KEY_BINDING_INVALID: "Your wallet's confirmation is invalid. Start again with the wallet that holds the credential.",
    NONCE_MISMATCH: "Your wallet answered an older request. Reload the page and scan the new QR code.",
    AUDIENCE_MISMATCH: "Your wallet confirmed the credential for another service. Start again on this page.",
    KEY_BINDING_STALE:
      "Your wallet's confirmation is too old or your smartphone's clock is wrong. Check the date and time and start again.",
    SD_HASH_MISMATCH: "The details sent were changed after your wallet confirmed them. Start again.",
    REVOKED: "The issuer has suspended or revoked your credential. Get a new credential or use another one.",
    STATUS_UNAVAILABLE: "We could not check right now whether your credential has been revoked. Try again in a few minutes.",
  },
  claims: {
    CLAIMS_MISSING:
      "Your wallet did not share all the details we need. Start again and share your name, date of birth and place of birth.",
    CLAIMS_INVALID:
      "The details in your credential have a format we cannot read. Use another credential or sign on a paper list.",
  },
};
