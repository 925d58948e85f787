import { describe, expect, it } from "vitest";
import { selectPresentation } from "../../../src/openid4vp/select-presentation";

const QUERY = {
  credentials: [
    { id: "kommpass", format: "dc+sd-jwt", meta: { vct_values: ["urn:mitzeichnen:demo:kommpass:1"] }, claims: [] },
    { id: "pid", format: "dc+sd-jwt", meta: { vct_values: ["urn:eudi:pid:1"] }, claims: [] },
  ],
};

describe("selectPresentation", () => {
  it("takes the one presentation of a query we sent", () => {
    const selected = selectPresentation({ pid: ["eyJ...~"] }, QUERY);
    if (!selected.ok) throw new Error(`expected a presentation, got ${selected.error}`);
    expect(selected.value.presentation).toBe("eyJ...~");
    expect(selected.value.credentialQuery.id).toBe("pid");
  });

  it.each([
    ["a string", "eyJ...~"],
    ["an array", [["eyJ...~"]]],
    ["null", null],
    ["an empty object", {}],
    ["an unknown query id", { other: ["eyJ...~"] }],
    ["two queries", { pid: ["a~"], kommpass: ["b~"] }],
    ["a bare presentation string", { pid: "eyJ...~" }],
    ["two presentations", { pid: ["a~", "b~"] }],
    ["no presentation", { pid: [] }],
    ["an object presentation", { pid: [{ jwt: "a" }] }],
  ])("rejects %s as malformed", (_case, vpToken) => {
    expect(selectPresentation(vpToken, QUERY)).toEqual({ ok: false, error: "PRESENTATION_MALFORMED" });
  });
});
