import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hashActivationVerifier, parseActivationCode } from "../../../src/activation/activation-code";
import { parseActivationUpload } from "../../../src/activation/activation-upload";
import { EXIT_ALL_WRITTEN, EXIT_FAILED, EXIT_ROWS_SKIPPED, EXIT_USAGE, writeActivationLetters } from "../../../src/cli/letters";
import { canonicalIdentityKey } from "../../../src/signing/canonical-identity";
import { residentKey } from "../../../src/signing/resident-key";
import { extractPdfText } from "../../helpers/pdf-text";

const NOW = new Date("2026-12-04T10:00:00Z");
const SECRET = randomBytes(32);
const HEADER = "Familienname;Vornamen;Geburtsdatum;Geburtsort;Straße;Postleitzahl;Gemeindeschlüssel;Hauptwohnsitz_seit;Staatsangehörigkeit";
const ROWS = [
  "Großmann;Käthe Luise;1957-03-12;Görlitz;Königsbrücker Straße 12;01099;14612000;2001-06-01;DE",
  "Wiśniewska;Zofia;14.02.1990;Kraków;Prager Straße 3;01069;14612000;2019-05-01;PL",
];

let folder: string;

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "mz-letters-"));
});

afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

function registerFile(lines: string[], encoding: BufferEncoding = "utf8"): string {
  const file = path.join(folder, "register.csv");
  fs.writeFileSync(file, Buffer.from(`${lines.join("\n")}\n`, encoding));
  return file;
}

async function run(args: string[], env: Record<string, string | undefined> = {}) {
  const lines = { out: [] as string[], err: [] as string[] };
  const output = { out: (line: string) => lines.out.push(line), err: (line: string) => lines.err.push(line) };
  const baseEnv = { NODE_ENV: "test", DATA_DIR: path.join(folder, "data"), PUBLIC_URL: "https://mitzeichnen.example", SERVER_SECRET: SECRET.toString("base64url") };
  const exit = await writeActivationLetters(args, { ...baseEnv, ...env }, output, NOW);
  return { exit, ...lines };
}

const outputFiles = () => fs.readdirSync(folder).filter((name) => name !== "register.csv" && name !== "data").sort();

describe("npm run letters", () => {
  it("writes a letter per resident and an upload file without names", async () => {
    const { exit, out, err } = await run([registerFile([HEADER, ...ROWS])]);

    expect(exit).toBe(EXIT_ALL_WRITTEN);
    expect(err).toEqual([]);
    expect(out[0]).toBe("2 Briefe erstellt, 0 Zeilen übersprungen.");
    expect(outputFiles()).toEqual(["aktivierungsbriefe-2026-12-04.pdf", "aktivierungscodes-2026-12-04.csv"]);

    const upload = fs.readFileSync(path.join(folder, "aktivierungscodes-2026-12-04.csv"), "utf8");
    for (const personal of ["Großmann", "Käthe", "1957-03-12", "Görlitz", "Königsbrücker", "01099", "Wiśniewska", "Kraków"]) {
      expect(upload).not.toContain(personal);
    }
    const parsed = parseActivationUpload(new TextEncoder().encode(upload));
    if (parsed.kind !== "parsed") throw new Error(`upload file unreadable: ${parsed.kind}`);
    expect(parsed.errors).toEqual([]);
    const expectedKey = residentKey(SECRET, canonicalIdentityKey({ familyName: "Großmann", givenNames: "Käthe Luise", birthDate: "1957-03-12", placeOfBirth: "Görlitz" }));
    expect(parsed.rows[0]?.row).toMatchObject({
      residentKey: expectedKey.toString("base64url"),
      facts: { municipalityKey: "14612000", mainResidenceSince: "2001-06-01", reachesMinimumAgeOn: "1975-03-12", minimumAge: 18, citizenship: "DE" },
      expiresOn: "2027-03-04",
    });
    expect(parsed.rows[1]?.row.facts.citizenship).toBe("EU");
  });

  it("prints each resident's code in the PDF, matching the uploaded hash", async () => {
    await run([registerFile([HEADER, ...ROWS])]);

    const pdf = await extractPdfText(fs.readFileSync(path.join(folder, "aktivierungsbriefe-2026-12-04.pdf")));
    expect(pdf.pages).toHaveLength(2);
    expect(pdf.pages[0]).toContain("Käthe Luise Großmann");
    expect(pdf.pages[0]).toContain("Königsbrücker Straße 12");
    expect(pdf.pages[0]).toContain("01099 Dresden");
    expect(pdf.pages[0]).toContain("https://mitzeichnen.example/aktivieren");
    expect(pdf.pages[0]).toContain("04.03.2027");
    expect(pdf.pages[1]).toContain("Zofia Wiśniewska");

    const codes = pdf.text.match(/[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}/g) ?? [];
    expect(codes).toHaveLength(2);
    const upload = parseActivationUpload(fs.readFileSync(path.join(folder, "aktivierungscodes-2026-12-04.csv")));
    if (upload.kind !== "parsed") throw new Error("upload file unreadable");
    const parts = codes.map((code) => parseActivationCode(code)!);
    expect(upload.rows.map(({ row }) => row.selector)).toEqual(parts.map((part) => part.selector));
    expect(upload.rows.map(({ row }) => row.verifierHash)).toEqual(parts.map((part) => hashActivationVerifier(part.verifier)));
  });

  it("writes English letters with --lang en", async () => {
    const { exit, out } = await run([registerFile([HEADER, ROWS[0]!]), "--lang", "en", "--valid-days", "30", "--sender", "City of Dresden"]);

    expect(exit).toBe(EXIT_ALL_WRITTEN);
    expect(out[0]).toBe("1 letter written, 0 rows skipped.");
    const pdf = await extractPdfText(fs.readFileSync(path.join(folder, "activation-letters-2026-12-04.pdf")));
    expect(pdf.text).toContain("Your activation code");
    expect(pdf.text).toContain("City of Dresden");
    expect(pdf.text).toContain("3 January 2027");
  });

  it("skips bad rows, non-EU residents and repeated people, and says which", async () => {
    const rows = [
      HEADER,
      ROWS[0]!,
      "Smith;John;1980-01-01;London;Hauptstr. 1;01067;14612000;2010-01-01;GB",
      "Öztürk;;1999-01-01;Dresden;Weg 2;01067;14612000;2010-01-01;DE",
      ROWS[0]!.replace("Großmann", "GROSSMANN"),
    ];

    const { exit, out, err } = await run([registerFile(rows)]);

    expect(exit).toBe(EXIT_ROWS_SKIPPED);
    expect(out[0]).toBe("1 Brief erstellt, 3 Zeilen übersprungen.");
    expect(err).toEqual([
      "Zeile 3: weder deutsche noch EU-Staatsangehörigkeit; kein Brief, da diese Person nicht unterschreiben darf.",
      "Zeile 4, Spalte vornamen: Der Wert fehlt.",
      "Zeile 5: dieselbe Person wie in Zeile 2; kein zweiter Brief.",
    ]);
  });

  it("writes nothing when no row is usable", async () => {
    const { exit, err } = await run([registerFile([HEADER, "Smith;John;1980-01-01;London;Hauptstr. 1;01067;14612000;2010-01-01;US"])]);

    expect(exit).toBe(EXIT_ROWS_SKIPPED);
    expect(err.at(-1)).toBe("Keine Zeile war verwendbar; es wurde keine Datei geschrieben.");
    expect(outputFiles()).toEqual([]);
  });

  it("overwrites nothing", async () => {
    const file = registerFile([HEADER, ...ROWS]);
    await run([file]);
    const before = fs.readFileSync(path.join(folder, "aktivierungscodes-2026-12-04.csv"));

    const { exit, err } = await run([file]);

    expect(exit).toBe(EXIT_USAGE);
    expect(err[0]).toContain("gibt es schon");
    expect(fs.readFileSync(path.join(folder, "aktivierungscodes-2026-12-04.csv"))).toEqual(before);
  });

  it("writes into --out-dir", async () => {
    const outDir = path.join(folder, "out");
    fs.mkdirSync(outDir);

    expect((await run([registerFile([HEADER, ...ROWS]), "--out-dir", outDir])).exit).toBe(EXIT_ALL_WRITTEN);
    expect(fs.readdirSync(outDir)).toHaveLength(2);
  });

  it("names a missing --out-dir", async () => {
    const outDir = path.join(folder, "missing");
    const { exit, err } = await run([registerFile([HEADER, ...ROWS]), "--out-dir", outDir]);

    expect(exit).toBe(EXIT_USAGE);
    expect(err[0]).toBe(`${outDir}: Diesen Ordner gibt es nicht. Legen Sie ihn an oder geben Sie mit --out-dir einen vorhandenen Ordner an.`);
    expect(fs.existsSync(outDir)).toBe(false);
  });

  it.each([
    ["no file", [], "Es fehlt die CSV-Datei"],
    ["two files", ["a.csv", "b.csv"], "genau eine CSV-Datei"],
    ["an unknown option", ["x.csv", "--colour"], "Unbekannte Option --colour"],
    ["an option without value", ["x.csv", "--minimum-age"], "Nach --minimum-age fehlt ein Wert"],
    ["a minimum age below 16", ["x.csv", "--minimum-age", "15"], "--minimum-age muss eine ganze Zahl von 16 bis 99 sein."],
    ["a validity of 0 days", ["x.csv", "--valid-days", "0"], "--valid-days muss eine ganze Zahl von 1 bis 730 sein."],
    ["another language", ["x.csv", "--lang", "fr"], "--lang muss de oder en sein."],
    ["a missing file", [path.join(os.tmpdir(), "mz-no-such-register.csv")], "lässt sich nicht lesen"],
  ])("exits 2 for %s", async (_name, args, message) => {
    const { exit, err } = await run(args);

    expect(exit).toBe(EXIT_USAGE);
    expect(err[0]).toContain(message);
    expect(outputFiles()).toEqual([]);
  });

  it("exits 2 for a register without the needed columns", async () => {
    const { exit, err } = await run([registerFile(["Name;Adresse", "A;B"])]);

    expect(exit).toBe(EXIT_USAGE);
    expect(err[0]).toContain("Es fehlen: familienname, vornamen");
  });

  it("exits 2 without a server secret in production", async () => {
    const { exit, err } = await run([registerFile([HEADER, ...ROWS])], { NODE_ENV: "production", SERVER_SECRET: undefined });

    expect(exit).toBe(EXIT_USAGE);
    expect(err[0]).toContain("SERVER_SECRET");
    expect(outputFiles()).toEqual([]);
  });

  it("exits 3 when the stored server secret is broken", async () => {
    fs.mkdirSync(path.join(folder, "data", "secrets"), { recursive: true });
    fs.writeFileSync(path.join(folder, "data", "secrets", "server-secret"), "too-short");

    const { exit, err } = await run([registerFile([HEADER, ...ROWS])], { SERVER_SECRET: undefined });

    expect(exit).toBe(EXIT_FAILED);
    expect(err[0]).toContain("Der Server-Schlüssel lässt sich nicht laden");
    expect(outputFiles()).toEqual([]);
  });
});
