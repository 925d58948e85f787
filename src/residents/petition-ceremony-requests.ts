import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import type { Context } from "hono";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { readJsonBody } from "../http/read-json-body";
import { challengeBrowserToken, readChallengeCookie, setChallengeCookie } from "../http/webauthn-challenge-cookie";
import { parseAuthenticationResponse } from "../passkeys/webauthn-responses";
import { findPetition, type Petition } from "../petitions/queries";
import { residentCeremonyFailure } from "./ceremony-failure";
import { type PetitionCeremonyPurpose, startPetitionPasskeyCeremony } from "./petition-passkey-ceremony";
import { residentContextFrom } from "./resident-context";

/** Find a petition residents can see: any status but draft. */
export async function findPublishedPetition(deps: AppDeps, id: string): Promise<Petition | undefined> {
  const petition = await findPetition(deps.database, id);
  return petition === undefined || petition.status === "draft" ? undefined : petition;
}

/** Handle the options request of a passkey ceremony on the petition named in the path, as static/passkeys.js sends it. */
export function petitionCeremonyOptions(deps: AppDeps, purpose: PetitionCeremonyPurpose) {
  return async (c: Context<AppEnv>) => {
    const petition = await findPublishedPetition(deps, c.req.param("id") ?? "");
    if (petition === undefined) return residentCeremonyFailure(c, "NOT_FOUND");
    const started = await startPetitionPasskeyCeremony(residentContextFrom(deps, c.get("log")), purpose, petition.id, challengeBrowserToken(c));
    setChallengeCookie(c, deps.config.publicUrl, started.browserToken);
    return c.json(started.options);
  };
}

export type PetitionAssertion = { petition: Petition; browserToken: string | undefined; response: AuthenticationResponseJSON };

/**
 * Read the petition named in the path, the browser's challenge token and the
 * assertion in the JSON body. Returns the JSON failure response instead when
 * the petition is unknown or the body contains no assertion.
 */
export async function readPetitionAssertion(deps: AppDeps, c: Context<AppEnv>): Promise<PetitionAssertion | Response> {
  const browserToken = readChallengeCookie(c);
  const petition = await findPublishedPetition(deps, c.req.param("id") ?? "");
  if (petition === undefined) return residentCeremonyFailure(c, "NOT_FOUND");
  const body = (await readJsonBody(c)) as { response?: unknown } | undefined;
  const response = parseAuthenticationResponse(body?.response);
  if (response === undefined) return residentCeremonyFailure(c, "BODY_INVALID");
  return { petition, browserToken, response };
}
