import type { wallet as de } from "../de/wallet";
import type { Widen } from "../widen";

export const wallet: Widen<typeof de> = {
  request: {
    purpose: (title) =>
      `Signature for the citizens' initiative "${title}". Only the details that show you may sign are requested.`,
    clientName: (title) => `mitzeichnen – citizens' initiative "${title}"`,
  },
  page: {
    title: "Sign with your wallet",
    intro: (title) => `You are signing the citizens' initiative "${title}". To do so, share your credential in your wallet.`,
    sameDeviceHeading: "Wallet on this device",
    sameDeviceButton: "Open wallet",
    sameDeviceHint: "Your wallet shows which details are requested. After you share them, it sends you back here.",
    crossDeviceHeading: "Wallet on another device",
    crossDeviceHint: "Scan the QR code with your wallet. This page then shows the result.",
    qrAlt: "QR code with the request to your wallet",
    qrTextAlternative:
      "Cannot scan the QR code? Open the wallet on this device with the button above, or enter this address in your wallet:",
    validUntil: (time) => `The request is valid until ${time}.`,
    demoHeading: "Demo",
    demoButton: "Open in the demo wallet",
    demoHint: "The demo wallet holds credentials of made-up people. No real signature is counted.",
  },
  status: {
    waiting: "Waiting for your wallet …",
    checkButton: "Check status",
    processing: "Checking your credential …",
    returnViaWallet: "Your wallet has answered. The result is shown on the page your wallet sends you back to.",
    expired: {
      title: "The request has expired",
      body: "For security, a request is valid for a few minutes only. Ask for a new one and open it in your wallet.",
      button: "Show a new request",
    },
  },
  outcome: {
    rejectedTitle: "Your credential was not accepted",
    walletErrorTitle: "Your wallet sent no credential",
    tryAgain: "Try again",
    reasons: {
      CLAIMS_MISSING: "Your wallet did not share all the details needed. Try again and share every requested detail.",
      CLAIMS_INVALID:
        "The details in your credential do not have the expected form. Try another credential or sign on a paper list.",
      PRESENTATION_MALFORMED: "Your wallet's answer was incomplete. Try again; if the error persists, update your wallet.",
      PROCESSING_FAILED: "An error occurred during the check. Nothing was signed. Try again in a few minutes.",
      other: "Your credential could not be checked. Try again or sign on a paper list.",
    },
    walletErrors: {
      access_denied:
        "You declined to share, or your wallet holds no suitable credential. If you want to sign, start again and share the credential.",
      other: "Your wallet could not process the request. Try again; if the error persists, update your wallet.",
    },
  },
  errors: {
    foreignBrowser: {
      title: "This request belongs to another browser",
      body: "You can see the result of a wallet request only in the browser in which you chose \"Sign with your wallet\". Open the citizens' initiative in that browser, or start again here.",
    },
    transactionNotFound: {
      title: "Wallet request not found",
      body: "This wallet request does not exist. Open the citizens' initiative and choose \"Sign with your wallet\" again.",
    },
    responseCodeInvalid: {
      title: "The return link is invalid",
      body: "The link your wallet sent you back with does not belong to this request. Open the request to see where it stands.",
    },
    responseCodeUsed: {
      title: "This link has already been used",
      body: "Your wallet's return link works once. You can still see the result on the page of the request.",
    },
    toTransaction: "To the wallet request",
    toOverview: "To the list of citizens' initiatives",
  },
  binding: {
    request: {
      purpose:
        "Proof that you may sign online in your municipality, to set up a passkey. Requested are your name, birth date and place of birth for your key, and your municipality, main residence since and nationality.",
      clientName: "mitzeichnen – set up a passkey",
    },
    page: {
      title: "Prove with your wallet",
      intro:
        "You prove that you may sign in your municipality and then set up a passkey. To do so, share your KommPass in your wallet. Only a key and the details of your eligibility are stored, not your name and not your address.",
    },
    outcome: {
      boundTitle: "Your eligibility is proven",
      boundBody: (minutes) => `Now set up your passkey. The proof is valid for ${minutes} minutes.`,
      continueButton: "Continue to the passkey",
    },
    backToActivation: "Back to the passkey setup",
    reasons: {
      VCT_NOT_ACCEPTED:
        "To set up a passkey we need a credential that also shows since when you have lived in the municipality: your municipality's KommPass. The ID card credential (PID) does not show this. Share the KommPass, or set up the passkey with an activation code from the citizens' office. You can still sign directly with your wallet using the PID.",
      ISSUER_UNTRUSTED:
        "The issuer of your credential is not admitted for setting up a passkey. Use your municipality's KommPass or an activation code from the citizens' office.",
      CLAIMS_MISSING:
        "Your wallet did not share all the details needed. To set up a passkey we need your name, birth date, place of birth, municipality, main residence since and nationality. Try again and share every requested detail.",
      CLAIMS_INVALID:
        "The details in your credential do not have the expected form. Use another credential, or set up the passkey with an activation code from the citizens' office.",
      EXPIRED: "Your credential has expired. Renew it in your wallet, then prove your eligibility again.",
      PROCESSING_FAILED: "An error occurred during the check. Nothing was stored. Try again in a few minutes.",
      PLACE_OF_BIRTH_UNPROVEN:
        "Your credential names no place of birth, only a country. Without a place of birth we cannot make sure that your signature counts once whichever way you sign. Set up the passkey with an activation code from the citizens' office, or sign directly with your wallet.",
      MUNICIPALITY_UNPROVEN:
        "Your credential does not show in which municipality you have your main residence. Use your municipality's KommPass or an activation code from the citizens' office.",
      RESIDENCE_UNPROVEN:
        "Your credential does not show since when you have lived in the municipality. Use your municipality's KommPass or an activation code from the citizens' office.",
      NATIONALITY_UNPROVEN: "Your credential shows no nationality. Use your municipality's KommPass or an activation code from the citizens' office.",
      NATIONALITY_NOT_ELIGIBLE:
        "Germans and citizens of the other member states of the European Union may sign citizens' initiatives. Your credential shows none of these nationalities, so you cannot set up a passkey. If you hold one of them, contact the citizens' office.",
    },
    walletErrors: {
      access_denied:
        "You declined to share, or your wallet holds no suitable credential. To set up a passkey you need your municipality's KommPass; the ID card credential (PID) is not enough, because it does not show since when you have lived in the municipality. Without a KommPass, set up the passkey with an activation code from the citizens' office.",
    },
  },
  protocolErrors: {
    TRANSACTION_NOT_FOUND: "Unknown transaction.",
    TRANSACTION_EXPIRED: "The transaction has expired. The person has to start a new request.",
    TRANSACTION_COMPLETED: "A response for this transaction has already been processed.",
    STATE_MISMATCH: "state is missing or does not match the request.",
    RESPONSE_MISSING: "The response contains neither response nor vp_token nor error.",
    ENCRYPTION_REQUIRED: "response_mode is direct_post.jwt: send the response as a JWE in the response parameter.",
    ENCRYPTION_NOT_REQUESTED: "response_mode is direct_post: send vp_token and state unencrypted.",
    JWE_MALFORMED: "response is not a JWE in compact serialization.",
    JWE_ALG_UNSUPPORTED: "The JWE must use alg ECDH-ES.",
    JWE_ENC_UNSUPPORTED: "The JWE must use enc A128GCM or A256GCM.",
    JWE_KID_MISMATCH: "The JWE kid does not match the key from client_metadata.jwks.",
    JWE_DECRYPTION_FAILED: "The JWE cannot be decrypted with this transaction's key.",
    PAYLOAD_NOT_JSON_OBJECT: "The decrypted content is not a JSON object.",
    CONTENT_TYPE_INVALID: "Send the response as application/x-www-form-urlencoded.",
    PARAMETER_REPEATED: "Each parameter may occur only once.",
    WALLET_NONCE_INVALID: "wallet_nonce must be 1 to 256 characters long.",
    FLOW_INVALID: "flow must be same-device or cross-device.",
  },
};
