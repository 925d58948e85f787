import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { officePaths } from "../../../src/office/office-paths";
import { createTestDeps } from "../../helpers/app";
import { testDatabaseKind } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";
import { createSignedInStaff } from "../../helpers/staff";

const HEADER = "familienname;vornamen;geburtsdatum;geburtsort;anschrift;blatt;zeile";

let deps: AppDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
});

afterAll(async () => {
  await deps.database.close();
});

/** Wait until some connection waits for a lock, which the import's transaction does while the petition row is held. */
async function untilALockIsAwaited(): Promise<void> {
  for (;;) {
    const waiting = await deps.database.rows("select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'");
    if (waiting.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// PGlite has one connection, so there an import holds every other request until it commits; README.md says so.
describe.runIf(testDatabaseKind === "postgres")("paper import on PostgreSQL", () => {
  it("leaves public pages answering", async () => {
    const petition = await createTestPetition(deps.database, { now: deps.clock.now(), serverSecret: deps.serverSecret });
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const lines = Array.from({ length: 200 }, (_, index) => `Musterfrau;Person ${index};17.05.1980;Dresden;Markt 1;${Math.floor(index / 10) + 1};${(index % 10) + 1}`);
    const form = new FormData();
    form.set("datei", new File([[HEADER, ...lines].join("\n")], "papier.csv", { type: "text/csv" }));

    // Hold the petition row, so the import stays inside its transaction until released.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      holding = resolve;
    });
    const blocker = deps.database.transaction(async (rows) => {
      await rows("select 1 from petitions where id = $1 for update", [petition.id]);
      holding();
      await released;
    });
    await held;

    let importDone = false;
    const imported = Promise.resolve(app.request(officePaths(petition.id).paperImport, { method: "POST", headers: office.session.postHeaders, body: form })).then(
      (response) => {
        importDone = true;
        return response;
      },
    );
    await untilALockIsAwaited();

    const page = await app.request(`/petitionen/${petition.id}`);
    expect(page.status).toBe(200);
    expect(importDone).toBe(false);

    release();
    await blocker;
    const response = await imported;
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("200 Zeilen gespeichert");
  });
});
