// The page the live preview answers with while the content has errors: the errors as the terminal lists them, in
// Danish, instead of Astro's English error page with a stack trace (a broken handbook.yaml leaves no handbook to show).
import { formatProblem, sortProblems, type Problem } from '../domain/index.ts';
import { t } from '../i18n/t.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ESCAPES[character]!);
}

/** Renders a whole HTML page listing `errors`, each located by file, line and column. */
export function contentErrorPage(errors: readonly Problem[]): string {
  const items = sortProblems(errors).map((problem) => `<li><code>${escapeHtml(formatProblem(problem))}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(t('preview.errorTitle'))}</title></head>
<body>
<h1>${escapeHtml(t('preview.errorTitle'))}</h1>
<p>${escapeHtml(t('preview.errorIntro'))}</p>
<p>${escapeHtml(t('preview.errorCount', { count: String(errors.length) }))}</p>
<ul>
${items}
</ul>
</body>
</html>
`;
}
