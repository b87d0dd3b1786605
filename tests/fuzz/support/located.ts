// Checks that problems are what a writer can act on: located inside the file, explained in Danish, never an English library message.
import type { Problem } from '../../../src/domain/problems/problem.ts';

/** Words and phrases of zod's, yaml's and Node's English messages; none may reach a writer. */
const ENGLISH = /\b(?:Invalid (?:input|option|key|element|type|string|date)|Too (?:big|small)|Unrecognized key|[Ee]xpected (?:string|number|array|object|a |one of)|received|must be|Map keys|Implicit keys|Nested mappings|Unexpected|undefined|\[object Object\]|Cannot read|is not a function|Maximum call stack)\b|\bError\b/;

/** Splits decoded file text into lines as editors and YAML count them: \r\n, \r and \n each end a line. */
export function linesOf(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** Returns what is wrong with one problem's location and wording, or nothing when it is fine. */
export function problemFaults(problem: Problem, file: string, lines: readonly string[]): string[] {
  const faults: string[] = [];
  if (problem.file !== file) faults.push(`file is ${problem.file}, not ${file}`);
  if (!Number.isInteger(problem.line) || problem.line < 1 || problem.line > lines.length) {
    faults.push(`line ${problem.line} is outside 1–${lines.length}`);
  } else {
    const length = lines[problem.line - 1]!.length;
    if (!Number.isInteger(problem.column) || problem.column < 1 || problem.column > length + 1) {
      faults.push(`column ${problem.column} is outside 1–${length + 1} on line ${problem.line}`);
    }
  }
  if (problem.message.trim() === '') faults.push('the message is empty');
  if (ENGLISH.test(problem.message)) faults.push(`English in the message: ${problem.message.slice(0, 160)}`);
  if (!/[æøåÆØÅ]|\b(?:er|ikke|skal|og|i|på|af|til|med|for|at|der|den|det|en|et|fx|kan|brug|skriv|slet|ret|ukendte?|felter|gyldige?|mangler|feltet|filen|værdien)\b/i.test(problem.message)) {
    faults.push(`the message does not read as Danish: ${problem.message.slice(0, 160)}`);
  }
  return faults;
}

/** Lists every fault of every problem, prefixed with the problem, for one readable assertion. */
export function allFaults(problems: readonly Problem[], file: string, text: string): string[] {
  const lines = linesOf(text);
  return problems.flatMap((problem) => problemFaults(problem, file, lines).map((fault) => `${problem.line}:${problem.column} ${fault}`));
}
