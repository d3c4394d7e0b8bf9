/**
 * Title normalisation: the same paper's title differs between sites in casing,
 * punctuation, quotes, dashes, LaTeX markup and spacing. These functions map all of
 * those variants to one form.
 */

// `\textbf{X}` keeps X; a bare command such as `\alpha` or `\&` loses its backslash.
const LATEX_COMMAND_WITH_ARG = /\\[a-zA-Z]+\*?\s*\{([^{}]*)\}/g;
const LATEX_COMMAND = /\\([a-zA-Z]+|.)/g;
const LATEX_SPECIALS = /[$\\{}^_~]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Everything that is not a letter or a digit separates words (quotes, dashes, colons…).
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const NON_ASCII_WORD = /[^a-z0-9]+/g;
const NON_ASCII = /[^\x00-\x7f]/;
// Greek letters are spelled out so that `$\alpha$-Rank` (LaTeX) and `α-Rank` (Unicode) meet.
const GREEK_NAMES: Record<string, string> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ϵ: 'epsilon', ζ: 'zeta', η: 'eta',
  θ: 'theta', ϑ: 'theta', ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', ο: 'omicron',
  π: 'pi', ρ: 'rho', ϱ: 'rho', σ: 'sigma', ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi', ϕ: 'phi',
  χ: 'chi', ψ: 'psi', ω: 'omega',
};
const GREEK = /[\u03b1-\u03c9\u03d1\u03d5\u03f1\u03f5]/g;
// LaTeX's variant letters (`\varepsilon`) are the same letters to a reader.
const LATEX_VARIANT = /\bvar(epsilon|theta|rho|sigma|phi|pi|kappa)\b/g;

/** Removes LaTeX markup (`$\textbf{Only-IF}$` → `Only-IF`), keeping the words. */
export function stripLatex(text: string): string {
  let out = text;
  // Nested commands (`\textbf{\emph{x}}`) need more than one pass; three is plenty for titles.
  for (let i = 0; i < 3 && out.includes('\\'); i++) out = out.replace(LATEX_COMMAND_WITH_ARG, '$1');
  return out.replace(LATEX_COMMAND, '$1').replace(LATEX_SPECIALS, ' ');
}

/** Lower-case words of a title without accents or punctuation, joined by single spaces. */
export function normalizeTitle(title: string): string {
  // Without a backslash stripLatex only blanks its special characters.
  let text = title.includes('\\') ? stripLatex(title) : title.replace(LATEX_SPECIALS, ' ');
  // Fast path for plain ASCII (nearly every title): the matcher normalises a dozen
  // candidate titles per query, and NFKD plus Unicode regexes cost several times more.
  if (NON_ASCII.test(text)) {
    text = text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(GREEK, (letter) => GREEK_NAMES[letter] ?? letter);
  } else {
    text = text.toLowerCase();
  }
  if (text.includes('var')) text = text.replace(LATEX_VARIANT, '$1');
  return text.replace(NON_ASCII.test(text) ? NON_WORD : NON_ASCII_WORD, ' ').trim();
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
