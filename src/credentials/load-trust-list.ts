import type { DemoIssuer } from "../demo/demo-issuer";
import type { TrustList } from "./trust-list";

/** Read and validate the TRUST_LIST file; without one, trust the demo issuer alone. */
export function loadTrustList(_file: string | undefined, _demoIssuer: DemoIssuer | undefined): TrustList {
  throw new Error("loadTrustList: not implemented yet");
}
