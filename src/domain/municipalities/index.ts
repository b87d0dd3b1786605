// Exposes the 98 Danish municipalities and the ways to look them up, sort and group them.

export { MUNICIPALITIES, type Municipality, type Region } from './data.ts';
export {
  closestMunicipality,
  findMunicipality,
  unknownMunicipalityMessage,
  type ClosestOptions,
} from './lib/find.ts';
export {
  compareDanish,
  groupByInitial,
  initialOf,
  sortDanish,
  type InitialGroup,
} from './lib/collation.ts';
export { finderKey, municipalitySlug } from './lib/slug.ts';
