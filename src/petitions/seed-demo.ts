import { sql } from "drizzle-orm";
import type { Clock } from "../clock";
import type { Database } from "../db/client";
import { petitions } from "../db/schema";
import { addDays, berlinDate } from "./collection-period";
import { EU_NATIONALITIES } from "./eu-nationalities";
import type { NewPetition } from "./queries";

/** Any fixed 64-bit number; it keeps two instances that start together from both seeding. */
const SEED_LOCK_ID = 7_202_612_041;

export const DRESDEN = "14612000";

/** Credential types the demo petition accepts: the demo KommPass and both PID types. */
export const DEMO_CREDENTIAL_TYPES = ["urn:mitzeichnen:demo:kommpass:1", "urn:eudi:pid:1", "urn:eudi:pid:de:1"];

/** Build the made-up demo petition, collecting since 14 days before `today` for about three months. */
export function demoPetition(today: string): NewPetition {
  const collectionStart = addDays(today, -14);
  return {
    title: "Freibad Elbwiesen erhalten",
    decisionProposal:
      "Soll die Landeshauptstadt Dresden das Freibad Elbwiesen bis mindestens Ende 2035 als öffentliches Freibad weiter betreiben?",
    reasoning: [
      "Das Freibad Elbwiesen ist das einzige Freibad im Dresdner Nordosten. Im Sommer besuchen es an warmen Tagen über 2.000 Menschen, darunter Schulklassen, Schwimmvereine und Familien, die sich keinen Urlaub leisten können.",
      "Die Stadtverwaltung schlägt vor, das Bad nach der Saison zu schließen und das Gelände zu verkaufen. Die nächsten Bäder sind mit Bus und Bahn über 40 Minuten entfernt. Schwimmunterricht für Grundschulkinder im Stadtteil würde damit praktisch unmöglich.",
      "Mit diesem Bürgerbegehren wollen wir erreichen, dass die Bürgerinnen und Bürger selbst über die Zukunft des Bades entscheiden.",
    ].join("\n\n"),
    costCoverageProposal: [
      "Der Weiterbetrieb kostet nach dem Haushaltsplan jährlich etwa 850.000 Euro, davon decken Eintrittsgelder rund 310.000 Euro. Den Fehlbetrag von 540.000 Euro decken:",
      "1. eine Anhebung des Eintritts für Erwachsene um 0,50 Euro (etwa 60.000 Euro im Jahr),\n2. der Verzicht auf den geplanten Verkaufserlös, der im Haushalt noch nicht verplant ist,\n3. eine Umschichtung von 480.000 Euro im Jahr aus dem Ansatz für den Neubau des Verwaltungsparkplatzes Nord, den der Stadtrat noch nicht beschlossen hat.",
    ].join("\n\n"),
    representative: { name: "Erika Musterfrau", contact: "erika.musterfrau@example.org" },
    deputy: { name: "Max Mustermann", contact: "max.mustermann@example.org" },
    // NOTE: The legal quorum is 5 % of the Bürger (21,786 in Dresden in
    // 2015). The demo needs far fewer, so that a demo count moves the bar.
    quorum: 1_500,
    notificationDate: addDays(collectionStart, -7),
    collectionStart,
    collectionEnd: addDays(collectionStart, 104),
    status: "collecting",
    signatureKinds: ["online", "paper"],
    rules: {
      municipalityKeys: [DRESDEN],
      minimumAge: 18,
      nationalities: [...EU_NATIONALITIES],
      minimumResidenceMonths: 3,
      credentialTypes: DEMO_CREDENTIAL_TYPES,
    },
  };
}

/**
 * Seed the demo petition into a database that has no petition yet. A
 * database with any petition is left as it is, so calling this on every
 * start is safe. The petition key is created at the first signing, because
 * the seed has no server secret.
 */
export async function seedDemoData(database: Database, clock: Clock): Promise<void> {
  const today = berlinDate(clock.now());
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_ID})`);
    const existing = await tx.select({ id: petitions.id }).from(petitions).limit(1);
    if (existing.length > 0) return;
    await tx.insert(petitions).values(demoPetition(today));
  });
}
