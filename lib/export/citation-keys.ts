/**
 * Citation keys shared by the BibTeX and CSL-JSON exports: `lastname` + `year` + first
 * significant title word (`vaswani2017attention`), ASCII only so that every TeX engine
 * accepts them. Keys depend only on the exported papers, so the same selection always
 * gets the same keys.
 */
import { normalizeTitle } from '../catalogue/normalize';
import type { LibraryEntry } from '../paper';

// Letters NFKD does not split into a base letter and a mark.
const FOLD: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const STOPWORDS = new Set(
  'a an the on of in for to and with from by at as is are be via using towards toward do does what how why when can'.split(' '),
);

function ascii(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßøłæœđðþı]/g, (c) => FOLD[c] ?? '')
    .replace(/[^a-z0-9]/g, '');
}

/** The surname of a stored name (`First Last`, `Last, First` or one word), without particles or suffix. */
export function surnameOf(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean.includes(',')) return clean.split(',')[0]!.trim().split(' ').pop() ?? '';
  const words = clean.split(' ').filter((w) => !/^(?:jr|sr|[iv]{2,4})\.?$/i.test(w));
  return words[words.length - 1] ?? '';
}

/** The key a paper would get if no other paper shared it. */
export function baseCitationKey(entry: Pick<LibraryEntry, 'authors' | 'year' | 'title'>): string {
  const surname = ascii(surnameOf(entry.authors[0] ?? '')) || 'anon';
  const word = normalizeTitle(entry.title).split(' ').map(ascii).find((w) => w && !STOPWORDS.has(w)) ?? '';
  return `${surname}${entry.year ?? ''}${word}`;
}

function letters(n: number): string {
  // a…z, then aa, ab…: as many suffixes as needed.
  let out = '';
  for (let i = n; i >= 0; i = Math.floor(i / 26) - 1) out = String.fromCharCode(97 + (i % 26)) + out;
  return out;
}

/**
 * One unique key per paper. Among papers sharing a base key, the first added keeps it and
 * the others get a suffix (a, b, c…) in the order they were added (then by id), so that
 * adding a paper never renames an older one.
 */
export function citationKeys(papers: readonly LibraryEntry[]): Map<string, string> {
  const groups = new Map<string, LibraryEntry[]>();
  for (const p of papers) {
    const base = baseCitationKey(p);
    const group = groups.get(base);
    if (group) group.push(p);
    else groups.set(base, [p]);
  }
  const keys = new Map<string, string>();
  const used = new Set(groups.keys());
  for (const [base, group] of groups) {
    if (group.length === 1) {
      keys.set(group[0]!.id, base);
      continue;
    }
    group.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    keys.set(group[0]!.id, base);
    let n = 0;
    for (const p of group.slice(1)) {
      let key = `${base}${letters(n++)}`;
      while (used.has(key)) key = `${base}${letters(n++)}`;
      used.add(key);
      keys.set(p.id, key);
    }
  }
  return keys;
}
