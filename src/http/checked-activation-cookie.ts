import type { ActivationSource } from "../residents/activation-source";
import { WALLET_ACTIVATION_SECONDS } from "../residents/wallet-activations";
import { type SealedCookie, sealedCookie } from "./sealed-cookie";

/**
 * Build the sealed cookie that carries the activation source a browser has
 * checked from the code form or the wallet's outcome to the passkey
 * ceremony. The source stays checked as long as a wallet activation stays
 * valid, and it is used up only with the registered passkey or the sign-in,
 * in the same transaction as the account.
 */
export function checkedActivationCookie(options: { serverSecret: Buffer; publicUrl: string }): SealedCookie<ActivationSource> {
  return sealedCookie<ActivationSource>({ name: "mz_activation", maxAgeSeconds: WALLET_ACTIVATION_SECONDS, ...options });
}
