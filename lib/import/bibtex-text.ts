/** Turning what @retorquere/bibtex-parser returns into plain text. */
import type { Creator } from '@retorquere/bibtex-parser';

// Controls make the parser fail with messages no user could act on; they carry no text.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// Markup the parser produces for \emph, \textbf, x^2, \textsc, case protection, paragraphs.
const MARKUP = /<\/?(?:i|b|em|strong|sup|sub|sc|p|br|span(?:\s[^>]*)?)\s*\/?>/g;

// The parser writes its markup with `<` and `>`, and an escaped `\textless{}` as `<` too. To
// tell them apart, escaped angle brackets become private-use characters before parsing
// and come back after the markup is removed.
const LT = '\uE000';
const GT = '\uE001';
const ESCAPED_ANGLE = /\\text(less|greater)(?:\{\}|(?![a-zA-Z])\s*)|\$([<>])\$/g;

/** The file's text as the parser should see it: no controls, escaped angle brackets set aside. */
export function prepareBibtex(input: string): string {
  return input
    .replace(CONTROL, '')
    .replace(ESCAPED_ANGLE, (_m, word: string | undefined, math: string | undefined) =>
      (word ?? (math === '<' ? 'less' : 'greater')) === 'less' ? LT : GT,
    );
}

/** A rich-text field value as plain text; paragraph marks become blank lines. */
export function plainText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value.replace(/<p>/g, '\n\n').replace(MARKUP, '').replaceAll(LT, '<').replaceAll(GT, '>');
}

/** A parsed creator as one `First Last` string. */
export function creatorName(c: Creator): string {
  return c.name ?? [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' ');
}
