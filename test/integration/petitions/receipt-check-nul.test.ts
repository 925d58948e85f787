import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import type { Petition } from "../../../src/petitions/queries";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";

let deps: AppDeps;
let app: ReturnType<typeof createApp>;
let petition: Petition;

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
  petition = await createTestPetition(deps.database);
});

afterAll(async () => {
  await deps.database.close();
});

describe("GET /petitionen/:id/quittung with a NUL in the code", () => {
  it("responds 422 without echoing the NUL into the page", async () => {
    const response = await app.request(`/petitionen/${petition.id}/quittung?code=AB%00CD`);
    const html = await response.text();

    expect(response.status).toBe(422);
    expect(html).not.toContain("\u0000");
  });
});
