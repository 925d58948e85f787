import { Hono } from "hono";
import { type PasskeyOutcome, PasskeyOutcomePage } from "../../views/residents/passkey-outcome-page";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { renderErrorPage } from "../http/error-page";
import { renderPage } from "../http/render";
import { sealedCookie } from "../http/sealed-cookie";
import type { PasskeyError } from "../passkeys/passkey-errors";
import { residentCeremonyFailure } from "./ceremony-failure";
import { findPublishedPetition, petitionCeremonyOptions, readPetitionAssertion } from "./petition-ceremony-requests";
import { residentContextFrom } from "./resident-context";
import { type PasskeySigningError, signWithPasskey } from "./sign-with-passkey";

/** How long the outcome of a passkey signing waits in the browser for its page. */
const OUTCOME_SECONDS = 5 * 60;

const PASSKEY_ERRORS: ReadonlySet<string> = new Set<PasskeyError>([
  "CHALLENGE_MISSING",
  "CHALLENGE_MISMATCH",
  "WRONG_CEREMONY",
  "ORIGIN_MISMATCH",
  "RP_ID_MISMATCH",
  "USER_NOT_VERIFIED",
  "UNKNOWN_CREDENTIAL",
  "COUNTER_REGRESSION",
  "RESPONSE_INVALID",
]);

function isPasskeyError(error: PasskeySigningError): error is PasskeyError {
  return PASSKEY_ERRORS.has(error);
}

/**
 * Route signing with a passkey from a petition's page. A rejected passkey is
 * answered with JSON for the page's status line. Everything past the passkey
 * check (signed, signed already, not eligible, facts too old) goes to a
 * result page; a sealed cookie carries the outcome there, so the receipt
 * code never appears in a URL.
 */
export function passkeySigningRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const publicUrl = deps.config.publicUrl;
  const outcomeCookie = sealedCookie<{ petitionId: string; outcome: PasskeyOutcome }>({
    name: "mz_passkey_outcome",
    maxAgeSeconds: OUTCOME_SECONDS,
    serverSecret: deps.serverSecret,
    publicUrl,
  });

  routes.post("/petitionen/:id/passkey/optionen", petitionCeremonyOptions(deps, "resident_signing"));

  routes.post("/petitionen/:id/passkey", async (c) => {
    const assertion = await readPetitionAssertion(deps, c);
    if (assertion instanceof Response) return assertion;
    const { petition } = assertion;

    const signed = await signWithPasskey(residentContextFrom(deps, c.get("log")), assertion);
    let outcome: PasskeyOutcome;
    if (signed.ok) {
      const { receiptCode, status, unproven, supportOnly } = signed.value;
      outcome = { kind: "signed", receiptCode, provisional: status === "provisional", unproven, ...(supportOnly ? { supportOnly } : {}) };
    } else if (isPasskeyError(signed.error)) {
      return residentCeremonyFailure(c, signed.error);
    } else if (signed.error === "ALREADY_SIGNED") {
      outcome = { kind: "already_signed" };
    } else if (signed.error === "SIGNED_ON_PAPER") {
      outcome = { kind: "already_signed", onPaper: true };
    } else if (signed.error === "SIGNATURE_INVALIDATED") {
      outcome = { kind: "already_signed", invalidReason: signed.reason };
    } else if (signed.error === "FACTS_EXPIRED") {
      outcome = { kind: "facts_expired" };
    } else {
      outcome = { kind: "rejected", reason: signed.error };
    }
    outcomeCookie.set(c, { petitionId: petition.id, outcome }, deps.clock.now());
    return c.json({ redirect: `/petitionen/${petition.id}/passkey/ergebnis`, outcome: outcome.kind });
  });

  routes.get("/petitionen/:id/passkey/ergebnis", async (c) => {
    const petition = await findPublishedPetition(deps, c.req.param("id"));
    if (petition === undefined) return renderErrorPage(c, 404, "notFound");
    const stored = outcomeCookie.read(c, deps.clock.now(), { take: true });
    const outcome = stored?.petitionId === petition.id ? stored.outcome : undefined;
    c.header("Cache-Control", "no-store");
    return renderPage(
      c,
      { title: petition.title },
      <PasskeyOutcomePage t={c.get("t")} petitionId={petition.id} petitionTitle={petition.title} outcome={outcome} factsValidDays={deps.config.residents.factsValidDays} />,
    );
  });

  return routes;
}
