// Danish word lists the corpus is generated from: systems, suppliers, areas and the building blocks of sentences.

/** Business areas: the first half of a system name and what the system is about. */
export const AREAS = [
  { stem: 'Ydelses', area: 'personlige ydelser', staff: 'sagsbehandlere', object: 'ydelsessager' },
  { stem: 'Bolig', area: 'boligstøtte', staff: 'boligrådgivere', object: 'boligsager' },
  { stem: 'Skole', area: 'skoleadministration', staff: 'skolesekretærer', object: 'elevforløb' },
  { stem: 'Ældre', area: 'ældreplejen', staff: 'visitatorer', object: 'plejeforløb' },
  { stem: 'Beskæftigelses', area: 'beskæftigelsesindsatsen', staff: 'jobkonsulenter', object: 'borgerforløb' },
  { stem: 'Børne', area: 'børne- og ungeområdet', staff: 'socialrådgivere', object: 'underretninger' },
  { stem: 'Sundheds', area: 'den kommunale sundhedstjeneste', staff: 'sundhedsplejersker', object: 'journaler' },
  { stem: 'Miljø', area: 'miljøtilsynet', staff: 'miljømedarbejdere', object: 'tilsynssager' },
  { stem: 'Byggesags', area: 'byggesagsbehandlingen', staff: 'byggesagsbehandlere', object: 'byggesager' },
  { stem: 'Handicap', area: 'handicapområdet', staff: 'handicapkonsulenter', object: 'bevillinger' },
  { stem: 'Løn', area: 'lønadministrationen', staff: 'lønkonsulenter', object: 'lønkørsler' },
  { stem: 'Dokument', area: 'dokumenthåndteringen', staff: 'journalister', object: 'dokumenter' },
  { stem: 'Borger', area: 'borgerservice', staff: 'borgerservicemedarbejdere', object: 'henvendelser' },
  { stem: 'Tilsyns', area: 'tilsynet med plejehjem', staff: 'tilsynsførende', object: 'tilsynsrapporter' },
  { stem: 'Pleje', area: 'hjemmeplejen', staff: 'planlæggere', object: 'besøgsplaner' },
  { stem: 'Kultur', area: 'kultur- og fritidsområdet', staff: 'fritidskonsulenter', object: 'lokalebookinger' },
  { stem: 'Natur', area: 'naturforvaltningen', staff: 'naturmedarbejdere', object: 'dispensationer' },
  { stem: 'Trafik', area: 'trafik og veje', staff: 'vejmedarbejdere', object: 'gravetilladelser' },
  { stem: 'Affalds', area: 'affaldsordningerne', staff: 'affaldsplanlæggere', object: 'tømningsordninger' },
  { stem: 'Indsats', area: 'den specialiserede socialindsats', staff: 'myndighedsrådgivere', object: 'indsatsplaner' },
  { stem: 'Visitations', area: 'visitationen', staff: 'visitatorer', object: 'afgørelser' },
  { stem: 'Integrations', area: 'integrationsområdet', staff: 'integrationskonsulenter', object: 'integrationsforløb' },
  { stem: 'Misbrugs', area: 'misbrugsbehandlingen', staff: 'behandlere', object: 'behandlingsforløb' },
  { stem: 'Dagtilbuds', area: 'dagtilbudsområdet', staff: 'pladsanvisere', object: 'pladsanvisninger' },
  { stem: 'Ejendoms', area: 'ejendomsadministrationen', staff: 'ejendomsmedarbejdere', object: 'lejemål' },
  { stem: 'Kontant', area: 'kontanthjælpsområdet', staff: 'ydelsesmedarbejdere', object: 'udbetalinger' },
  { stem: 'Klage', area: 'klagebehandlingen', staff: 'jurister', object: 'klagesager' },
  { stem: 'Tolke', area: 'tolkebestillingen', staff: 'bestillere', object: 'tolkebestillinger' },
] as const;
export type Area = (typeof AREAS)[number];

/** Second halves of system names. */
export const NAME_ENDINGS = ['registret', 'systemet', 'platformen', 'løsningen', 'portalen', 'basen'] as const;

/** Suppliers (invented). */
export const SUPPLIERS = [
  'Fjordsoft A/S', 'Nordlys Data ApS', 'Kattegat IT A/S', 'Bøgeskov Systems A/S', 'Lindholm Digital A/S',
  'Havørn Software ApS', 'Vesterhav Data A/S', 'Møllebakken IT ApS', 'Skovbryn Solutions A/S', 'Ravnsborg Informatik A/S',
] as const;

/** First names for writers' initials and contact people. */
export const FIRST_NAMES = ['Mette', 'Lars', 'Anne', 'Søren', 'Hanne', 'Jens', 'Birgitte', 'Niels', 'Camilla', 'Peter', 'Louise', 'Mikkel'] as const;
/** Surnames. */
export const SURNAMES = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Kjær'] as const;

/** Imperative verbs and their objects for task titles, by theme id of KOMBIT's model. */
export const TASK_PARTS: Readonly<Record<string, { verbs: readonly string[]; objects: readonly string[] }>> = {
  projektstyring: {
    verbs: ['Udpeg', 'Planlæg', 'Følg op på', 'Afstem', 'Godkend', 'Rapportér'],
    objects: ['projektejer', 'projektleder', 'den lokale implementeringsplan', 'projektets risici', 'fremdriften i KLIK', 'styregruppemøderne', 'ressourceplanen', 'go/no go-beslutningen', 'kommunikationsplanen', 'milepælsplanen'],
  },
  gevinster: {
    verbs: ['Beskriv', 'Mål', 'Følg op på', 'Prioritér', 'Dokumentér'],
    objects: ['gevinstpotentialet', 'de lokale gevinster', 'baseline for sagsbehandlingstiden', 'gevinstrealiseringsplanen', 'de indfriede gevinster', 'nøgletallene'],
  },
  viden: {
    verbs: ['Udpeg', 'Planlæg', 'Gennemfør', 'Evaluér', 'Tilmeld'],
    objects: ['superbrugere', 'trænere', 'uddannelsen af brugerne', 'træneruddannelsen', 'e-læringen', 'lokale vejledninger', 'oplæringen af nye medarbejdere', 'undervisningsmiljøet'],
  },
  organisering: {
    verbs: ['Kortlæg', 'Beskriv', 'Tilpas', 'Afklar', 'Informér om'],
    objects: ['nuværende arbejdsgange', 'fremtidige arbejdsgange', 'forretningsgangene', 'snitfladen til økonomiafdelingen', 'skiftet til samarbejdspartnere', 'de lokale instrukser', 'brevskabelonerne', 'opgavefordelingen'],
  },
  'ud-indfasning': {
    verbs: ['Kortlæg', 'Klargør', 'Test', 'Gennemfør', 'Udfas', 'Godkend'],
    objects: ['snitflader til det gamle system', 'data til konvertering', 'prøvekonverteringen', 'slutkonverteringen', 'det gamle system', 'lokale udtræk og rapporter', 'arkiveringen af historiske data', 'supporten i overgangen'],
  },
  'it-miljoe': {
    verbs: ['Opsæt', 'Test', 'Afklar', 'Modellér', 'Tildel', 'Kontrollér'],
    objects: ['integrationerne', 'jobfunktionsrollerne', 'brugeradgange', 'netværk og firewall', 'klientopsætningen', 'adgangen via fælleskommunal infrastruktur', 'printopsætningen', 'single sign-on'],
  },
  'it-sikkerhed': {
    verbs: ['Godkend', 'Gennemgå', 'Udarbejd', 'Opdatér', 'Kontrollér'],
    objects: ['databehandleraftalen', 'serviceaftalen', 'risikovurderingen', 'brugernes adgange', 'konsekvensanalysen', 'logningen af opslag', 'beredskabsplanen'],
  },
};

/** Openings for sentences about the system; `{x}` are filled by the prose generator. */
export const SENTENCES = [
  '{short} samler de oplysninger, som {staff} i dag henter fra flere forskellige systemer.',
  'Kommunen skal regne med, at {staff} bruger ekstra tid på {object} i de første {n} uger efter go-live.',
  '{supplier} stiller en testversion af {short} til rådighed {n} uger før go-live, så superbrugerne kan øve sig.',
  'Erfaringerne fra pilotkommunerne viser, at det betaler sig at inddrage {staff} tidligt i forløbet.',
  'Projektlederen bør aftale med it-afdelingen, hvem der har ansvaret for integrationerne til {legacy}.',
  '{system} erstatter {legacy}, som kommunerne har brugt til {area} i mange år.',
  'I {short} kan lederne følge antallet af {object} og sagsbehandlingstiden uge for uge.',
  'Når kommunen er gået i drift, overtager {supplier} driften og den tekniske support.',
  'KOMBIT holder netværksmøder for projektlederne hver {n}. uge under hele udrulningen.',
  'Kommunen bør rydde op i sine {object} i {legacy}, før {supplier} konverterer dem.',
  'Alle {staff} skal have gennemført e-læringen, før de får adgang til {short}.',
  'Superbrugerne er kollegernes første indgang til hjælp, når der opstår spørgsmål i hverdagen.',
  'Skift af arbejdsgange tager tid, og ledelsen skal derfor følge op på, at de nye gange bliver brugt.',
  'Materialet ligger på share-komm, hvor det bliver opdateret, når der kommer nye versioner af {short}.',
  'Kommunen kan forvente at spare omkring {n} procent af tiden på registrering af {object}.',
  'Tidsplanen bygger på, at alle kommuner i en bølge går i drift samme dag.',
  '{supplier} gennemfører den tekniske konvertering, mens kommunen kontrollerer resultatet.',
  'Det er vigtigt, at kommunen løser opgaverne på kritisk vej til tiden, ellers risikerer den at gå i drift senere end planlagt.',
  'Projektlederen får besked i KLIK, når en ny opgave bliver aktuel.',
  'Hvis kommunen har lokale tilpasninger i {legacy}, skal projektlederen beskrive dem, så {supplier} kan vurdere dem i god tid.',
  'Brugerne logger på {short} med deres almindelige kommunale login.',
  'Den lokale administrator vedligeholder jobfunktionsrollerne, når medarbejdere skifter opgaver.',
  '{supplier} indarbejder ændringer i lovgivningen på {area} i de løbende opdateringer af {short}.',
  'Økonomiafdelingen skal kende tidspunktet for den første kørsel fra {short}.',
] as const;

/** Column sets for the tables some sections carry. */
export const TABLES = [
  { head: ['Rolle', 'Opgave', 'Tidsforbrug'], rows: [['Projektleder', 'Koordinerer planen', '{n} timer om ugen'], ['Superbruger', 'Hjælper kollegerne', '{n} timer om ugen'], ['Lokal administrator', 'Vedligeholder roller', '{n} timer i alt'], ['It-koordinator', 'Opsætter integrationer', '{n} dage i alt']] },
  { head: ['Materiale', 'Målgruppe', 'Hvor'], rows: [['E-læring', 'Alle brugere', 'share-komm'], ['Drejebog for go-live', 'Projektlederen', 'share-komm'], ['Quickguides', 'Superbrugere', '{short}s hjælpeside'], ['Webinarer', 'Trænere', 'KOMBITs kalender']] },
  { head: ['Henvendelse', 'Kanal', 'Svartid'], rows: [['Fejl, der stopper arbejdet', 'Telefon', '{n} timer'], ['Spørgsmål om brug', 'Servicedesk', '{n} arbejdsdage'], ['Ønsker til ændringer', 'KOMBIT', 'Næste release']] },
] as const;
