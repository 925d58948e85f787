import QRCode from "qrcode";
import { requestUri, walletInvocationUrl } from "./wallet-urls";

export type WalletLinks = {
  /** openid4vp:// link for a wallet on this device. */
  sameDevice: string;
  /** openid4vp:// link in the QR code, for a wallet on another device. */
  crossDevice: string;
  /** The QR code of crossDevice as an SVG data URL. */
  qrCodeDataUrl: string;
  /** Link to the demo wallet, only in demo mode. */
  demo: string | undefined;
};

/**
 * Build the ways into the wallet for one transaction: a link for this
 * device, the same request for another device as a QR code, and in demo mode
 * a link to the demo wallet with the same-device request.
 */
export async function walletLinksFor(
  options: { publicUrl: string; clientId: string; transactionId: string; demo: boolean },
): Promise<WalletLinks> {
  const sameDeviceRequest = requestUri(options.publicUrl, options.transactionId, "same-device");
  const sameDevice = walletInvocationUrl(options.clientId, sameDeviceRequest);
  const crossDevice = walletInvocationUrl(options.clientId, requestUri(options.publicUrl, options.transactionId, "cross-device"));
  const svg = await QRCode.toString(crossDevice, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  const demoQuery = new URLSearchParams({ client_id: options.clientId, request_uri: sameDeviceRequest });

  return {
    sameDevice,
    crossDevice,
    qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`,
    demo: options.demo ? `/demo/wallet?${demoQuery.toString()}` : undefined,
  };
}
