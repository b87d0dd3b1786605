// Plain-language hints for writers: passive after modal verbs, long sentences, stand-in data, and the handbook's length.
export { lintHandbook, type HandbookLint, type LintOptions } from './lint-handbook.ts';
export { lintSection, longSentenceMessage, MAX_SENTENCE_WORDS, passiveMessage, type BodyLocation } from './lint-section.ts';
export { estimatePages, lengthProblems, MAX_PAGES, tooLongMessage, WORDS_PER_PAGE, type PageEstimate } from './length.ts';
export { isPlaceholderEmail, lintData, PLACEHOLDER_EMAIL, placeholderEmailMessage, type Locate } from './data.ts';
export { findModalPassives, MODAL_VERBS, type ModalPassive } from './passive.ts';
export { BREAK, maskGuidance, maskMarkup } from './mask.ts';
export { countWords, splitSentences, wordsOf, type Sentence, type Word } from './sentences.ts';
