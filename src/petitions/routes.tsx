import { Hono } from "hono";
import { PetitionListPage } from "../../views/petitions/petition-list-page";
import { PetitionPage } from "../../views/petitions/petition-page";
import { ReceiptCheckPage, type ReceiptPageOutcome, receiptStatusTitle } from "../../views/petitions/receipt-check-page";
import { SignatureCount } from "../../views/petitions/signature-count";
import type { AppDeps } from "../deps";
import { inputForEcho } from "../http/echo-input";
import type { AppEnv } from "../http/env";
import type { Messages } from "../i18n/messages";
import { renderErrorPage } from "../http/error-page";
import { renderPage } from "../http/render";
import { findResidentAccount } from "../residents/resident-accounts";
import { findOwnSignature, type OwnSignature } from "../residents/signed-petitions";
import { checkReceipt } from "./check-receipt";
import { listPublicPetitions, loadPublicPetition } from "./public-petitions";
import type { Petition } from "./queries";

/** Route the public pages: the list of collecting petitions, a petition's page, its count fragment and the receipt check. */
/** A receipt code has 19 characters with its dashes; longer input is cut before it is shown again. */
const MAX_ECHOED_CODE_LENGTH = 40;

export function petitionRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();

  routes.get("/", async (c) => {
    const t = c.get("t");
    const views = await listPublicPetitions(deps.database, deps.clock.now());
    return renderPage(c, { title: t.petitions.list.title }, <PetitionListPage t={t} views={views} />);
  });

  routes.get("/petitionen/:id", async (c) => {
    const view = await loadPublicPetition(deps.database, c.req.param("id"), deps.clock.now());
    if (view === undefined) return renderErrorPage(c, 404, "notFound");
    const resident = c.get("resident");
    const ownSignature = resident !== undefined && view.phase.phase === "open" ? await residentSignature(deps, resident.accountId, view.petition.id) : undefined;
    // The page names whether this resident has signed, so no shared cache may keep it.
    if (resident !== undefined) c.header("Cache-Control", "private, no-store");
    return renderPage(c, { title: view.petition.title }, <PetitionPage t={c.get("t")} locale={c.get("locale")} view={view} ownSignature={ownSignature} />);
  });

  routes.get("/petitionen/:id/stand", async (c) => {
    const view = await loadPublicPetition(deps.database, c.req.param("id"), deps.clock.now());
    if (view === undefined) return renderErrorPage(c, 404, "notFound");
    c.header("Cache-Control", "no-store");
    return c.html(<SignatureCount t={c.get("t")} progress={view.progress} />);
  });

  routes.get("/petitionen/:id/quittung", async (c) => {
    const t = c.get("t");
    const input = c.req.query("code");
    const check = await checkReceipt(deps.database, c.req.param("id"), input);
    if (!check.ok && check.error === "PETITION_NOT_FOUND") return renderErrorPage(c, 404, "notFound");

    const r = t.petitions.receipt;
    let outcome: ReceiptPageOutcome;
    let status: 200 | 404 | 422 = 200;
    if (check.ok) outcome = { kind: "found", code: check.code, signature: check.signature };
    else if (check.error === "RECEIPT_SUPERSEDED") outcome = { kind: "superseded", code: check.code, paper: check.paper };
    else if (check.error === "RECEIPT_NOT_FOUND") {
      outcome = { kind: "notFound", input: inputForEcho(input, MAX_ECHOED_CODE_LENGTH) };
      status = 404;
    } else {
      outcome = { kind: "invalid", input: inputForEcho(input, MAX_ECHOED_CODE_LENGTH), message: check.error === "CODE_MISSING" ? r.missing : r.malformed };
      status = 422;
    }
    return renderPage(
      c,
      {
        title: receiptPageTitle(t, check.petition, outcome),
        status,
        hasErrors: outcome.kind === "invalid",
      },
      <ReceiptCheckPage t={t} petition={check.petition} outcome={outcome} />,
    );
  });

  return routes;
}

async function residentSignature(deps: AppDeps, accountId: string, petitionId: string): Promise<OwnSignature | undefined> {
  const account = await findResidentAccount(deps.database.db, accountId);
  return account === undefined ? undefined : findOwnSignature(deps.database, deps.serverSecret, account.residentKey, petitionId);
}

function receiptPageTitle(t: Messages, petition: Petition, outcome: ReceiptPageOutcome): string {
  const r = t.petitions.receipt;
  if (outcome.kind === "found") return receiptStatusTitle(t, petition, outcome.signature);
  if (outcome.kind === "superseded") {
    if (outcome.paper.paper === "paperCounts") return r.supersededTitle;
    return outcome.paper.paper === "paperInvalid" ? r.supersededPaperInvalidTitle : r.supersededPaperRemovedTitle;
  }
  return outcome.kind === "notFound" ? r.notFoundTitle : r.title;
}
