// Tells whether an edit lies inside a wording the writer declared editorial, so it is not highlighted.
import { tokenize } from './inline.ts';

/** Answers whether new words (or, for a removal, the gap where words were) lie within an editorial wording. */
export type EditorialTest = (values: readonly string[], from: number, to: number) => boolean;

/** Builds the test for a section's editorial wordings (each the new text as it now stands). */
export function editorialTest(wordings: readonly string[] = []): EditorialTest {
  const sequences = wordings.map((text) => tokenize(text).map((token) => token.value)).filter((sequence) => sequence.length > 0);
  if (sequences.length === 0) return () => false;
  return (values, from, to) =>
    sequences.some((sequence) => occurrences(values, sequence).some((start) => covers(start, start + sequence.length, from, to, values.length)) || containsRun(sequence, values));
}

// An occurrence [start, end) covers new tokens [from, to) when it contains them all; it covers a removal (from === to)
// when the words on both sides of the gap lie inside it.
function covers(start: number, end: number, from: number, to: number, length: number): boolean {
  if (to > from) return start <= from && to <= end;
  const left = from === 0 ? start === 0 : start <= from - 1;
  const right = from === length ? end === length : from < end;
  return left && right;
}

/** Where `sequence` stands in `values`, as start indices. */
export function occurrences(values: readonly string[], sequence: readonly string[]): number[] {
  const starts: number[] = [];
  for (let start = 0; start + sequence.length <= values.length; start += 1) {
    if (sequence.every((value, offset) => values[start + offset] === value)) starts.push(start);
  }
  return starts;
}

// A whole block's words inside a longer editorial wording (an editorial edit that spans several blocks).
function containsRun(sequence: readonly string[], values: readonly string[]): boolean {
  return values.length > 0 && occurrences(sequence, values).length > 0;
}
