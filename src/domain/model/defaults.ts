// KOMBIT's implementation model v2.0 (approved 2018) as data: the default phases and themes.
//
// Texts are from the model's summary table, lightly corrected for spelling. The model fixes no
// timing ("fasernes varighed fastlægges" per project), so the defaults below are a starting
// point a writer is expected to adjust. They tile the months around go-live without overlap:
//   Opstart       6 måneder før go-live, varer 2 måneder
//   Forberedelse  4 måneder før go-live, varer 4 måneder (ends the day before go-live; the
//                 technical idriftsættelse lies inside it)
//   Ibrugtagning  på go-live-dagen, varer 1 måned (first users, early-life support)
//   Forankring    1 måned efter go-live, varer 3 måneder
// Ibrugtagning, not Forankring, starts at go-live: the model's phase 3 is when the municipality
// "går i gang med at bruge løsningen", and phases in theory follow one another.
import { parseOffset, type RelativeOffset } from '../calendar/index.ts';
import { parseDuration, type Duration } from './duration.ts';
import type { Phase } from './phases.ts';
import type { Theme } from './themes.ts';

function offset(text: string): RelativeOffset {
  const result = parseOffset(text);
  if (!result.ok) throw new Error(`Bad default offset: ${text}`);
  return result.offset;
}

function duration(text: string): Duration {
  const result = parseDuration(text);
  if (!result.ok) throw new Error(`Bad default duration: ${text}`);
  return result.duration;
}

const MODEL_PHASES: readonly Phase[] = [
  {
    id: 'opstart',
    name: 'Opstart',
    focus: 'Kommunen forankrer implementeringsprojektet og løsningen ledelsesmæssigt og strategisk.',
    effect: 'Kommunen har en organisering, der har beslutningsmandat, kan sikre fremdrift og ressourceallokering og sætte retning for, hvordan gevinster indfries.',
    successCriteria: [
      'Topledelsens involvering',
      'Solid vurdering af forretningsmæssige forudsætninger og behov',
      'God forståelse af løsningens kapacitet og begrænsninger',
      'Omhyggeligt konstrueret business case, som er godt kommunikeret til relevante aktører',
    ],
    actors: ['Topleder/direktører', 'Leder fra løsningens forretningsområde', 'Leder fra it/digitaliseringschef'],
    starts: offset('6 måneder før go-live'),
    duration: duration('2 måneder'),
    subphases: [],
  },
  {
    id: 'forberedelse',
    name: 'Forberedelse',
    focus: 'Kommunen planlægger og udfører opgaver med henblik på at kunne idriftsætte løsningen og derefter ibrugtage og forankre den.',
    effect: 'Kommunen idriftsætter effektivt og planmæssigt løsningen, så den fungerer i teknisk forstand. Kommunen forbereder sig på at kunne bruge og forvalte løsningen.',
    successCriteria: [
      'Investering',
      'Deltagelse og inddragelse af forskellige interessenter/aktører',
      'Tekniske ressourcer, metodikker og ekspertise',
      'Projektstyring, leverandørstyring og interessenthåndtering',
      'Ekspertise i organisatorisk forandringsledelse',
      'Kompetente og erfarne it-specialister og projektdeltagere',
    ],
    actors: [
      'Projektleder',
      'Leder fra løsningens forretningsområde',
      'It-/digitaliseringsmedarbejder',
      'Administratorer',
      'Superbrugere/trænere',
    ],
    starts: offset('4 måneder før go-live'),
    duration: duration('4 måneder'),
    subphases: [],
  },
  {
    id: 'ibrugtagning',
    name: 'Ibrugtagning',
    focus: 'Kommunen ibrugtager løsningen og etablerer normal drift hurtigst muligt.',
    effect: 'Kommunen går i gang med at bruge løsningen og etablerer nye arbejdsgange.',
    successCriteria: [
      'Uddannede brugere',
      'At løsningen er velkonfigureret og integreret',
      'Arbejdsprocesser/arbejdsgange ændres',
      'Allokering af ekstra menneskelige, finansielle og tekniske ressourcer, så man er i stand til at løse problemer, der opstår ved ibrugtagning',
    ],
    actors: ['Ledere, brugere, superbrugere/trænere fra løsningens forretningsområde', 'It-/digitaliseringsmedarbejder'],
    starts: offset('på go-live-dagen'),
    duration: duration('1 måned'),
    subphases: [],
  },
  {
    id: 'forankring',
    name: 'Forankring',
    focus: 'Kommunen udfører opgaver med henblik på, at løsningen forankres i forretningsområdets hverdag, og gevinsterne af systemet høstes.',
    effect: 'Kommunen anvender løsningen og høster gevinsterne af systemet.',
    successCriteria: [
      'Ledelsen er forpligtet til at realisere gevinsterne',
      'Virkninger tilskrives brugen af løsningen',
      'System, teknik, infrastruktur, forretningsprocesser (arbejdsgange) og menneskelige ressourcer er tilstrækkelig fleksible til at tilpasse sig ændrede forretningsmæssige forudsætninger',
      'Tilstrækkelige ressourcer allokeres til at fastholde og udvikle løsningen, teknisk infrastruktur og kompetencer',
    ],
    actors: ['Ledere, brugere og superbrugere fra løsningens forretningsområde', 'Topleder med ansvar for gevinstrealisering'],
    starts: offset('1 måned efter go-live'),
    duration: duration('3 måneder'),
    subphases: [],
  },
];

const MODEL_THEMES: readonly Theme[] = [
  { id: 'projektstyring', name: 'Projektstyring og -ledelse', description: 'Projektstyrer, eksekverer og sikrer fremdrift i kommunens implementeringsprojekt.' },
  { id: 'gevinster', name: 'Gevinster og værdier', description: 'Skaber mening lokalt af it-systemet, så det er tydeligt, hvilken værdi it-systemet skal give lokalt og i forhold til kerneopgaver på fagområdet.' },
  { id: 'viden', name: 'Viden og færdigheder', description: 'Uddanner primære og sekundære brugere, så de har viden, kompetencer og færdigheder og effektivt kan bruge it-systemet ved løsning af deres arbejdsopgaver.' },
  { id: 'organisering', name: 'Organisering og arbejdsgange', description: 'Tilpasser og ændrer fagområdets strukturer, organisering og arbejdsgange, så de understøtter brugen af det nye it-system og realiseringen af potentielle gevinster.' },
  { id: 'ud-indfasning', name: 'Ud-/indfasning', description: 'Udfaser eksisterende it-system, snitflader og integrationer og idriftsætter det nye it-system inkl. tilslutning af fælleskommunale og lokale snitflader/integrationer.' },
  { id: 'it-miljoe', name: 'It-miljø og -infrastruktur', description: 'Tjekker og etablerer et it-miljø og en infrastruktur, der gør det muligt at idriftsætte det nye it-system og den relaterede fælleskommunale infrastruktur, som introduceres med det nye it-system.' },
  { id: 'it-sikkerhed', name: 'It-sikkerhed og -aftaler', description: 'Etablerer det juridiske grundlag for brugen af det nye it-system.' },
];

/** Returns a fresh copy of the model's four phases, each with default timing relative to go-live. */
export function defaultPhases(): Phase[] {
  return structuredClone(MODEL_PHASES) as Phase[];
}

/** Returns a fresh copy of the model's seven themes. */
export function defaultThemes(): Theme[] {
  return structuredClone(MODEL_THEMES) as Theme[];
}
