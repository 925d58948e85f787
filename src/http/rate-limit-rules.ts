import type { RouteRule } from "./route-table";

/**
 * Kind of endpoint, each with its own limit per client:
 * - start: starts a wallet transaction, a passkey ceremony, an invitation
 *   or an in-person activation code;
 * - code: accepts a code that an attacker could guess (activation,
 *   receipt, invitation, response code);
 * - tally: the public recompute page of a certified tally and its JSON,
 *   which honest visitors load often. A token that finds no tally counts as
 *   a code guess too, and a client out of code guesses gets 429 here as well;
 * - wallet: called by wallets, limited per client and per transaction;
 * - other: any other POST (the default for routes not listed here).
 * GET routes are limited only when listed.
 */
export type RateLimitKind = "start" | "code" | "tally" | "wallet" | "other";

export const RATE_LIMIT_RULES: readonly RouteRule<RateLimitKind>[] = [
  { method: "POST", path: "/petitionen/:id/wallet", value: "start" },
  { method: "POST", path: "/petitionen/:id/passkey/optionen", value: "start" },
  { method: "POST", path: "/petitionen/:id/ruecknahme/wallet", value: "start" },
  { method: "POST", path: "/petitionen/:id/ruecknahme/passkey/optionen", value: "start" },
  { method: "POST", path: "/anmelden/optionen", value: "start" },
  { method: "POST", path: "/mein-konto/anmelden/optionen", value: "start" },
  { method: "POST", path: "/mein-konto/passkeys/optionen", value: "start" },
  { method: "POST", path: "/verwaltung/passkeys/optionen", value: "start" },
  { method: "POST", path: "/aktivieren/optionen", value: "start" },
  { method: "POST", path: "/aktivieren/wallet", value: "start" },
  { method: "POST", path: "/aktivieren/anmelden/optionen", value: "start" },
  { method: "POST", path: "/verwaltung/mitarbeitende", value: "start" },
  { method: "POST", path: "/verwaltung/aktivierung-vor-ort", value: "start" },

  { method: "POST", path: "/aktivieren", value: "code" },
  { method: "GET", path: "/petitionen/:id/quittung", value: "code" },
  { method: "GET", path: "/einladung", value: "code" },
  { method: "POST", path: "/einladung/optionen", value: "code" },
  { method: "POST", path: "/einladung/passkey", value: "code" },
  { method: "GET", path: "/wallet/:id/ergebnis", value: "code" },

  { method: "GET", path: "/auszaehlung/:token", value: "tally" },
  { method: "GET", path: "/auszaehlung/:token/eintraege.json", value: "tally" },

  { method: "GET", path: "/openid4vp/request/:id", value: "wallet" },
  { method: "POST", path: "/openid4vp/request/:id", value: "wallet" },
  { method: "POST", path: "/openid4vp/response/:id", value: "wallet" },
  { method: "POST", path: "/openid4vp/response/:id/same-device", value: "wallet" },
];
