import type { AppDeps } from "../../src/deps";
import { verifySignatureLog } from "../../src/signature-log/verify-signature-log";
import type { SoftwareAuthenticator } from "./software-authenticator";
import { TestBrowser } from "./staff-ceremonies";
import { type BrowserSession, TEST_PUBLIC_URL } from "./wallet";

type App = { request(path: string, init?: RequestInit): Response | Promise<Response> };

export type PasskeyWithdrawalOverHttp = {
  response: Response;
  body: { redirect?: string; outcome?: string; code?: string; message?: string };
  /** The result page after the redirect, when there was one. */
  page: { status: number; html: string } | undefined;
};

/**
 * Withdraw a signature with a passkey through the JSON endpoints as
 * static/passkeys.js does, then open the result page it redirects to.
 * `optionsPath` replaces the options endpoint, to present a challenge made
 * for another ceremony.
 */
export async function withdrawWithPasskeyOverHttp(
  deps: AppDeps,
  app: App,
  petitionId: string,
  authenticator: SoftwareAuthenticator,
  options: { browser?: TestBrowser; optionsPath?: string } = {},
): Promise<PasskeyWithdrawalOverHttp> {
  const browser = options.browser ?? new TestBrowser(app, new URL(deps.config.publicUrl).origin);
  const optionsResponse = await browser.postJson(options.optionsPath ?? `/petitionen/${petitionId}/ruecknahme/passkey/optionen`, {});
  const requestOptions = (await optionsResponse.json()) as { challenge: string };
  const response = await browser.postJson(`/petitionen/${petitionId}/ruecknahme/passkey`, {
    response: authenticator.createAssertionResponse(requestOptions),
  });
  const body = (await response.json()) as PasskeyWithdrawalOverHttp["body"];
  if (body.redirect === undefined) return { response, body, page: undefined };
  const pageResponse = await browser.get(body.redirect);
  return { response, body, page: { status: pageResponse.status, html: await pageResponse.text() } };
}

/**
 * Counts a petition's signatures four ways: rows of the signature table, the
 * sharded totals, the daily counters, and the present signatures replayed from
 * the signature log, with the log's problems.
 */
export async function countSignaturesEveryWay(deps: Pick<AppDeps, "database">, petitionId: string) {
  const [rows] = await deps.database.rows<{ count: number }>("select count(*)::int as count from signatures where petition_id = $1", [petitionId]);
  const [totals] = await deps.database.rows<{ count: number | null }>("select sum(count)::int as count from signature_counts where petition_id = $1", [petitionId]);
  const [daily] = await deps.database.rows<{ count: number | null }>("select sum(count)::int as count from signature_daily_counts where petition_id = $1", [petitionId]);
  const verification = await verifySignatureLog(deps.database, petitionId);
  const replayed = Object.values(verification.logCounts)
    .flatMap((byStatus) => Object.values(byStatus))
    .reduce((sum, count) => sum + count, 0);
  return {
    rows: Number(rows?.count ?? 0),
    totals: Number(totals?.count ?? 0),
    daily: Number(daily?.count ?? 0),
    replayed,
    problems: verification.problems,
    entriesByKind: verification.entriesByKind,
  };
}

/** Press "Mit Wallet zurückziehen" as a browser: the transaction it was sent to and its binding cookie. */
export async function startWithdrawal(app: App, petitionId: string): Promise<BrowserSession> {
  const response = await app.request(`${TEST_PUBLIC_URL}/petitionen/${petitionId}/ruecknahme/wallet`, { method: "POST", headers: { Origin: TEST_PUBLIC_URL } });
  if (response.status !== 303) throw new Error(`starting a withdrawal transaction answered ${response.status}`);
  const location = response.headers.get("location") ?? "";
  const transactionId = /^\/wallet\/([0-9a-f-]{36})$/.exec(location)?.[1];
  const cookie = /mz_wallet=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
  if (transactionId === undefined || cookie === undefined) throw new Error(`unexpected start response: ${location}`);
  return { transactionId, cookie: `mz_wallet=${cookie}` };
}
