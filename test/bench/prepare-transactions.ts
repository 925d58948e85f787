import { decodeJwt, type JWK } from "jose";
import { KOMMPASS_VCT } from "../../src/credentials/credential-types";
import { de } from "../../src/i18n/de";
import type { DcqlCredentialQuery } from "../../src/openid4vp/dcql-query";
import { getRequestObject } from "../../src/openid4vp/get-request-object";
import { startWalletTransaction } from "../../src/openid4vp/start-wallet-transaction";
import type { WalletContext } from "../../src/openid4vp/wallet-context";
import type { ResponseJob } from "./wallet-response";

/** A started transaction and what a wallet needs to answer it. */
export type PreparedTransaction = { transactionId: string; responsePath: string; job: ResponseJob };

/** Transactions started at once; enough to keep the database busy while keys are generated. */
const PARALLEL_STARTS = 32;

/**
 * Start `count` wallet transactions for the petition through the verbs behind
 * POST /petitionen/:id/wallet and GET /openid4vp/request/:id, and read each
 * signed request object as a wallet would: client_id, nonce, state,
 * response_uri, the response key and the KommPass credential query.
 */
export async function startBenchTransactions(
  ctx: WalletContext,
  input: { petitionId: string; count: number; firstResidentIndex: number },
): Promise<PreparedTransaction[]> {
  const prepared: PreparedTransaction[] = new Array(input.count);
  let next = 0;

  async function startNext(): Promise<void> {
    while (next < input.count) {
      const position = next++;
      prepared[position] = await startOne(ctx, input.petitionId, input.firstResidentIndex + position);
    }
  }
  await Promise.all(Array.from({ length: PARALLEL_STARTS }, startNext));
  return prepared;
}

async function startOne(ctx: WalletContext, petitionId: string, residentIndex: number): Promise<PreparedTransaction> {
  const started = await startWalletTransaction(ctx, { petitionId, t: de });
  if (!started.ok) throw new Error(`starting a bench transaction failed: ${started.error}`);
  const { transactionId } = started.value;

  const requestObject = await getRequestObject(ctx, { transactionId, flow: "cross-device", walletNonce: undefined });
  if (!requestObject.ok) throw new Error(`reading the bench request object failed: ${requestObject.error}`);
  const claims = decodeJwt(requestObject.value) as {
    client_id: string;
    nonce: string;
    state: string;
    response_uri: string;
    client_metadata: { jwks: { keys: JWK[] } };
    dcql_query: { credentials: DcqlCredentialQuery[] };
  };
  const query = claims.dcql_query.credentials.find((credential) => credential.meta.vct_values.includes(KOMMPASS_VCT));
  if (query === undefined) throw new Error("the bench petition does not request the KommPass");

  return {
    transactionId,
    responsePath: new URL(claims.response_uri).pathname,
    job: {
      residentIndex,
      clientId: claims.client_id,
      nonce: claims.nonce,
      state: claims.state,
      responseKey: claims.client_metadata.jwks.keys[0]!,
      credentialQueryId: query.id,
      claimPaths: query.claims.map((claim) => claim.path),
    },
  };
}
