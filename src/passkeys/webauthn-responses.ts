import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { z } from "zod";

const base64url = z.string().regex(/^[A-Za-z0-9_-]+$/, "expected base64url").max(16_384);

/** Shape of the JSON that @simplewebauthn/browser's startRegistration returns. */
const registrationResponseSchema = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: base64url,
    attestationObject: base64url,
    transports: z.array(z.string().max(32)).max(10).optional(),
  }),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});

/** Shape of the JSON that @simplewebauthn/browser's startAuthentication returns. */
const authenticationResponseSchema = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: base64url,
    authenticatorData: base64url,
    signature: base64url,
    userHandle: base64url.optional(),
  }),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});

/** Parse a registration response from a request body; undefined when it does not have the expected shape. */
export function parseRegistrationResponse(value: unknown): RegistrationResponseJSON | undefined {
  const parsed = registrationResponseSchema.safeParse(value);
  return parsed.success ? (parsed.data as RegistrationResponseJSON) : undefined;
}

/** Parse an authentication response from a request body; undefined when it does not have the expected shape. */
export function parseAuthenticationResponse(value: unknown): AuthenticationResponseJSON | undefined {
  const parsed = authenticationResponseSchema.safeParse(value);
  return parsed.success ? (parsed.data as AuthenticationResponseJSON) : undefined;
}
