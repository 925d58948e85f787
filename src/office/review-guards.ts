import type { Context } from "hono";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { renderErrorPage } from "../http/error-page";
import { findPetition, type Petition } from "../petitions/queries";
import { isOpenForReview } from "../review/review-window";

export type PetitionHandler = (c: Context<AppEnv>, petition: Petition, staffId: string) => Response | Promise<Response>;

/** Build the guards that the election office's review routes wrap their handlers in. */
export function reviewGuards(deps: AppDeps) {
  /**
   * Run a handler with the petition named by :id and the signed-in staff
   * member. Drafts get 404 like unknown ids, and other petitions not open
   * for review 409. The domain functions check the status again under a lock.
   */
  const withPetition = (handler: PetitionHandler) => async (c: Context<AppEnv>) => {
    const staff = c.get("staff");
    if (staff === undefined) throw new Error("requireStaff let a request without staff through");
    const petition = await findPetition(deps.database, c.req.param("id") ?? "");
    if (petition === undefined || petition.status === "draft") return renderErrorPage(c, 404, "notFound");
    if (!isOpenForReview(petition.status)) return renderErrorPage(c, 409, "notOpenForReview");
    return handler(c, petition, staff.id);
  };

  /** Run a paper entry handler, or respond with 409 where only online signatures count, so a paper line never replaces an online signature. */
  const withPaperPetition = (handler: PetitionHandler) =>
    withPetition((c, petition, staffId) => (petition.signatureKinds.includes("paper") ? handler(c, petition, staffId) : renderErrorPage(c, 409, "paperNotCounted")));

  return { withPetition, withPaperPetition };
}
