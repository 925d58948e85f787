import type { Messages } from "../messages";
import { common } from "./common";
import { petitions } from "./petitions";
import { signing } from "./signing";

export const en: Messages = { common, petitions, signing };
