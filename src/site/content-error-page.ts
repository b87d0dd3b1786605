// The page the live preview answers with while the content has errors (the errors as the terminal lists them) or what
// was saved could not be written (a full disk …): in Danish, instead of Astro's English error page with a stack trace
// (a broken handbook.yaml leaves no handbook to show) or a page with the saved text missing.
import { formatProblem, sortProblems, type Problem } from '../domain/index.ts';
import { t } from '../i18n/t.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ESCAPES[character]!);
}

/** Renders a whole HTML page listing `errors`, each located by file, line and column. */
export function contentErrorPage(errors: readonly Problem[]): string {
  const items = sortProblems(errors).map((problem) => `<li><code>${escapeHtml(formatProblem(problem))}</code></li>`).join('\n');
  return errorPage([
    `<p>${escapeHtml(t('preview.errorIntro'))}</p>`,
    `<p>${escapeHtml(t('preview.errorCount', { count: String(errors.length) }))}</p>`,
    `<ul>\n${items}\n</ul>`,
  ]);
}

/**
 * Renders a whole HTML page saying why the preview could not write what the writer saved (`failure`: what, where and
 * how to fix it, as the terminal says it), instead of a page with the saved text missing.
 */
export function regenerationFailurePage(failure: string): string {
  return errorPage([`<p>${escapeHtml(t('preview.failureIntro'))}</p>`, `<p><code>${escapeHtml(failure)}</code></p>`]);
}

function errorPage(body: readonly string[]): string {
  return `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(t('preview.errorTitle'))}</title></head>
<body>
<h1>${escapeHtml(t('preview.errorTitle'))}</h1>
${body.join('\n')}
</body>
</html>
`;
}
