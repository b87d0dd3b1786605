// The style map mammoth reads Word with: KOMBIT's template's headings (Danish and English style names), title and captions.

/**
 * Word stores the built-in styles under their English names ("heading 1") whatever the language of Word,
 * but a document made from a Danish template may carry the Danish names as its own styles. Both are mapped;
 * mammoth compares style names without regard to case.
 */
export const STYLE_MAP: readonly string[] = [
  ...[1, 2, 3, 4, 5, 6].flatMap((level) => [
    `p[style-name='heading ${level}'] => h${level}:fresh`,
    `p[style-name='Overskrift ${level}'] => h${level}:fresh`,
  ]),
  "p[style-name='Title'] => p.titel:fresh",
  "p[style-name='Titel'] => p.titel:fresh",
  "p[style-name='Subtitle'] => p.undertitel:fresh",
  "p[style-name='Undertitel'] => p.undertitel:fresh",
  "p[style-name='caption'] => p.billedtekst:fresh",
  "p[style-name='Billedtekst'] => p.billedtekst:fresh",
  "p[style-name='toc 1'] => p.indhold:fresh",
  "p[style-name='toc 2'] => p.indhold:fresh",
  "p[style-name='toc 3'] => p.indhold:fresh",
  "p[style-name='Indholdsfortegnelse 1'] => p.indhold:fresh",
  "p[style-name='Indholdsfortegnelse 2'] => p.indhold:fresh",
  "p[style-name='Indholdsfortegnelse 3'] => p.indhold:fresh",
];
