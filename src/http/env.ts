import type { Logger } from "pino";
import type { BodyLimit } from "./body-limits";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { LoadedResidentSession } from "../residents/resident-sessions";
import type { SignedInStaff } from "../staff/signed-in-staff";

/** Variables every request carries, set by the middleware in app.ts. */
export type AppEnv = {
  Variables: {
    reqId: string;
    /** Key that rate limits count by: the client's address (an IPv6 /64), see clientAddressMiddleware. */
    clientAddress: string;
    log: Logger;
    locale: Locale;
    t: Messages;
    /** Whether the demo issuer and wallet are on; every page then says so. */
    demo: boolean;
    /** The signed-in staff member, set by the staff session middleware; undefined without a valid session. */
    staff: SignedInStaff | undefined;
    /** CSRF token of the staff session, sent back in the X-CSRF-Token header or the _csrf form field. */
    csrfToken: string | undefined;
    /**
     * Seconds until the client may send again, set by the rate limits when a
     * request to the staff area is over its limit. The request goes on so the
     * 429 page can show the staff navigation; see answerDeferredRejections.
     */
    rateLimitedFor: number | undefined;
    /** Body limit exceeded by the Content-Length of a staff-area request. answerDeferredRejections then responds 413. */
    payloadTooLargeFor: BodyLimit | undefined;
    /** The signed-in resident's account and CSRF token, set by the resident session middleware; never a staff role. */
    resident: LoadedResidentSession | undefined;
  };
};
