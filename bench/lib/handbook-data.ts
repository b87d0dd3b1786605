// Generates one synthetic system's handbook.yaml data: identity, phases, roles, 150 tasks, transitions and 5 waves.
import { MUNICIPALITIES, sortDanish } from '../../src/domain/municipalities/index.ts';
import type { Random } from './random.ts';
import { AREAS, NAME_ENDINGS, SUPPLIERS, TASK_PARTS, type Area } from './vocabulary.ts';

/** A task as written in handbook.yaml (offsets as text). */
export interface TaskInput {
  klikId?: string;
  id: string;
  title: string;
  description?: string;
  phase: string;
  theme: string;
  responsible: string;
  performers: string | string[];
  type: 'valgfri' | 'obligatorisk' | 'kritisk';
  start?: string;
  deadline?: string;
  prerequisites?: string[];
  result?: string;
  links?: { title: string; url: string }[];
}

/** A wave as written in handbook.yaml. */
export interface WaveInput {
  id: string;
  name: string;
  kind: 'pilot' | 'ordinær' | 'opsamling';
  goLive: string;
  municipalities: string[];
}

/** The whole handbook.yaml of a generated system, in the order a writer would keep it. */
export interface HandbookInput {
  system: { name: string; shortName: string; supplier: string; owner: string; contactEmail: string; goLive: string; rollout: string; wavePlanUrl: string; description: string };
  versions: { version: string; note: string; date: string; initials: string }[];
  omitSections: { id: string; reason: string }[];
  placeholders: Record<string, string>;
  phases: Record<string, unknown>[];
  roles: { id: string; name: string; party: string; description: string; responsibilities: string[] }[];
  responsibilities: Record<string, string[]>;
  tasks: TaskInput[];
  transitions: { from: string; to: string; checkpoints: { title: string; type: string }[] }[];
  waves: WaveInput[];
}

/** What the prose generator needs to know about the system. */
export interface SystemFacts {
  id: string;
  name: string;
  short: string;
  supplier: string;
  legacy: string;
  area: Area;
}

/** How many tasks a generated handbook ends with. */
export const TASK_COUNT = 150;

// Phase windows in weeks relative to go-live (negative: before), and how many of the 150 tasks each gets.
const PHASE_PLAN = [
  { id: 'opstart', from: -26, to: -18, tasks: 20 },
  { id: 'planlaegning', from: -17, to: -12, tasks: 30 },
  { id: 'klargoering', from: -11, to: -2, tasks: 45 },
  { id: 'idriftsaettelse', from: -2, to: 0, tasks: 15 },
  { id: 'ibrugtagning', from: 0, to: 6, tasks: 20 },
  { id: 'forankring', from: 6, to: 22, tasks: 20 },
] as const;

const MUNICIPAL_ROLES = ['projektejer', 'projektleder', 'gevinstejer', 'fagleder', 'superbruger', 'traener', 'lokal-administrator', 'it-koordinator', 'oekonomimedarbejder'];

/** Returns the facts a system is generated from; index counts from 1 and decides name and supplier. */
export function systemFacts(index: number, random: Random): SystemFacts {
  const area = AREAS[(index - 1) % AREAS.length]!;
  const ending = random.pick(NAME_ENDINGS);
  const short = `${area.stem.slice(0, 2)}${ending[0]}`.toUpperCase();
  return {
    id: `sys-${String(index).padStart(2, '0')}`,
    name: `${area.stem}${ending}`,
    short,
    supplier: SUPPLIERS[(index * 7) % SUPPLIERS.length]!,
    legacy: `${area.stem.slice(0, 2).toUpperCase()}-${random.pick(['Sag', 'Data', 'Pro', 'Web'])}`,
    area,
  };
}

/** Generates the first released state of a system's data (the last tasks are added by later releases). */
export function generateHandbookData(facts: SystemFacts, index: number, random: Random): HandbookInput {
  const firstGoLive = addDays('2027-01-04', 7 * ((index * 3) % 20));
  const waves = generateWaves(firstGoLive, random.fork('waves'));
  return {
    system: {
      name: facts.name,
      shortName: facts.short,
      supplier: facts.supplier,
      owner: 'KOMBIT',
      contactEmail: `${facts.id}@kombit.example`,
      goLive: firstGoLive,
      rollout: 'for pilotkommunerne i den første af fem bølger',
      wavePlanUrl: `https://share-komm.kombit.example/${facts.id}/boelgeplan`,
      description: `${facts.name} er kommunernes fælles it-system til ${facts.area.area}.`,
    },
    versions: [],
    omitSections: [],
    placeholders: {},
    phases: generatePhases(facts),
    roles: generateRoles(facts),
    responsibilities: {
      pilotMunicipalities: ['Afprøver systemet i drift før de øvrige kommuner', 'Melder erfaringer og fejl tilbage til KOMBIT'],
      municipalities: [`Gennemfører kommunens egen implementering af ${facts.name}`, 'Løser KLIK-opgaverne rettidigt', 'Uddanner kommunens brugere'],
      supplier: ['Gennemfører den tekniske udrulning og konvertering', 'Yder support under og efter idriftsættelsen'],
      kombit: [`Styrer kontrakten med ${facts.supplier}`, 'Udgiver implementeringshåndbogen og bølgeplanen'],
    },
    tasks: generateTasks(facts, random.fork('tasks')),
    transitions: generateTransitions(random.fork('transitions')),
    waves,
  };
}

function generatePhases(facts: SystemFacts): Record<string, unknown>[] {
  const { name, area, legacy } = facts;
  return [
    { id: 'opstart', name: 'Opstart', focus: `Kommunen forankrer implementeringen af ${name} ledelsesmæssigt.`, effect: 'Kommunen har en projektorganisation med mandat.', successCriteria: ['Topledelsen er involveret', 'Projektlederen er udpeget'], actors: ['Direktion', `Leder af ${area.area}`], starts: '6 måneder før go-live', duration: '2 måneder' },
    {
      id: 'forberedelse', name: 'Forberedelse', focus: `Kommunen planlægger og udfører de opgaver, der skal til for at tage ${name} i brug.`, effect: `${name} er idriftsat planmæssigt.`, successCriteria: ['Projektet har de nødvendige ressourcer', `Data fra ${legacy} er klar til konvertering`], actors: ['Projektleder', 'Superbrugere og trænere'], starts: '4 måneder før go-live', duration: '4 måneder',
      subphases: [
        { id: 'planlaegning', name: 'Planlægning', description: 'Kommunen lægger sin lokale plan og udpeger nøglepersoner.', starts: '4 måneder før go-live', duration: '6 uger' },
        { id: 'klargoering', name: 'Klargøring', description: 'Kommunen klargør data, brugere og integrationer og uddanner brugerne.', starts: '11 uger før go-live', duration: '9 uger' },
        { id: 'idriftsaettelse', name: 'Idriftsættelse', description: `Data konverteres fra ${legacy}, og ${name} sættes i drift.`, starts: '10 arbejdsdage før go-live', duration: '10 arbejdsdage' },
      ],
    },
    { id: 'ibrugtagning', name: 'Ibrugtagning', focus: `Kommunen tager ${name} i brug og etablerer normal drift.`, effect: `${area.staff[0]!.toUpperCase()}${area.staff.slice(1)} arbejder efter de nye arbejdsgange.`, successCriteria: ['Brugerne er uddannet'], actors: ['Superbrugere', 'Brugere'], starts: 'på go-live-dagen', duration: '6 uger' },
    { id: 'forankring', name: 'Forankring', focus: `Kommunen forankrer ${name} i hverdagen og høster gevinsterne.`, effect: 'Kommunen kan dokumentere gevinsterne.', successCriteria: ['Ledelsen følger op på gevinsterne'], actors: ['Gevinstejer'], starts: '6 uger efter go-live', duration: '4 måneder' },
  ];
}

function generateRoles(facts: SystemFacts): HandbookInput['roles'] {
  const role = (id: string, name: string, party: string, description: string, ...responsibilities: string[]) => ({ id, name, party, description, responsibilities });
  return [
    role('direktion', 'Direktion', 'kommune', `Den direktør, der har ${facts.area.area}.`, 'Udpeger projektejer'),
    role('projektejer', 'Projektejer', 'kommune', 'Leder med ansvar for, at implementeringen lykkes.', 'Udpeger projektleder', 'Træffer go/no go-beslutningen'),
    role('projektleder', 'Projektleder', 'kommune', 'Leder kommunens implementeringsprojekt til daglig.', 'Udarbejder den lokale plan', 'Rapporterer fremdrift'),
    role('gevinstejer', 'Gevinstejer', 'kommune', `Leder med ansvar for gevinsterne ved ${facts.name}.`, 'Følger op på gevinsterne'),
    role('fagleder', `Leder af ${facts.area.area}`, 'kommune', `Daglig leder af de ${facts.area.staff}, der skal bruge ${facts.name}.`, 'Udpeger superbrugere'),
    role('superbruger', 'Superbruger', 'kommune', 'Erfaren bruger, der hjælper kollegerne.', 'Tester konverterede data', 'Giver 1. level-support'),
    role('traener', 'Træner', 'kommune', `Underviser kommunens ${facts.area.staff}.`, 'Gennemfører undervisningen lokalt'),
    role('lokal-administrator', 'Lokal administrator', 'kommune', 'Administrerer brugere og roller.', 'Tildeler jobfunktionsroller'),
    role('it-koordinator', 'It-koordinator', 'kommune', 'Kommunens kontakt i it-afdelingen.', `Lukker ${facts.legacy} ned`),
    role('oekonomimedarbejder', 'Økonomimedarbejder', 'kommune', 'Medarbejder i økonomiafdelingen.', 'Afstemmer de første kørsler'),
    role('udrulningsansvarlig', 'Udrulningsansvarlig', 'leverandør', `${facts.supplier}s ansvarlige for udrulningen.`, 'Planlægger den tekniske udrulning'),
    role('servicedesk', 'Servicedesk', 'leverandør', 'Leverandørens 2. level-support.', 'Besvarer henvendelser fra superbrugerne'),
    role('kombit-projektleder', 'Projektleder i KOMBIT', 'KOMBIT', `Leder KOMBITs projekt for ${facts.name}.`, 'Godkender udrulningsplanen'),
  ];
}

/** Generates all 150 tasks; the last four are held back by `initialTasks` and added in later releases. */
function generateTasks(facts: SystemFacts, random: Random): TaskInput[] {
  const themes = Object.keys(TASK_PARTS);
  const titles = new Map(themes.map((theme) => {
    const { verbs, objects } = TASK_PARTS[theme]!;
    return [theme, random.shuffle(verbs.flatMap((verb) => objects.map((object) => `${verb} ${object}`)))];
  }));
  const tasks: TaskInput[] = [];
  const usedIds = new Set<string>();
  for (const [phaseIndex, phase] of PHASE_PLAN.entries()) {
    for (let n = 0; n < phase.tasks; n += 1) {
      const theme = random.pick(themes.filter((candidate) => (titles.get(candidate)?.length ?? 0) > 0));
      const title = titles.get(theme)!.pop()!;
      const id = uniqueId(slugify(title), usedIds);
      tasks.push(generateTask({ facts, random, phase, phaseIndex, theme, themeIndex: themes.indexOf(theme), title, id, serial: tasks.length + 1 }));
    }
  }
  return tasks;
}

function generateTask(options: {
  facts: SystemFacts; random: Random; phase: (typeof PHASE_PLAN)[number]; phaseIndex: number; theme: string; themeIndex: number; title: string; id: string; serial: number;
}): TaskInput {
  const { facts, random, phase, phaseIndex, themeIndex, title, id, serial } = options;
  const type = random.pick(['kritisk', 'kritisk', 'obligatorisk', 'obligatorisk', 'obligatorisk', 'valgfri'] as const);
  const performers = random.chance(0.3) ? random.sample(MUNICIPAL_ROLES, 2) : random.pick(MUNICIPAL_ROLES);
  const task: TaskInput = {
    ...(random.chance(0.7) ? { klikId: `0${themeIndex + 1}00.0${phaseIndex + 1}00.${String(serial * 10).padStart(4, '0')}` } : {}),
    id,
    title,
    ...(random.chance(0.7) ? { description: `${title} for ${facts.area.area}, så ${facts.name} kan tages i brug som planlagt.` } : {}),
    phase: phase.id,
    theme: options.theme,
    responsible: random.pick(MUNICIPAL_ROLES.slice(0, 4)),
    performers: phase.id === 'idriftsaettelse' && random.chance(0.3) ? [...[performers].flat(), 'udrulningsansvarlig'] : performers,
    type,
    ...timing(phase, random),
  };
  if (random.chance(0.15)) task.prerequisites = [`Projektlederen har godkendt planen for ${phase.id === 'opstart' ? 'opstarten' : 'fasen'}`];
  if (random.chance(0.3)) task.result = `Opgaven er meldt færdig i KLIK.`;
  if (random.chance(0.1)) task.links = [{ title: `Vejledning: ${title}`, url: `https://share-komm.kombit.example/${facts.id}/${id}` }];
  return task;
}

/** Start and deadline inside the phase's window; one unit per task, so the deadline never falls before the start. */
function timing(phase: (typeof PHASE_PLAN)[number], random: Random): Pick<TaskInput, 'start' | 'deadline'> {
  if (phase.id === 'idriftsaettelse') {
    const start = random.int(3, 10);
    const deadline = random.int(0, start - 1);
    return { ...(random.chance(0.6) ? { start: workdays(start) } : {}), deadline: workdays(deadline) };
  }
  const start = random.int(phase.from, phase.to - 1);
  const deadline = random.int(start + 1, phase.to);
  if (random.chance(0.4)) return { deadline: deadline < -7 && deadline % 4 === 0 ? `${-deadline / 4} måneder før go-live` : weeks(deadline) };
  return { start: weeks(start), deadline: weeks(deadline) };
}

function weeks(amount: number): string {
  if (amount === 0) return 'på go-live-dagen';
  const count = Math.abs(amount);
  return `${count} ${count === 1 ? 'uge' : 'uger'} ${amount < 0 ? 'før' : 'efter'} go-live`;
}

function workdays(before: number): string {
  if (before === 0) return 'på go-live-dagen';
  return `${before} ${before === 1 ? 'arbejdsdag' : 'arbejdsdage'} før go-live`;
}

function generateTransitions(random: Random): HandbookInput['transitions'] {
  const pool = ['Projektlederen er udpeget', 'Ressourcerne er afsat', 'Prøvekonverteringen er godkendt', 'Brugerne er undervist', 'Go/no go-beslutningen er truffet', 'De første kørsler er afstemt', 'Det gamle system er lukket for nye sager', 'Early-life support er afsluttet', 'Gevinstplanen er godkendt', 'Integrationerne er testet'];
  const types = ['tjekpunkt', 'kontrolpunkt', 'milepæl'];
  const pairs = [['opstart', 'forberedelse'], ['forberedelse', 'ibrugtagning'], ['ibrugtagning', 'forankring']] as const;
  return pairs.map(([from, to]) => ({ from, to, checkpoints: random.sample(pool, 3).map((title) => ({ title, type: random.pick(types) })) }));
}

/** Places all 98 municipalities in five waves: a pilot of five, three ordinary waves and a catch-up wave. */
function generateWaves(firstGoLive: string, random: Random): WaveInput[] {
  const names = random.shuffle(MUNICIPALITIES.map((municipality) => municipality.name));
  const sizes = [5, 25, 25, 25, 18];
  const meta = [
    { id: 'pilot', name: 'Pilotbølge', kind: 'pilot' },
    { id: 'boelge-2', name: 'Bølge 2', kind: 'ordinær' },
    { id: 'boelge-3', name: 'Bølge 3', kind: 'ordinær' },
    { id: 'boelge-4', name: 'Bølge 4', kind: 'ordinær' },
    { id: 'opsamling', name: 'Opsamlingsbølge', kind: 'opsamling' },
  ] as const;
  let taken = 0;
  let goLive = firstGoLive;
  return meta.map((wave, index) => {
    if (index > 0) goLive = addDays(goLive, 7 * random.int(8, 12));
    const municipalities = sortDanish(names.slice(taken, taken + sizes[index]!));
    taken += sizes[index]!;
    return { ...wave, goLive, municipalities };
  });
}

/** Adds days to an ISO date (UTC arithmetic: no time zone, no clock). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Turns a Danish title into an id: lowercase ASCII, æ→ae, ø→oe, å→aa, words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}
