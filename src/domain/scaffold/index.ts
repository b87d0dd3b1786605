// Creates a new handbook (`npm run new`): the steps, one per file, that scripts/new.ts calls in order.
export { ScaffoldError, type ScaffoldErrorKind } from './scaffold-error.ts';
export {
  dateProblem,
  deriveShortName,
  emailProblem,
  idProblem,
  OPTION_FIELDS,
  optionProblem,
  textProblem,
  type NewHandbookInput,
  type NewHandbookOptions,
  type OptionField,
} from './options.ts';
export { completeOptions, type Ask, type CompleteOptionsContext } from './complete-options.ts';
export { checkTarget, type CheckTargetContext } from './check-target.ts';
export { HANDBOOK_TEMPLATE, loadScaffoldTemplates, type ScaffoldTemplates } from './load-scaffold-templates.ts';
export { fillTemplate, renderHandbookYaml, tokenValues, yamlString, type TokenValue } from './render-handbook-yaml.ts';
export { REPLACE_GUIDANCE, renderStubs, stubText, type ScaffoldFile } from './render-stubs.ts';
export { scaffoldErrors, verifyScaffold, type VerifyContext } from './verify-scaffold.ts';
export { TEMPORARY_PREFIX, writeHandbook, type HandbookFile, type WriteContext, type WriteResult } from './write-handbook.ts';
export { PLACEHOLDER_EMAIL } from '../lint/data.ts';
