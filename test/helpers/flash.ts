/** Name=value pairs of the cookies a response sets, such as a one-time notice left for the page it redirects to. */
export function cookiesSetBy(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
}

/** Cookie header that a browser sends after the response: the session cookie plus the cookies the response set. */
export function cookieHeaderAfter(response: Response, sessionCookie: string): string {
  return [sessionCookie, ...cookiesSetBy(response)].join("; ");
}
