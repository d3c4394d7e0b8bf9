/**
 * Text to BibTeX field values. Non-ASCII text is kept as UTF-8 (biber, bibtexu, Zotero,
 * JabRef and pdfLaTeX's default utf8 inputenc all read it); only what TeX would
 * interpret is escaped. See docs/export-formats.md.
 */

const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In TeX's default font encoding `<` and `>` print as ¡ and ¿.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};
const SPECIAL = /[\\{}#$%&_~^<>]/g;
// TeX ligatures that would turn `--` into a dash or `` into a quote, and !` ?` into ¡ ¿.
const LIGATURE = /-(?=-)|`(?=`)|'(?=')|,(?=,)/g;
const SPANISH_LIGATURE = /([!?])`/g;
// Controls (C0 and C1) have no meaning in TeX and break some parsers; a tag of nothing but
// C1 controls came back from a BibTeX reader as an empty keyword (found by the parse-back property test).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Text without control characters (other than tab and line breaks), which TeX cannot hold. */
export function stripControls(text: string): string {
  return text.replace(CONTROL, '');
}

/** Text with every TeX special escaped and ligatures broken, so that it prints as written. */
export function escapeLatex(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(SPECIAL, (c) => SPECIALS[c]!)
    .replace(LIGATURE, '$&{}')
    .replace(SPANISH_LIGATURE, '$1{}`');
}

/**
 * A title escaped, with words that have a capital after their first letter (BERT, LLMs,
 * GPT-4o) wrapped in braces: bibliography styles lower-case the rest of the title, and
 * these words must survive that.
 */
export function escapeTitle(title: string): string {
  return title
    .split(/(\s+)/)
    .map((word) => (/^\s*$/.test(word) ? word : /.\p{Lu}/u.test(word) ? `{${escapeLatex(word)}}` : escapeLatex(word)))
    .join('');
}

// Characters that would unbalance braces, end a verbatim field or open math (the parser
// checks `$` even there); URLs may percent-encode them.
const URL_UNSAFE = /[{}\\\s%$]/g;

/** A URL, DOI or eprint for a verbatim field: braces, backslashes and spaces percent-encoded. */
export function verbatimValue(value: string): string {
  // An existing `%xx` escape is kept; a bare `%` is encoded so no parser sees a comment.
  return value.replace(URL_UNSAFE, (c, offset: number, all: string) =>
    c === '%' && /^%[0-9a-f]{2}/i.test(all.slice(offset, offset + 3)) ? c : encodeURIComponent(c),
  );
}

/** A keyword for the comma-separated `keywords` field, read verbatim: separators (commas, semicolons), braces, backslashes and dollars cannot be escaped there. */
export function keywordValue(tag: string): string {
  return tag.replace(/[{},;\\$]/g, ' ').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}
