import { describe, expect, it } from "vitest";
import { de } from "../../../src/i18n/de";
import { en } from "../../../src/i18n/en";
import type { DailyCount } from "../../../src/signing/daily-signature-counts";
import { dailyCountsCsv } from "../../../src/workspace/daily-counts-csv";

const days: DailyCount[] = [
  { day: "2026-03-14", total: 3, proven: 2, provisional: 1, byChannel: { wallet: 2, passkey: 0, paper: 1 } },
  { day: "2026-03-15", total: 0, proven: 0, provisional: 0, byChannel: { wallet: 0, passkey: 0, paper: 0 } },
];

describe("dailyCountsCsv", () => {
  it("writes German headers, semicolons, CRLF and a byte order mark", () => {
    const csv = dailyCountsCsv(de.workspace.csv.columns, days);

    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Datum;Unterschriften gesamt;davon belegt;davon vorläufig;Wallet;Passkey;Papier",
      "14.03.2026;3;2;1;2;0;1",
      "15.03.2026;0;0;0;0;0;0",
      "",
    ]);
  });

  it("writes English headers for the English locale", () => {
    expect(dailyCountsCsv(en.workspace.csv.columns, []).slice(1)).toBe("Date;Signatures in all;of which proven;of which provisional;Wallet;Passkey;Paper\r\n");
  });

  it("quotes a header that holds the separator or a quote", () => {
    expect(dailyCountsCsv(['Tag; "Datum"', "Summe"], []).slice(1)).toBe('"Tag; ""Datum""";Summe\r\n');
  });
});
