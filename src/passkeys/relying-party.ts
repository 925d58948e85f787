import type { Config } from "../config";

/** The WebAuthn relying party as browsers and authenticators see it. */
export type RelyingParty = {
  /** RP ID: the host of the origin or a parent domain of it. */
  id: string;
  /** Origin the browser reports in clientDataJSON. */
  origin: string;
  /** Name authenticators show next to the passkey. */
  name: string;
};

export function relyingPartyFrom(config: Config): RelyingParty {
  return { id: config.webauthn.rpId, origin: config.webauthn.origin, name: "mitzeichnen" };
}
