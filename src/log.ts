import { pino, type Logger } from "pino";

export type { Logger };

/**
 * Create the process logger. Request headers that carry credentials or
 * session tokens are redacted; callers never pass personal data.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "mitzeichnen" },
      redact: {
        paths: ["req.headers.cookie", "req.headers.authorization", "res.headers['set-cookie']"],
        censor: "[redacted]",
      },
    },
    destination,
  );
}
