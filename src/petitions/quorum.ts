/** Share of the residents entitled to sign (Bürger) whose signatures a petition in Saxony needs, in percent. */
export const QUORUM_PERCENT = 5;

/** Compute the quorum from the number of residents entitled to sign: 5 % of them, rounded up to a whole signature. */
export function quorumForEligibleResidents(eligibleResidents: number): number {
  return Math.ceil((eligibleResidents * QUORUM_PERCENT) / 100);
}
