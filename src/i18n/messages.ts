import type { de } from "./de";
import type { Widen } from "./widen";

export type Messages = Widen<typeof de>;
