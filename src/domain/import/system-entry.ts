// Step: the handbook's `system:` from the front page's facts and title; what the document does not say is a guidance note.
import { PLACEHOLDER_EMAIL } from '../lint/data.ts';
import { deriveShortName, emailProblem } from '../scaffold/options.ts';
import { parsePlannedDate, plannedDateText } from '../calendar/planned-date.ts';
import { danishDate } from './danish-date.ts';
import { nameInTitle, type FrontPage } from './front-page.ts';
import type { SystemEntry } from './render-yaml.ts';

/** The system's fields and the notes about every one the import had to guess. */
export function systemEntry(front: FrontPage, fileName: string): { system: SystemEntry; notes: string[] } {
  const { facts } = front;
  const notes: string[] = [];
  const name = facts.name ?? nameInTitle(front.title) ?? front.title ?? fileName;
  if (!facts.name && !nameInTitle(front.title)) {
    notes.push(`Word-dokumentets forside siger ikke tydeligt, hvad systemet hedder. Importen har skrevet "${name}" som system.name i handbook.yaml; ret det.`);
  }
  const shortName = facts.shortName ?? deriveShortName(name);
  if (!facts.shortName) notes.push(`Systemets korte navn står ikke på forsiden. Importen har skrevet forbogstaverne "${shortName}" som system.shortName i handbook.yaml; ret det.`);
  const supplier = facts.supplier ?? 'Ikke angivet i Word-dokumentet';
  if (!facts.supplier) notes.push('Leverandøren står ikke på forsiden. Skriv leverandørens navn i system.supplier i handbook.yaml.');
  const system: SystemEntry = { name, shortName, supplier, contactEmail: PLACEHOLDER_EMAIL };
  if (facts.owner) system.owner = facts.owner;
  if (facts.contactEmail && !emailProblem(facts.contactEmail)) system.contactEmail = facts.contactEmail;
  else if (facts.contactEmail) notes.push(`Forsidens kontaktadresse "${facts.contactEmail}" er ikke en e-mailadresse. Skriv projektets funktionspostkasse i system.contactEmail i handbook.yaml.`);
  // A day in any Danish spelling, or a month, a quarter or "fastlægges senere" as handbook.yaml holds them.
  const planned = facts.goLive ? parsePlannedDate(facts.goLive, 'planned') : undefined;
  const goLive = facts.goLive ? (danishDate(facts.goLive) ?? (planned && plannedDateText(planned))) : undefined;
  if (goLive) system.goLive = goLive;
  else if (facts.goLive) {
    system.rollout = facts.goLive;
    notes.push(`Go-live står på forsiden som "${facts.goLive}", som ikke er en dato. Importen har skrevet teksten som system.rollout i handbook.yaml; skriv go-live i system.goLive som en dag (ÅÅÅÅ-MM-DD), en måned ("maj 2027"), et kvartal ("2. kvartal 2027") eller "fastlægges senere".`);
  } else {
    // Not stated is what handbook.yaml says with "fastlægges senere"; the note asks the writer to check it.
    system.goLive = 'fastlægges senere';
    notes.push('Forsiden siger ikke, hvornår systemet går i drift. Importen har skrevet goLive: fastlægges senere i handbook.yaml; skriv datoen, måneden eller kvartalet i system.goLive, når det er kendt, og beskriv udrulningen i system.rollout.');
  }
  return { system, notes };
}
