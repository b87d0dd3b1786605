// Helpers for tests of the Danish messages writers read.

/** Tells whether a text opens a parenthesis inside another, which makes a message hard to read. */
export function nestsParentheses(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth > 1) return true;
  }
  return false;
}
