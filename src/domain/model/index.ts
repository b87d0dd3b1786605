// The implementation model's public surface: schemas, defaults, checks, wave schedules and exports.
export { ModelFieldsShape, ModelSchema, WorkdayRuleSchema, type Model } from './schema.ts';
export { flattenPhases, phasesWithin, PhaseSchema, SubphaseSchema, type FlatPhase, type Phase, type Subphase } from './phases.ts';
export { ThemeSchema, type Theme } from './themes.ts';
export { handbookParties, isDefaultParty, PARTIES, PARTY_WORDS, partyNamed, PartySchema, ResponsibilitiesSchema, RoleSchema, type Party, type PartyData, type Responsibilities, type Role } from './roles.ts';
export { TASK_TYPES, TaskLinkSchema, TaskSchema, type Task, type TaskLink, type TaskType } from './tasks.ts';
export { formatTaskDate, resolveTaskDate, resolveTaskSpan, TaskDateSchema, type TaskDate } from './task-date.ts';
export { CHECKPOINT_TYPES, CheckpointSchema, TransitionSchema, type Checkpoint, type CheckpointType, type Transition } from './transitions.ts';
export { ALL_MUNICIPALITIES, hasSettledMunicipalities, unplacedMunicipalities, WAVE_KINDS, waveGoLiveDay, waveMunicipalities, waveOf, WaveSchema, type Wave, type WaveKind } from './waves.ts';
export { DurationSchema, formatDuration, lastDayOf, lastDayOfPhase, parseDuration, type Duration } from './duration.ts';
export { defaultPhases, defaultThemes } from './defaults.ts';
export { CHECKPOINT_TYPE_LABELS, labelled, namesItself, phaseInSentence, phaseLabel, TASK_TYPE_LABELS, taskTypeLabel, unbrokenPhases, WAVE_KIND_LABELS, waveInSentence } from './labels.ts';
export { modelNames, type ModelNames } from './names.ts';
export { checkModel } from './check.ts';
export {
  scheduleForWave,
  tasksByPhaseAndTheme,
  type PhaseTasks,
  type ScheduledPhase,
  type ScheduledTask,
  type ThemeTasks,
  type WaveSchedule,
} from './schedule.ts';
export { waveToIcs, type IcsHandbook } from './ics.ts';
export { CSV_COLUMNS, waveTasksToCsv } from './csv.ts';
export { selectTasks, type TaskFilter } from './select-tasks.ts';
