import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { createLogger } from "../../../src/log";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";
import { activateWithCode, createLetterCode, signWithPasskeyOverHttp } from "../../helpers/residents";

describe("resident flows in the logs", () => {
  let deps: AppDeps;
  const lines: string[] = [];

  beforeAll(async () => {
    const base = await createTestDeps();
    const destination = new Writable({
      write(chunk, _encoding, callback) {
        lines.push(String(chunk));
        callback();
      },
    });
    deps = { ...base, logger: createLogger("info", destination) };
  });
  afterAll(async () => {
    await deps.database.close();
  });

  it("logs no code, key, receipt or name", async () => {
    const app = createApp(deps);
    const { code, selector, residentKey } = await createLetterCode(deps);
    const wrong = `${code.slice(0, 10)}${code.slice(10, 11) === "0" ? "1" : "0"}${code.slice(11)}`;
    expect((await activateWithCode(deps, app, wrong)).form.status).toBe(422);
    const { authenticator, response } = await activateWithCode(deps, app, code);
    expect(response.status).toBe(200);
    const petition = await createTestPetition(deps.database, { now: deps.clock.now() });
    const signed = await signWithPasskeyOverHttp(deps, app, petition.id, authenticator);
    const receipt = /class="wallet-receipt"><code>([A-Z0-9-]+)<\/code>/.exec(signed.page ?? "")?.[1];
    expect(receipt).toBeDefined();

    const everything = lines.join("\n");
    expect(everything).toContain("resident.activated");
    expect(everything).toContain("signature.recorded");
    expect(everything).not.toContain(code.replace(/-/g, "").slice(8));
    expect(everything).not.toContain(selector);
    expect(everything).not.toContain(residentKey.toString("base64url"));
    expect(everything).not.toContain(residentKey.toString("hex"));
    expect(everything).not.toContain(receipt!);
    expect(everything).not.toContain("Großmann");
  });
});
