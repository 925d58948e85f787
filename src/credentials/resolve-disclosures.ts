// TODO(2026-12): delete this file once test/helpers/credentials.ts imports sha256Base64url from ./sd-jwt-hash.
// Disclosures are resolved by @sd-jwt/core now (see verify-with-sd-jwt-library.ts).
export { sha256Base64url } from "./sd-jwt-hash";
