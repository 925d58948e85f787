import type { Messages } from "../../src/i18n/messages";
import type { CollectionPhase } from "../../src/petitions/collection-period";

/** Render one sentence on the state of the collection period: days left, ends today, not started or ended. */
export function CollectionStatus({ t, phase }: { t: Messages; phase: CollectionPhase }) {
  const p = t.petitions.period;
  let text: string;
  if (phase.phase === "ended") text = p.ended;
  else if (phase.phase === "notStarted") text = p.notStarted(phase.startsOn);
  else if (phase.daysLeft === 0) text = p.endsToday;
  else if (phase.daysLeft === 1) text = p.endsTomorrow;
  else text = p.daysLeft(phase.daysLeft, phase.endsOn);
  return <p class={`collection-status collection-${phase.phase}`}>{text}</p>;
}
