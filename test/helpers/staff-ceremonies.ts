import type { AppDeps } from "../../src/deps";
import { inviteStaffMember } from "../../src/staff/invite-staff-member";
import type { StaffRole } from "../../src/staff/signed-in-staff";
import { SoftwareAuthenticator } from "./software-authenticator";

type App = { request(path: string, init?: RequestInit): Response | Promise<Response> };

/** Cookies a test browser keeps between requests, by name. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ""] = header.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      if (value === "" || /max-age=0/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  header(): string {
    return [...this.cookies.entries()].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/**
 * A browser for app.request: it keeps cookies and sends our Origin on
 * posts, as a same-origin fetch from our pages does.
 */
export class TestBrowser {
  readonly jar = new CookieJar();

  constructor(
    private readonly app: App,
    private readonly origin: string,
  ) {}

  async get(path: string): Promise<Response> {
    const response = await this.app.request(path, { headers: { Cookie: this.jar.header() } });
    this.jar.store(response);
    return response;
  }

  async postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const response = await this.app.request(path, {
      method: "POST",
      headers: { Cookie: this.jar.header(), Origin: this.origin, "Content-Type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
    this.jar.store(response);
    return response;
  }

  async postForm(path: string, fields: Record<string, string>): Promise<Response> {
    const response = await this.app.request(path, {
      method: "POST",
      headers: { Cookie: this.jar.header(), Origin: this.origin, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
    this.jar.store(response);
    return response;
  }
}

/** Create an invitation the way the command line does and return its token. */
export async function createTestInvitation(
  deps: AppDeps,
  options: { role: StaffRole; name?: string; petitionId?: string; createdBy?: string | null },
): Promise<string> {
  const { token } = await inviteStaffMember(
    deps.database,
    { role: options.role, displayName: options.name ?? "Nina Neu", petitionId: options.petitionId, createdBy: options.createdBy ?? null },
    deps.clock.now(),
  );
  return token;
}

/**
 * Register through the invitation endpoints with a software authenticator,
 * as static/passkeys.js does, and return the authenticator and the browser
 * now signed in.
 */
export async function registerFromInvitation(
  deps: AppDeps,
  app: App,
  token: string,
  options: { passkeyName?: string; authenticator?: SoftwareAuthenticator } = {},
): Promise<{ authenticator: SoftwareAuthenticator; browser: TestBrowser; response: Response }> {
  const authenticator = options.authenticator ?? new SoftwareAuthenticator(deps.config.webauthn.rpId, deps.config.webauthn.origin, { startCounter: 1 });
  const browser = new TestBrowser(app, new URL(deps.config.publicUrl).origin);
  const optionsResponse = await browser.postJson(`/einladung/optionen?code=${token}`, {});
  const creationOptions = (await optionsResponse.json()) as { challenge: string };
  const response = await browser.postJson(`/einladung/passkey?code=${token}`, {
    response: authenticator.createRegistrationResponse(creationOptions, { attestation: "packed" }),
    name: options.passkeyName ?? "Laptop",
  });
  return { authenticator, browser, response };
}

/** Sign in through the sign-in endpoints with a software authenticator. */
export async function signInWithAuthenticator(
  deps: AppDeps,
  app: App,
  authenticator: SoftwareAuthenticator,
  browser: TestBrowser = new TestBrowser(app, new URL(deps.config.publicUrl).origin),
): Promise<{ browser: TestBrowser; response: Response }> {
  const optionsResponse = await browser.postJson("/anmelden/optionen", {});
  const requestOptions = (await optionsResponse.json()) as { challenge: string };
  const response = await browser.postJson("/anmelden/pruefen", { response: authenticator.createAssertionResponse(requestOptions) });
  return { browser, response };
}
