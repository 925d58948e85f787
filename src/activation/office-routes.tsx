import type { Context } from "hono";
import { Hono } from "hono";
import { ActivationCodesUploadPage, UPLOAD_FILE_FIELD, type UploadOutcome } from "../../views/activation/activation-codes-upload-page";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { renderPage } from "../http/render";
import { requireStaff } from "../http/staff-guards";
import { berlinDate } from "../petitions/collection-period";
import { parseActivationUpload } from "./activation-upload";
import { importActivationCodes } from "./import-activation-codes";

export const ACTIVATION_UPLOAD_PATH = "/verwaltung/aktivierungscodes";
/** Largest upload file accepted: about 200,000 letters at about 160 bytes per row. */
export const MAX_ACTIVATION_UPLOAD_BYTES = 32 * 1024 * 1024;

/** Route the election office's upload of the activation code files that `npm run letters` writes. */
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
        invalid: parsed.errors.length,
      },
      "activation codes uploaded",
    );
    return renderUploadPage(c, 200, { outcome: { imported, badRows: parsed.errors } });
  });

  return routes;
}
