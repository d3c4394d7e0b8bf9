/**
 * Everything read from a page is hostile input: these functions turn it into bounded
 * plain text. HTML is never parsed or stripped here — the UI renders text only, so
 * `<script>` in a title stays visible as literal characters, which is the honest display.
 */

/** Longest title kept; real titles are under 300 characters. */
export const MAX_TITLE = 1_000;
/** Longest abstract kept. */
export const MAX_ABSTRACT = 20_000;
/** Longest single author name kept. */
export const MAX_AUTHOR = 300;
/** Most authors kept: large collaborations exceed this, and the list is informative only. */
export const MAX_AUTHORS = 500;
/** Longest URL kept; longer ones are dropped rather than truncated, since a cut URL is wrong. */
export const MAX_URL = 2_048;

// Raw input is cut before the regexes run, so a multi-megabyte attribute costs little.
const RAW_LIMIT = 200_000;
// C0/C1 controls other than whitespace (whitespace is collapsed instead, so words stay
// apart), plus bidi overrides and isolates that could make a title display reversed,
// zero-width space and BOM. ZWJ/ZWNJ are kept: some scripts and emoji need them.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/g;
// Whitespace runs other than a single space: most titles have none, so the replace copies nothing.
const WHITESPACE = /[^\S ]\s*| \s+/g;

/** Plain text with controls removed, whitespace collapsed and trimmed, cut to `max` characters. */
export function cleanText(raw: unknown, max: number): string | undefined {
  if (typeof raw !== 'string') return undefined;
  let text = raw.slice(0, RAW_LIMIT).replace(CONTROL, '').replace(WHITESPACE, ' ').trim();
  if (text.length > max) {
    text = text.slice(0, max);
    // Never leave half of a surrogate pair at the cut.
    if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
    text = text.trimEnd();
  }
  return text || undefined;
}

/** A title as plain text, or undefined when empty. */
export function cleanTitle(raw: unknown): string | undefined {
  return cleanText(raw, MAX_TITLE);
}

/** An abstract as plain text, or undefined when empty. */
export function cleanAbstract(raw: unknown): string | undefined {
  return cleanText(raw, MAX_ABSTRACT);
}

/** Author names as plain text: empty names dropped, each and the count capped. */
export function cleanAuthors(raw: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const name of raw) {
    const clean = cleanText(name, MAX_AUTHOR);
    if (clean) out.push(clean);
    if (out.length >= MAX_AUTHORS) break;
  }
  return out;
}

/** An absolute http(s) URL no longer than MAX_URL, resolved against `base`; anything else is dropped. */
export function cleanUrl(raw: unknown, base?: string | URL): string | undefined {
  const text = cleanText(raw, MAX_URL * 2);
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return undefined;
  }
  // `javascript:`, `data:` and friends must never reach a link in the UI.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.href.length <= MAX_URL ? url.href : undefined;
}

// A DOI is `10.<registrant>/<suffix>`; the suffix may hold almost anything but spaces.
const DOI = /^10\.\d{4,9}\/\S+$/;
const DOI_PREFIX = /^(?:doi:\s*|(?:https?:\/\/)?(?:dx\.)?doi\.org\/)/i;

/** A DOI in canonical form (lower case, no `doi:` or resolver prefix), or undefined if it is none. */
export function normalizeDoi(raw: unknown): string | undefined {
  const text = cleanText(raw, MAX_AUTHOR);
  if (!text) return undefined;
  const doi = text.replace(DOI_PREFIX, '').toLowerCase();
  return DOI.test(doi) ? doi : undefined;
}

/** The year of a date written in any of the usual ways (`2024/11/18`, `2024-11`, `18 Nov 2024`). */
export function yearOf(raw: unknown): number | undefined {
  const text = cleanText(raw, 100);
  const match = text ? /(?:^|\D)(1[5-9]\d\d|20\d\d)(?!\d)/.exec(text) : null;
  return match?.[1] ? Number(match[1]) : undefined;
}

/** `Last, First` (how arXiv and Highwire tags write authors) as `First Last`; other forms unchanged. */
export function personName(name: string): string {
  const parts = name.split(',');
  if (parts.length !== 2) return name;
  const [last, first] = parts.map((p) => p.trim());
  // `King, Jr.` is one name with a suffix, not a surname and a given name.
  if (!last || !first || /^(?:jr|sr|[iv]{1,3})\.?$/i.test(first)) return name;
  return `${first} ${last}`;
}

/** The URL a paper was seen at, without its fragment (a section anchor is not another page); undefined if unusable. */
export function cleanPageUrl(url: URL): string | undefined {
  const copy = new URL(url.href);
  copy.hash = '';
  return cleanUrl(copy.href);
}
