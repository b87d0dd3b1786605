// Finds passive after a modal verb ("kan initieres", "skal systemet installeres", "vil blive opdateret") in masked prose.
//
// A heuristic, tuned to keep false alarms rare rather than to catch every passive: a modal verb followed,
// within 0–2 words and without punctuation between, by a lowercase word in -es (s-passive) or by
// blive/blevet and a participle in -t. Words in -es that are not passive verbs are excluded by list
// (adverbs, pronouns, deponent verbs, nouns) and by form (genitives such as "kommunernes").
import { splitSentences, type Word } from './sentences.ts';

/** A passive after a modal verb: the phrase as written (whitespace collapsed) and the offset of the modal verb. */
export interface ModalPassive {
  phrase: string;
  offset: number;
}

/** The modal verbs (mådesudsagnsord) the check looks after. */
export const MODAL_VERBS: ReadonlySet<string> = new Set(['kan', 'skal', 'bør', 'må', 'vil', 'kunne', 'skulle', 'burde']);

/** Words in -es that are not s-passive: adverbs, pronouns, numerals, nouns and deponent verbs (active in meaning). */
const NOT_PASSIVE = new Set([
  'alles', 'andres', 'anderledes', 'deres', 'des', 'ekspres', 'enes', 'enkeltes', 'fælles', 'færdes', 'halvtres',
  'hendes', 'hvorledes', 'jeres', 'kappes', 'kongres', 'længes', 'ligeledes', 'lykkes', 'mindes', 'mødes', 'pres',
  'proces', 'skændes', 'stres', 'synes', 'særdeles', 'således', 'tres', 'trives', 'undres', 'vores', 'yes',
]);

/** Passive verbs that look like genitive plurals ("-ernes", "-enes"). */
const PASSIVE_DESPITE_GENITIVE_FORM = new Set(['fjernes', 'menes', 'tjenes']);

/** English plurals that turn up in IT texts ("cookies", "updates") end like this; Danish passive verbs do not. */
const ENGLISH_PLURAL = /(?:ies|ates|ites|ices|ures|ules|ypes|otes)$/u;

/** Words after which a word in -es is probably a genitive ("den enkelte kommunes projektleder"). */
const DETERMINERS = new Set([
  'alle', 'andet', 'anden', 'andre', 'begge', 'de', 'den', 'denne', 'dens', 'det', 'dets', 'dette', 'din', 'dine',
  'disse', 'dit', 'egen', 'eget', 'egne', 'en', 'enhver', 'enkelte', 'et', 'flere', 'første', 'hans', 'hele',
  'hendes', 'hver', 'jeres', 'mange', 'min', 'mine', 'mit', 'ny', 'nye', 'nogle', 'samme', 'sin', 'sine', 'sit',
  'vores', 'øvrige',
]);

/** Words that may follow a passive verb; a genitive is followed by a noun instead. */
const FUNCTION_WORDS = new Set([
  'af', 'alle', 'altid', 'at', 'automatisk', 'da', 'de', 'den', 'der', 'derefter', 'det', 'efter', 'eller', 'en',
  'et', 'for', 'fra', 'først', 'før', 'gennem', 'her', 'hos', 'hurtigt', 'hvis', 'i', 'igen', 'ikke', 'inden',
  'kun', 'løbende', 'med', 'men', 'mens', 'mod', 'nu', 'når', 'og', 'også', 'om', 'op', 'over', 'på', 'senere',
  'senest', 'som', 'straks', 'så', 'til', 'ud', 'uden', 'under', 'ved',
]);

/** Words in -t after "blive" that are adjectives or adverbs, not participles ("vil blive nødt til", "vil blive travlt"). */
const NOT_PARTICIPLE = new Set([
  'bedst', 'dyrt', 'flest', 'først', 'godt', 'hårdt', 'kort', 'langt', 'lidt', 'mest', 'mindst', 'nemt', 'nødt',
  'sent', 'sidst', 'slut', 'stort', 'størst', 'svært', 'travlt',
]);

const AUXILIARY_BLIVE = new Set(['blive', 'blevet']);
/** Punctuation that ends the stretch a modal verb governs: a passive after it belongs to another clause. */
const CLAUSE_BREAK = /[,;:()[\]–—"“”!?\u2029]/u;

/** Lists every passive after a modal verb in masked prose (see `maskMarkup`). */
export function findModalPassives(masked: string): ModalPassive[] {
  const found: ModalPassive[] = [];
  for (const { words } of splitSentences(masked)) {
    const joined = (index: number) => !CLAUSE_BREAK.test(masked.slice(words[index - 1]!.offset + words[index - 1]!.text.length, words[index]!.offset));
    for (const [index, modal] of words.entries()) {
      if (!MODAL_VERBS.has(modal.text.toLocaleLowerCase('da'))) continue;
      const end = passiveAfter(words, index, joined);
      if (end) found.push({ offset: modal.offset, phrase: masked.slice(modal.offset, end.offset + end.text.length).replace(/\s+/gu, ' ') });
    }
  }
  return found;
}

/** Finds the passive verb (or participle after blive) that a modal verb at `index` governs, if any. */
function passiveAfter(words: readonly Word[], index: number, joined: (index: number) => boolean): Word | undefined {
  for (let next = index + 1; next <= index + 3 && next < words.length; next += 1) {
    if (!joined(next)) return undefined;
    const word = words[next]!.text;
    const lower = word.toLocaleLowerCase('da');
    if (MODAL_VERBS.has(lower)) return undefined;
    if (AUXILIARY_BLIVE.has(lower)) {
      const participle = words[next + 1];
      return participle && joined(next + 1) && isParticiple(participle.text) ? participle : undefined;
    }
    if (isSPassive(word, words[next - 1]?.text, next + 1 < words.length && joined(next + 1) ? words[next + 1]!.text : undefined)) {
      return words[next];
    }
  }
  return undefined;
}

/** Tells whether a word is an s-passive verb, given the word before it and (if joined) the word after it. */
function isSPassive(word: string, before: string | undefined, after: string | undefined): boolean {
  if (!/^\p{Ll}/u.test(word)) return false;
  const lower = word.toLocaleLowerCase('da');
  if (!lower.endsWith('es') || lower.length < 3 || NOT_PASSIVE.has(lower) || ENGLISH_PLURAL.test(lower)) return false;
  if (/(?:ernes|enes)$/u.test(lower) && !PASSIVE_DESPITE_GENITIVE_FORM.has(lower)) return false;
  const genitive = before !== undefined && DETERMINERS.has(before.toLocaleLowerCase('da')) && after !== undefined && !FUNCTION_WORDS.has(after.toLocaleLowerCase('da'));
  return !genitive;
}

/** Tells whether a word after blive/blevet is a past participle ("installeret", "sendt"), not an adjective. */
function isParticiple(word: string): boolean {
  const lower = word.toLocaleLowerCase('da');
  return /^\p{Ll}/u.test(word) && lower.length >= 4 && lower.endsWith('t') && !/(?:igt|sk)$/u.test(lower) && !NOT_PARTICIPLE.has(lower);
}
