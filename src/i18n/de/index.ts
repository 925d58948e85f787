import { activation } from "./activation";
import { admissibility } from "./admissibility";
import { common } from "./common";
import { credentials } from "./credentials";
import { dataAccess } from "./data-access";
import { demo } from "./demo";
import { paperLists } from "./paper-lists";
import { petitions } from "./petitions";
import { privacyNotice } from "./privacy-notice";
import { residents } from "./residents";
import { review } from "./review";
import { signatureLog } from "./signature-log";
import { signing } from "./signing";
import { staff } from "./staff";
import { submission } from "./submission";
import { tally } from "./tally";
import { wallet } from "./wallet";
import { withdrawal } from "./withdrawal";
import { workspace } from "./workspace";

/** The German catalogue, the default; every other locale has the same shape. */
export const de = { activation, admissibility, common, credentials, dataAccess, demo, paperLists, petitions, privacyNotice, residents, review, signatureLog, signing, staff, submission, tally, wallet, withdrawal, workspace } as const;
