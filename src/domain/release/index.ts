// The release module's public surface: cut a release, finish an interrupted one, freeze a handbook, load and verify frozen releases.
export { cutRelease, type CutReleaseOptions, type CutReleaseResult } from './release.ts';
export { freezeRelease, hasChangesSince, type FrozenFiles } from './freeze.ts';
export { finishInterruptedRelease, type FinishReleaseOptions, type FinishReleaseResult } from './finish-release.ts';
export { findInterruptedRelease, loadReleases, verifyReleases, type InterruptedRelease, type LoadedRelease } from './load.ts';
export { danishToday, nextVersion, type ReleaseRequest } from './request.ts';
export { appendVersion } from './version-log.ts';
export {
  canonicalJson,
  checksum,
  DATA_FILE,
  MANIFEST_FILE,
  RELEASE_FORMAT,
  RELEASES_FOLDER,
  sectionPath,
  type FrozenSection,
  type ReleaseManifest,
} from './format.ts';
