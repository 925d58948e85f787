import { common } from "./common";
import { petitions } from "./petitions";
import { signing } from "./signing";

/** The German catalogue, the default; every other locale has the same shape. */
export const de = { common, petitions, signing } as const;
