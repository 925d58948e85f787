import type { Context } from "hono";
import { Hono } from "hono";
import QRCode from "qrcode";
import { ActivationCodesUploadPage, UPLOAD_FILE_FIELD, type UploadOutcome } from "../../views/activation/activation-codes-upload-page";
import { IN_PERSON_PATH, InPersonCodeFormPage, InPersonCodeIssuedPage } from "../../views/activation/in-person-code-page";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { renderPage } from "../http/render";
import { requireStaff } from "../http/staff-guards";
import { berlinDate } from "../petitions/collection-period";
import { parseActivationUpload } from "./activation-upload";
import { importActivationCodes } from "./import-activation-codes";
import { type InPersonForm, type InPersonProblems, issueInPersonCode } from "./issue-in-person-code";

export const ACTIVATION_UPLOAD_PATH = "/verwaltung/aktivierungscodes";
/** Largest upload file accepted: about 200,000 letters at about 160 bytes per row. */
export const MAX_ACTIVATION_UPLOAD_BYTES = 32 * 1024 * 1024;

const EMPTY_IN_PERSON_FORM: InPersonForm = {
  familyName: "",
  givenNames: "",
  birthDate: "",
  placeOfBirth: "",
  municipalityKey: "",
  mainResidenceSince: "",
  nationalities: "",
  minimumAge: "18",
};

/**
 * Route the election office's activation code pages: the upload of the files
 * that `npm run letters` writes, and codes issued in person at the citizens'
 * office.
 */
export function activationOfficeRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const maxMegabytes = MAX_ACTIVATION_UPLOAD_BYTES / (1024 * 1024);

  function renderUploadPage(c: Context<AppEnv>, status: 200 | 422, content: { fileError?: string; outcome?: UploadOutcome }) {
    const t = c.get("t");
    return renderPage(
      c,
      { title: t.activation.upload.title, status, hasErrors: content.fileError !== undefined },
      <ActivationCodesUploadPage t={t} csrfToken={c.get("csrfToken")} maxMegabytes={maxMegabytes} {...content} />,
    );
  }

  routes.get(ACTIVATION_UPLOAD_PATH, requireStaff("election_office", "admin"), (c) => renderUploadPage(c, 200, {}));

  routes.post(ACTIVATION_UPLOAD_PATH, requireStaff("election_office", "admin"), async (c) => {
    const text = c.get("t").activation.upload;
    const staff = c.get("staff");
    if (staff === undefined) throw new Error("requireStaff let a request without staff through");

    const body = await c.req.parseBody();
    const file = body[UPLOAD_FILE_FIELD];
    if (!(file instanceof File) || file.size === 0) {
      return renderUploadPage(c, 422, { fileError: file instanceof File ? text.fileProblem.empty : text.noFile });
    }
    const parsed = parseActivationUpload(new Uint8Array(await file.arrayBuffer()));
    if (parsed.kind !== "parsed") return renderUploadPage(c, 422, { fileError: text.fileProblem[parsed.kind] });

    const imported = await importActivationCodes(deps.database, { rows: parsed.rows, actorId: staff.id, today: berlinDate(deps.clock.now()) });
    c.get("log").info(
      {
        event: "activation_codes.imported",
        staffId: staff.id,
        stored: imported.stored,
        duplicates: imported.duplicateLines.length,
        expired: imported.expiredLines.length,
        overlong: imported.overlongLines.length,
        invalid: parsed.errors.length,
      },
      "activation codes uploaded",
    );
    return renderUploadPage(c, 200, { outcome: { imported, badRows: parsed.errors } });
  });

  function renderInPersonForm(c: Context<AppEnv>, status: 200 | 422, values: InPersonForm, problems: InPersonProblems) {
    const t = c.get("t");
    return renderPage(
      c,
      { title: t.activation.inPerson.title, status, hasErrors: Object.keys(problems).length > 0 },
      <InPersonCodeFormPage t={t} csrfToken={c.get("csrfToken")} values={values} problems={problems} />,
    );
  }

  routes.get(IN_PERSON_PATH, requireStaff("election_office", "admin"), (c) => renderInPersonForm(c, 200, EMPTY_IN_PERSON_FORM, {}));

  routes.post(IN_PERSON_PATH, requireStaff("election_office", "admin"), async (c) => {
    const t = c.get("t");
    const staff = c.get("staff");
    if (staff === undefined) throw new Error("requireStaff let a request without staff through");
    const body = await c.req.parseBody();
    const form = Object.fromEntries(
      Object.keys(EMPTY_IN_PERSON_FORM).map((field) => {
        const value = body[field];
        return [field, typeof value === "string" ? value.slice(0, 1000) : ""];
      }),
    ) as InPersonForm;

    const issued = await issueInPersonCode(
      { database: deps.database, serverSecret: deps.serverSecret },
      { form, actorId: staff.id, today: berlinDate(deps.clock.now()) },
    );
    if (!issued.ok) return renderInPersonForm(c, 422, form, issued.problems);

    c.get("log").info({ event: "activation_codes.issued_in_person", staffId: staff.id }, "activation code issued in person");
    const activationPage = `${deps.config.publicUrl}/aktivieren`;
    const qrCodeDataUrl = await QRCode.toDataURL(`${activationPage}#code=${issued.value.code}`, { errorCorrectionLevel: "M", margin: 2 });
    c.header("Cache-Control", "no-store");
    return renderPage(
      c,
      { title: t.activation.inPerson.issuedTitle, status: 201 },
      <InPersonCodeIssuedPage t={t} code={issued.value.code} expiresOn={issued.value.expiresOn} activationPage={activationPage} qrCodeDataUrl={qrCodeDataUrl} />,
    );
  });

  return routes;
}
