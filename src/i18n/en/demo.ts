import type { demo as de } from "../de/demo";
import type { Widen } from "../widen";

const englishDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export const demo: Widen<typeof de> = {
  wallet: {
    title: "Demo wallet",
    banner: "Demo – this wallet holds credentials of made-up people only. No real signature is counted.",
    intro:
      "Choose a made-up person. The demo wallet fetches the request over HTTP, checks its signature, shares only the requested details and sends the encrypted response – like a real wallet.",
    noRequest:
      "There is no request. On the page of a citizens' initiative choose \"Sign with your wallet\" and then \"Open in the demo wallet\".",
    situations: {
      eligible: "may sign",
      "eu-citizen": "EU citizen, may sign",
      "moved-recently": "moved here recently",
      underage: "not yet of age",
      "outside-municipality": "does not live in Dresden",
      "born-abroad": "born abroad",
    },
    bornOn: (date) => `born on ${englishDate.format(new Date(`${date}T00:00:00Z`))}`,
    presentButton: (name) => `Share the credential of ${name}`,
    declineButton: "Decline to share",
    sentTitle: "Response sent",
    sentBody: "The demo wallet has sent the response. The page with the QR code shows the result.",
    errorTitle: "The demo wallet could not process the request",
    errors: {
      RESIDENT_NOT_FOUND: "This made-up person does not exist. Choose a person from the list.",
      URI_NOT_OURS: "The request points to another address. The demo wallet talks to this service only.",
      REQUEST_FETCH_FAILED: "The request could not be fetched; it has probably expired. Ask for a new request.",
      REQUEST_OBJECT_INVALID: "The request is not validly signed or has expired. Ask for a new request.",
      CERTIFICATE_UNTRUSTED: "The request's certificate does not come from this service's test CA.",
      CLIENT_ID_MISMATCH: "The service's identifier (client_id) does not match its certificate.",
      RESPONSE_NOT_ACCEPTED: "The service did not accept the response; the request has probably expired or been answered. Ask for a new request.",
    },
  },
};
