// Lists Denmark's 98 municipalities, copied from the project's shared kommuner.csv.
//
// Source: kommuner.csv (kode;navn;region), whose codes and names were checked against DAWA's
// DAGI test data and ladekjaer/dawars, and whose regions were checked against django-localflavor
// and iholas/dk_municipalities. Ertholmene (411) is left out: it belongs to no municipality.
// The facts are copied here because the product must never read ../shared at run time.
// Check: data.test.ts asserts 98 entries, unique 3-digit codes, unique names and 5 regions.

/** Names one of Denmark's five regions. */
export type Region =
  | 'Region Hovedstaden'
  | 'Region Sjælland'
  | 'Region Syddanmark'
  | 'Region Midtjylland'
  | 'Region Nordjylland';

/** Describes one municipality: its official kommunekode, its short name and its region. */
export type Municipality = {
  /** The official 3-digit kommunekode, e.g. '101'. */
  readonly code: string;
  /** The short name as DAWA spells it, e.g. 'København'. */
  readonly name: string;
  /** The region the municipality belongs to. */
  readonly region: Region;
};

/** Lists all 98 municipalities, sorted by code. */
export const MUNICIPALITIES: readonly Municipality[] = [
  { code: '101', name: 'København', region: 'Region Hovedstaden' },
  { code: '147', name: 'Frederiksberg', region: 'Region Hovedstaden' },
  { code: '151', name: 'Ballerup', region: 'Region Hovedstaden' },
  { code: '153', name: 'Brøndby', region: 'Region Hovedstaden' },
  { code: '155', name: 'Dragør', region: 'Region Hovedstaden' },
  { code: '157', name: 'Gentofte', region: 'Region Hovedstaden' },
  { code: '159', name: 'Gladsaxe', region: 'Region Hovedstaden' },
  { code: '161', name: 'Glostrup', region: 'Region Hovedstaden' },
  { code: '163', name: 'Herlev', region: 'Region Hovedstaden' },
  { code: '165', name: 'Albertslund', region: 'Region Hovedstaden' },
  { code: '167', name: 'Hvidovre', region: 'Region Hovedstaden' },
  { code: '169', name: 'Høje-Taastrup', region: 'Region Hovedstaden' },
  { code: '173', name: 'Lyngby-Taarbæk', region: 'Region Hovedstaden' },
  { code: '175', name: 'Rødovre', region: 'Region Hovedstaden' },
  { code: '183', name: 'Ishøj', region: 'Region Hovedstaden' },
  { code: '185', name: 'Tårnby', region: 'Region Hovedstaden' },
  { code: '187', name: 'Vallensbæk', region: 'Region Hovedstaden' },
  { code: '190', name: 'Furesø', region: 'Region Hovedstaden' },
  { code: '201', name: 'Allerød', region: 'Region Hovedstaden' },
  { code: '210', name: 'Fredensborg', region: 'Region Hovedstaden' },
  { code: '217', name: 'Helsingør', region: 'Region Hovedstaden' },
  { code: '219', name: 'Hillerød', region: 'Region Hovedstaden' },
  { code: '223', name: 'Hørsholm', region: 'Region Hovedstaden' },
  { code: '230', name: 'Rudersdal', region: 'Region Hovedstaden' },
  { code: '240', name: 'Egedal', region: 'Region Hovedstaden' },
  { code: '250', name: 'Frederikssund', region: 'Region Hovedstaden' },
  { code: '253', name: 'Greve', region: 'Region Sjælland' },
  { code: '259', name: 'Køge', region: 'Region Sjælland' },
  { code: '260', name: 'Halsnæs', region: 'Region Hovedstaden' },
  { code: '265', name: 'Roskilde', region: 'Region Sjælland' },
  { code: '269', name: 'Solrød', region: 'Region Sjælland' },
  { code: '270', name: 'Gribskov', region: 'Region Hovedstaden' },
  { code: '306', name: 'Odsherred', region: 'Region Sjælland' },
  { code: '316', name: 'Holbæk', region: 'Region Sjælland' },
  { code: '320', name: 'Faxe', region: 'Region Sjælland' },
  { code: '326', name: 'Kalundborg', region: 'Region Sjælland' },
  { code: '329', name: 'Ringsted', region: 'Region Sjælland' },
  { code: '330', name: 'Slagelse', region: 'Region Sjælland' },
  { code: '336', name: 'Stevns', region: 'Region Sjælland' },
  { code: '340', name: 'Sorø', region: 'Region Sjælland' },
  { code: '350', name: 'Lejre', region: 'Region Sjælland' },
  { code: '360', name: 'Lolland', region: 'Region Sjælland' },
  { code: '370', name: 'Næstved', region: 'Region Sjælland' },
  { code: '376', name: 'Guldborgsund', region: 'Region Sjælland' },
  { code: '390', name: 'Vordingborg', region: 'Region Sjælland' },
  { code: '400', name: 'Bornholm', region: 'Region Hovedstaden' },
  { code: '410', name: 'Middelfart', region: 'Region Syddanmark' },
  { code: '420', name: 'Assens', region: 'Region Syddanmark' },
  { code: '430', name: 'Faaborg-Midtfyn', region: 'Region Syddanmark' },
  { code: '440', name: 'Kerteminde', region: 'Region Syddanmark' },
  { code: '450', name: 'Nyborg', region: 'Region Syddanmark' },
  { code: '461', name: 'Odense', region: 'Region Syddanmark' },
  { code: '479', name: 'Svendborg', region: 'Region Syddanmark' },
  { code: '480', name: 'Nordfyns', region: 'Region Syddanmark' },
  { code: '482', name: 'Langeland', region: 'Region Syddanmark' },
  { code: '492', name: 'Ærø', region: 'Region Syddanmark' },
  { code: '510', name: 'Haderslev', region: 'Region Syddanmark' },
  { code: '530', name: 'Billund', region: 'Region Syddanmark' },
  { code: '540', name: 'Sønderborg', region: 'Region Syddanmark' },
  { code: '550', name: 'Tønder', region: 'Region Syddanmark' },
  { code: '561', name: 'Esbjerg', region: 'Region Syddanmark' },
  { code: '563', name: 'Fanø', region: 'Region Syddanmark' },
  { code: '573', name: 'Varde', region: 'Region Syddanmark' },
  { code: '575', name: 'Vejen', region: 'Region Syddanmark' },
  { code: '580', name: 'Aabenraa', region: 'Region Syddanmark' },
  { code: '607', name: 'Fredericia', region: 'Region Syddanmark' },
  { code: '615', name: 'Horsens', region: 'Region Midtjylland' },
  { code: '621', name: 'Kolding', region: 'Region Syddanmark' },
  { code: '630', name: 'Vejle', region: 'Region Syddanmark' },
  { code: '657', name: 'Herning', region: 'Region Midtjylland' },
  { code: '661', name: 'Holstebro', region: 'Region Midtjylland' },
  { code: '665', name: 'Lemvig', region: 'Region Midtjylland' },
  { code: '671', name: 'Struer', region: 'Region Midtjylland' },
  { code: '706', name: 'Syddjurs', region: 'Region Midtjylland' },
  { code: '707', name: 'Norddjurs', region: 'Region Midtjylland' },
  { code: '710', name: 'Favrskov', region: 'Region Midtjylland' },
  { code: '727', name: 'Odder', region: 'Region Midtjylland' },
  { code: '730', name: 'Randers', region: 'Region Midtjylland' },
  { code: '740', name: 'Silkeborg', region: 'Region Midtjylland' },
  { code: '741', name: 'Samsø', region: 'Region Midtjylland' },
  { code: '746', name: 'Skanderborg', region: 'Region Midtjylland' },
  { code: '751', name: 'Aarhus', region: 'Region Midtjylland' },
  { code: '756', name: 'Ikast-Brande', region: 'Region Midtjylland' },
  { code: '760', name: 'Ringkøbing-Skjern', region: 'Region Midtjylland' },
  { code: '766', name: 'Hedensted', region: 'Region Midtjylland' },
  { code: '773', name: 'Morsø', region: 'Region Nordjylland' },
  { code: '779', name: 'Skive', region: 'Region Midtjylland' },
  { code: '787', name: 'Thisted', region: 'Region Nordjylland' },
  { code: '791', name: 'Viborg', region: 'Region Midtjylland' },
  { code: '810', name: 'Brønderslev', region: 'Region Nordjylland' },
  { code: '813', name: 'Frederikshavn', region: 'Region Nordjylland' },
  { code: '820', name: 'Vesthimmerlands', region: 'Region Nordjylland' },
  { code: '825', name: 'Læsø', region: 'Region Nordjylland' },
  { code: '840', name: 'Rebild', region: 'Region Nordjylland' },
  { code: '846', name: 'Mariagerfjord', region: 'Region Nordjylland' },
  { code: '849', name: 'Jammerbugt', region: 'Region Nordjylland' },
  { code: '851', name: 'Aalborg', region: 'Region Nordjylland' },
  { code: '860', name: 'Hjørring', region: 'Region Nordjylland' },
];
