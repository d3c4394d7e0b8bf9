/**
 * Title normalisation: the same paper's title differs between sites in casing,
 * punctuation, quotes, dashes, LaTeX markup and spacing. These functions map all of
 * those variants to one form.
 */

// `\textbf{X}` keeps X; a bare command such as `\alpha` or `\&` loses its backslash.
const LATEX_COMMAND_WITH_ARG = /\\[a-zA-Z]+\*?\s*\{([^{}]*)\}/g;
const LATEX_COMMAND = /\\([a-zA-Z]+|.)/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Everything that is not a letter or a digit separates words (quotes, dashes, colons…).
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Removes LaTeX markup (`$\textbf{Only-IF}$` → `Only-IF`), keeping the words. */
export function stripLatex(text: string): string {
  let out = text;
  // Nested commands (`\textbf{\emph{x}}`) need more than one pass; three is plenty for titles.
  for (let i = 0; i < 3 && out.includes('\\'); i++) out = out.replace(LATEX_COMMAND_WITH_ARG, '$1');
  return out.replace(LATEX_COMMAND, '$1').replace(/[$\\{}^_~]/g, ' ');
}

/** Lower-case words of a title without accents or punctuation, joined by single spaces. */
export function normalizeTitle(title: string): string {
  return stripLatex(title)
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim();
}

/** The exact-match key of a title: its normalised words without spaces, so that
 * `Pre-training`, `Pre training` and `Pretraining` meet. */
export function titleKey(title: string): string {
  return normalizeTitle(title).replace(/ /g, '');
}

/** The words of a normalised title. */
export function titleWords(title: string): string[] {
  const n = normalizeTitle(title);
  return n ? n.split(' ') : [];
}

/** A title without its subtitle: the part before the first colon or dash separator, if any. */
export function mainTitle(title: string): string {
  const m = /^(.{3,}?)\s*(?::|\s[-–—]\s)/.exec(stripLatex(title));
  return m?.[1] ?? title;
}
