/** Person names as BibTeX writes them: `von Last, Jr., First`, joined with ` and `. */
import { escapeLatex, stripControls } from './latex';

// Name suffixes BibTeX keeps apart from the surname.
const SUFFIX = /^(?:jr|sr|[iv]{2,4})\.?$/i;

/**
 * One author as BibTeX reads it unambiguously. Names we store are `First Last` (or one
 * token, or already `Last, First`); a name that itself contains ` and ` or a comma we
 * cannot place is braced whole, so that BibTeX takes it as one literal name.
 */
export function bibtexName(name: string): string {
  const clean = stripControls(name).replace(/\s+/g, ' ').trim();
  if (!clean) return '{Anonymous}';
  const words = clean.split(' ');
  if (/\band\b/i.test(clean) || clean.includes('{') || clean.includes('}') || clean.split(',').length > 2) {
    return `{${escapeLatex(clean)}}`;
  }
  if (clean.includes(',')) {
    const [last = '', first = ''] = clean.split(',').map((p) => p.trim());
    return last && first ? `${escapeLatex(last)}, ${escapeLatex(first)}` : `{${escapeLatex(clean)}}`;
  }
  if (words.length === 1) return escapeLatex(clean);
  let suffix = '';
  if (words.length > 2 && SUFFIX.test(words[words.length - 1]!)) suffix = words.pop()!;
  // Lower-case words before the surname are particles (`van der`, `de`) and belong with it.
  let start = words.length - 1;
  while (start > 1 && /^\p{Ll}/u.test(words[start - 1]!)) start--;
  const last = words.slice(start).join(' ');
  const first = words.slice(0, start).join(' ');
  return [last, suffix, first].filter(Boolean).map(escapeLatex).join(', ');
}

/** The `author` field value for a list of names. */
export function bibtexAuthors(names: readonly string[]): string {
  return names.map(bibtexName).join(' and ');
}
