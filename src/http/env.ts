import type { Logger } from "pino";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";

/** Variables every request carries, set by the middleware in app.ts. */
export type AppEnv = {
  Variables: {
    reqId: string;
    log: Logger;
    locale: Locale;
    t: Messages;
    /** Whether the demo issuer and wallet are on; every page then says so. */
    demo: boolean;
  };
};
