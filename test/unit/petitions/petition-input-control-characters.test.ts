import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePetitionInput } from "../../../src/petitions/petition-input";

const example = JSON.parse(fs.readFileSync(path.resolve("test/fixtures/petition.example.json"), "utf8"));

describe("parsePetitionInput with control characters", () => {
  // PostgreSQL rejects U+0000 in text columns, so a NUL that passes validation fails later at insert.
  it.each(["title", "reasoning", "costCoverageProposal"])("reports NUL in %s as a field problem", (field) => {
    const result = parsePetitionInput({ ...example, [field]: `${example[field]}\u0000` });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.field)).toContain(field);
  });

  it("reports NUL in the representative's name as a field problem", () => {
    const result = parsePetitionInput({ ...example, representative: { ...example.representative, name: "Erika\u0000" } });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.field)).toContain("representative.name");
  });
});
