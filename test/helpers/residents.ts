import { randomBytes } from "node:crypto";
import { generateActivationCode, hashActivationVerifier, parseActivationCode } from "../../src/activation/activation-code";
import { eligibilityFactsOf } from "../../src/activation/eligibility-facts";
import { importActivationCodes } from "../../src/activation/import-activation-codes";
import { parseRegisterCsv } from "../../src/activation/register-csv";
import type { AppDeps } from "../../src/deps";
import { residentSessionCookieName } from "../../src/http/resident-session";
import { addDays, berlinDate } from "../../src/petitions/collection-period";
import { canonicalIdentityKey } from "../../src/signing/canonical-identity";
import { upsertResidentAccount } from "../../src/residents/resident-accounts";
import { createResidentSession, residentCsrfTokenFor } from "../../src/residents/resident-sessions";
import { residentKey } from "../../src/signing/resident-key";
import { weakResidentKey } from "../../src/signing/weak-identity-key";
import { SoftwareAuthenticator } from "./software-authenticator";
import { TestBrowser } from "./staff-ceremonies";

type App = { request(path: string, init?: RequestInit): Response | Promise<Response> };

/** A register row of the demo resident Käthe Großmann, who also exists in the demo wallet, with the letters CLI's column names. */
export const KAETHE_REGISTER_ROW: Record<string, string> = {
  familienname: "Großmann",
  vornamen: "Käthe Luise",
  geburtsdatum: "14.03.1961",
  geburtsort: "Görlitz",
  strasse: "Königsbrücker Straße 12",
  postleitzahl: "01099",
  gemeindeschluessel: "14612000",
  hauptwohnsitz_seit: "01.10.1990",
  staatsangehoerigkeit: "DE",
};

/**
 * Make an activation code the way `npm run letters` and the office's upload
 * do: parse a register row, derive both resident keys and the facts, and
 * import the row. Returns the code as printed on the letter.
 */
export async function createLetterCode(
  deps: AppDeps,
  options: { row?: Record<string, string>; expiresOn?: string; minimumAge?: number } = {},
): Promise<{ code: string; selector: string; residentKey: Buffer; weakResidentKey: Buffer }> {
  const row = options.row ?? KAETHE_REGISTER_ROW;
  const today = berlinDate(deps.clock.now());
  const csv = `${Object.keys(row).join(";")}\n${Object.values(row).join(";")}\n`;
  const parsed = parseRegisterCsv(new TextEncoder().encode(csv), today);
  if (parsed.kind !== "parsed" || parsed.entries[0] === undefined) throw new Error(`register row rejected: ${JSON.stringify(parsed)}`);
  const entry = parsed.entries[0].entry;
  const facts = eligibilityFactsOf(entry, options.minimumAge ?? 18);
  if (facts === undefined) throw new Error("register row is not eligible");

  const key = residentKey(deps.serverSecret, canonicalIdentityKey(entry));
  const weakKey = weakResidentKey(deps.serverSecret, entry);
  const code = generateActivationCode();
  const { selector, verifier } = parseActivationCode(code)!;
  const imported = await importActivationCodes(deps.database, {
    rows: [{ line: 2, row: { selector, verifierHash: hashActivationVerifier(verifier), residentKey: key.toString("base64url"), weakResidentKey: weakKey.toString("base64url"), facts, expiresOn: options.expiresOn ?? addDays(today, 90) } }],
    actorId: null,
    today: options.expiresOn !== undefined && options.expiresOn < today ? options.expiresOn : today,
  });
  if (imported.stored !== 1) throw new Error("activation code was not stored");
  return { code, selector, residentKey: key, weakResidentKey: weakKey };
}

export function newResidentAuthenticator(deps: AppDeps, startCounter = 1): SoftwareAuthenticator {
  return new SoftwareAuthenticator(deps.config.webauthn.rpId, deps.config.webauthn.origin, { startCounter });
}

/**
 * Activate a code in a test browser as a resident does: the form, then the
 * passkey registration as static/passkeys.js sends it. Returns the final
 * response (JSON with redirect on success).
 */
export async function activateWithCode(
  deps: AppDeps,
  app: App,
  code: string,
  options: { authenticator?: SoftwareAuthenticator; browser?: TestBrowser } = {},
): Promise<{ browser: TestBrowser; authenticator: SoftwareAuthenticator; form: Response; response: Response }> {
  const authenticator = options.authenticator ?? newResidentAuthenticator(deps);
  const browser = options.browser ?? new TestBrowser(app, new URL(deps.config.publicUrl).origin);
  const form = await browser.postForm("/aktivieren", { code });
  if (form.status !== 200) return { browser, authenticator, form, response: form };
  const optionsResponse = await browser.postJson("/aktivieren/optionen", {});
  if (optionsResponse.status !== 200) return { browser, authenticator, form, response: optionsResponse };
  const creationOptions = (await optionsResponse.json()) as { challenge: string };
  const response = await browser.postJson("/aktivieren/passkey", {
    response: authenticator.createRegistrationResponse(creationOptions, { attestation: "packed" }),
    name: "Smartphone",
  });
  return { browser, authenticator, form, response };
}

/**
 * Sign a petition with a passkey through the JSON endpoints; returns the
 * verify response and, when it redirected, the result page's HTML.
 */
export async function signWithPasskeyOverHttp(
  deps: AppDeps,
  app: App,
  petitionId: string,
  authenticator: SoftwareAuthenticator,
  options: { browser?: TestBrowser; overrides?: Parameters<SoftwareAuthenticator["createAssertionResponse"]>[1] } = {},
): Promise<{ response: Response; body: { redirect?: string; outcome?: string; code?: string; message?: string }; page: string | undefined }> {
  const browser = options.browser ?? new TestBrowser(app, new URL(deps.config.publicUrl).origin);
  const optionsResponse = await browser.postJson(`/petitionen/${petitionId}/passkey/optionen`, {});
  const requestOptions = (await optionsResponse.json()) as { challenge: string };
  const response = await browser.postJson(`/petitionen/${petitionId}/passkey`, {
    response: authenticator.createAssertionResponse(requestOptions, options.overrides),
  });
  const body = (await response.json()) as { redirect?: string; outcome?: string; code?: string; message?: string };
  const page = body.redirect === undefined ? undefined : await (await browser.get(body.redirect)).text();
  return { response, body, page };
}

/**
 * Create a resident account with random resident keys and Dresden facts,
 * sign it in and return the headers of a state-changing request: the session
 * cookie, our Origin and the session's CSRF token.
 */
export async function newResidentSessionHeaders(deps: AppDeps): Promise<Record<string, string>> {
  const accountId = await upsertResidentAccount(deps.database.db, {
    residentKey: randomBytes(32),
    weakResidentKey: randomBytes(32),
    facts: { municipalityKey: "14612000", mainResidenceSince: "2019-05-01", reachesMinimumAgeOn: "1975-03-12", minimumAge: 18, citizenship: "DE" },
    provenBy: "letter",
    now: deps.clock.now(),
  });
  const { token } = await createResidentSession(deps.database.db, accountId, deps.clock.now());
  return {
    Origin: new URL(deps.config.publicUrl).origin,
    Cookie: `${residentSessionCookieName(deps.config.publicUrl)}=${token}`,
    "X-CSRF-Token": residentCsrfTokenFor(token),
  };
}
