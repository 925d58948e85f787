/**
 * How the wallet reached us. The two flows get separate request URIs whose
 * request objects name separate response URIs, so the response endpoint
 * can tell whether to send the wallet back with a response code (same device)
 * or to let the page that shows the QR code poll for the outcome (another
 * device, where a redirect would land in a browser without our cookie).
 */
export type WalletFlowName = "same-device" | "cross-device";

export const WALLET_FLOWS: readonly WalletFlowName[] = ["same-device", "cross-device"];

export function isWalletFlowName(value: unknown): value is WalletFlowName {
  return value === "same-device" || value === "cross-device";
}

export function requestUri(publicUrl: string, transactionId: string, flow: WalletFlowName): string {
  return `${publicUrl}/openid4vp/request/${transactionId}?flow=${flow}`;
}

export function responseUri(publicUrl: string, transactionId: string, flow: WalletFlowName): string {
  const base = `${publicUrl}/openid4vp/response/${transactionId}`;
  return flow === "same-device" ? `${base}/same-device` : base;
}

/** Build the URI that the same-device wallet sends the browser back to, with the one-time response code. */
export function outcomeUri(publicUrl: string, transactionId: string, responseCode: string): string {
  return `${publicUrl}/wallet/${transactionId}/ergebnis?response_code=${encodeURIComponent(responseCode)}`;
}

/** Authorization request that invokes a wallet by reference: only client_id and request_uri (RFC 9101 §5.2). */
export function walletInvocationUrl(clientId: string, requestObjectUri: string): string {
  const query = new URLSearchParams({ client_id: clientId, request_uri: requestObjectUri });
  return `openid4vp://?${query.toString()}`;
}

/** Path of the page that shows a transaction; the browser-binding cookie is scoped to it. */
export function transactionPagePath(transactionId: string): string {
  return `/wallet/${transactionId}`;
}
