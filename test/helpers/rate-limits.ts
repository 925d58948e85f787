/**
 * Environment that turns every request rate limit off. Test files that send
 * one app many requests from the same (socketless) client use it, and so does
 * the benchmark, which sends thousands from one address. The rate limit
 * tests set their own limits.
 */
export const NO_RATE_LIMITS: Record<string, string> = {
  RATE_LIMIT_START: "off",
  RATE_LIMIT_CODE: "off",
  RATE_LIMIT_TALLY: "off",
  RATE_LIMIT_WALLET: "off",
  RATE_LIMIT_WALLET_TRANSACTION: "off",
  RATE_LIMIT_OTHER: "off",
};
