import { common } from "./common";
import { credentials } from "./credentials";
import { petitions } from "./petitions";
import { signing } from "./signing";

/** The German catalogue, the default; every other locale has the same shape. */
export const de = { common, credentials, petitions, signing } as const;
