import { common } from "./common";

/** The German catalogue, the default; every other locale has the same shape. */
export const de = { common } as const;
