import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import { municipalityName } from "../municipalities/lookup-municipality";
import type { DraftContent } from "./draft-form";
import { isEuNationalities } from "./eu-nationalities";

/** Phrase a petition's eligibility rules as lines for people: municipalities, minimum age, nationalities, residence. */
export function ruleLines(content: Pick<DraftContent, "rules">, t: Messages, locale: Locale): string[] {
  const n = t.workspace.notificationPdf;
  const rules = content.rules;
  const regionNames = new Intl.DisplayNames([locale], { type: "region" });
  const lines = [n.rulesMunicipalities(rules.municipalityKeys.map((key) => `${municipalityName(key) ?? key} (${key})`).join(", "))];
  lines.push(n.rulesMinimumAge(rules.minimumAge));
  lines.push(
    isEuNationalities(rules.nationalities)
      ? n.rulesEuNationalities
      : n.rulesNationalities(rules.nationalities.map((code) => regionNames.of(code) ?? code).join(", ")),
  );
  if (rules.minimumResidenceMonths > 0) lines.push(n.rulesResidence(rules.minimumResidenceMonths));
  return lines;
}
