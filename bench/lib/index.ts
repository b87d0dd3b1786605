// The corpus module's public surface: generate the synthetic benchmark corpus and tell whether one is current.
export { generateCorpus, isCorpusCurrent, wantedStamp, STAMP_FILE, type CorpusOptions, type CorpusStamp } from './generate-corpus.ts';
export { TASK_COUNT } from './handbook-data.ts';
