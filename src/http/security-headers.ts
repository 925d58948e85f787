import { secureHeaders } from "hono/secure-headers";

/**
 * Build the security headers, with a Content Security Policy that allows no
 * inline script or style. HSTS is sent only when the public URL is https,
 * because browsers ignore it on plain http.
 */
export function securityHeaders(publicUrl: string) {
  return secureHeaders({
    strictTransportSecurity: publicUrl.startsWith("https://") ? "max-age=63072000; includeSubDomains" : false,
    xFrameOptions: "DENY",
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      objectSrc: ["'none'"],
    },
    // same-origin, not no-referrer: with no-referrer, browsers send "Origin: null" on our own form posts,
    // and browsers without Sec-Fetch-Site (Safari before 16.4) then fail the CSRF check. Other sites still get no referrer.
    referrerPolicy: "same-origin",
    crossOriginEmbedderPolicy: false,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });
}
