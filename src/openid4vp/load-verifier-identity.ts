import type { Config } from "../config";
import type { VerifierIdentity } from "./verifier-identity";

export async function loadVerifierIdentity(_config: Config): Promise<VerifierIdentity> {
  throw new Error("loadVerifierIdentity: not implemented yet");
}
