import type { Messages } from "../messages";
import { common } from "./common";
import { credentials } from "./credentials";
import { petitions } from "./petitions";
import { signing } from "./signing";
import { wallet } from "./wallet";

export const en: Messages = { common, credentials, petitions, signing, wallet };
