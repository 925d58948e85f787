import { describe, expect, it } from "vitest";
import { de } from "../../../src/i18n/de";
import { en } from "../../../src/i18n/en";
import type { DailyCount } from "../../../src/signing/daily-signature-counts";
import { dailyCountsCsv } from "../../../src/workspace/daily-counts-csv";

const days: DailyCount[] = [
  { day: "2026-03-14", total: 3, proven: 1, confirmed: 1, provisional: 1, byChannel: { wallet: 2, passkey: 0, paper: 1 } },
  { day: "2026-03-15", total: 0, proven: 0, confirmed: 0, provisional: 0, byChannel: { wallet: 0, passkey: 0, paper: 0 } },
];

describe("dailyCountsCsv", () => {
  it("writes German headers, semicolons, CRLF and a byte order mark", () => {
    const csv = dailyCountsCsv(de.workspace.csv, days);

    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Datum;Unterschriften gesamt;davon belegt;davon vom Wahlamt bestätigt;davon vorläufig;Wallet;Passkey;Papier",
      "14.03.2026;3;1;1;1;2;0;1",
      "15.03.2026;0;0;0;0;0;0;0",
      "",
    ]);
  });

  it("writes English headers, commas and ISO dates", () => {
    const csv = dailyCountsCsv(en.workspace.csv, days);

    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Date,Signatures in all,of which proven,of which confirmed by the election office,of which provisional,Wallet,Passkey,Paper",
      "2026-03-14,3,1,1,1,2,0,1",
      "2026-03-15,0,0,0,0,0,0,0",
      "",
    ]);
  });

  it("writes large counts without digit grouping", () => {
    const busy: DailyCount = { day: "2026-03-16", total: 12_345, proven: 12_000, confirmed: 0, provisional: 345, byChannel: { wallet: 12_345, passkey: 0, paper: 0 } };
    expect(dailyCountsCsv(de.workspace.csv, [busy]).split("\r\n")[1]).toBe("16.03.2026;12345;12000;0;345;12345;0;0");
    expect(dailyCountsCsv(en.workspace.csv, [busy]).split("\r\n")[1]).toBe("2026-03-16,12345,12000,0,345,12345,0,0");
  });

  it("quotes a header that contains the separator or a quote", () => {
    const format = { ...de.workspace.csv, columns: ['Tag; "Datum"', "Summe"] };
    expect(dailyCountsCsv(format, []).slice(1)).toBe('"Tag; ""Datum""";Summe\r\n');
  });

  it("quotes a comma only where it is the separator", () => {
    expect(dailyCountsCsv({ ...de.workspace.csv, columns: ["a, b"] }, []).slice(1)).toBe("a, b\r\n");
    expect(dailyCountsCsv({ ...en.workspace.csv, columns: ["a, b"] }, []).slice(1)).toBe('"a, b"\r\n');
  });
});
