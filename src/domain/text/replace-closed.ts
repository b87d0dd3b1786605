// Replaces spans that run from an opening to a closing mark without rescanning, once per opening, a tail that has no closing.

/**
 * Replaces every match of `pattern` (global) in `text`, looking only up to the end of the last `closing`.
 *
 * Every match of a pattern such as `/\[indsæt[^\]]*\]/g` ends with its closing mark, so none can
 * lie past the last one. Left to itself the pattern scans to the end of the text from every opening
 * that has no closing after it: megabytes of openings took minutes. Cut at the last closing, each
 * opening finds its closing, and the result is the same.
 */
export function replaceClosed(text: string, closing: string, pattern: RegExp, replacement: (match: string) => string): string {
  const last = text.lastIndexOf(closing);
  if (last < 0) return text;
  const end = last + closing.length;
  return text.slice(0, end).replace(pattern, replacement) + text.slice(end);
}

/** Lists every match of `pattern` (global) in `text` as String.matchAll does, looking only up to the end of the last `closing`. */
export function matchAllClosed(text: string, closing: string, pattern: RegExp): RegExpExecArray[] {
  const last = text.lastIndexOf(closing);
  return last < 0 ? [] : [...text.slice(0, last + closing.length).matchAll(pattern)];
}
