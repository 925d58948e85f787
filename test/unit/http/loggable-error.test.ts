import { describe, expect, it } from "vitest";
import { loggableError } from "../../../src/http/loggable-error";

describe("loggableError", () => {
  it("keeps code, constraint and frames of a failed query but not its parameters", () => {
    const cause = Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505", constraint_name: "staff_passkeys_credential_id_unique" });
    const error = new Error('Failed query: insert into "staff_passkeys" values ($1, $2)\nparams: Erika Muster,pQ1x…', { cause });

    const logged = loggableError(error);

    expect(logged).toMatchObject({ type: "Error", code: "23505", constraint: "staff_passkeys_credential_id_unique" });
    expect(logged.stack).toMatch(/^\s+at /);
    expect(JSON.stringify(logged)).not.toContain("Erika");
    expect(JSON.stringify(logged)).not.toContain("Failed query");
  });

  it("names the type of a thrown value that is no Error", () => {
    expect(loggableError("boom")).toEqual({ type: "string" });
  });
});
