/** Part of an unexpected error that the log keeps: enough to find the code path, nothing from the data it failed on. */
export type LoggableError = { type: string; code?: string; constraint?: string; stack?: string };

/**
 * Describe an unexpected error for the log without its message. Messages of
 * database errors repeat the failed query with its bound parameters (drizzle
 * writes "Failed query: … params: …"), which may hold personal data such as
 * a staff member's name or a passkey. The stack keeps its frames and drops
 * the message line; the SQLSTATE code and constraint name of the error or
 * its cause stay.
 */
export function loggableError(error: unknown): LoggableError {
  if (!(error instanceof Error)) return { type: typeof error };
  const cause = error.cause as { code?: unknown; constraint_name?: unknown; constraint?: unknown } | undefined;
  const own = error as Error & { code?: unknown };
  let code: string | undefined;
  if (typeof own.code === "string") code = own.code;
  else if (typeof cause?.code === "string") code = cause.code;
  const constraintName = cause?.constraint_name ?? cause?.constraint;
  const frames = error.stack?.split("\n").filter((line) => line.trimStart().startsWith("at ")).join("\n");
  return {
    type: error.constructor.name,
    ...(code === undefined ? {} : { code }),
    ...(typeof constraintName === "string" ? { constraint: constraintName } : {}),
    ...(frames === undefined || frames === "" ? {} : { stack: frames }),
  };
}
