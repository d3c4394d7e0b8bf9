/**
 * What the matching benchmark asks: a synthetic catalogue, and query sets of realistic
 * variants of its titles (each with the entry that must come back) and of titles that
 * are not in it (where the right answer is no match).
 */
import type { MatchQuery } from '../../lib/catalogue/match';
import { mainTitle, titleKey, titleWords } from '../../lib/catalogue/normalize';
import { isContentWord, isTypo } from '../../lib/catalogue/titleAlign';
import type { Catalogue, CatalogueEntry } from '../../lib/paper';
import { prng, titleGenerator, VOCABULARY } from './syntheticTitles';

/** How many queries each set holds. */
export const QUERIES = 1_000;

/** One query and its right answer. */
export interface Probe {
  query: MatchQuery;
  /** The entry that must come back, or undefined when the right answer is no match. */
  expected: CatalogueEntry | undefined;
  /** For dropped subtitles: whether the main title may stand alone (≥ 4 content words, one entry). */
  distinctive?: boolean;
  /** How it must match, when that is part of being right (a key-preserving variant must not need fuzzy). */
  method?: 'id' | 'title';
}

type Edit = (title: string, random: () => number) => string | undefined;

// Variants that keep the title key: casing, punctuation, quotes, dashes, spacing.
const exactEdits: Edit[] = [
  (t) => t.toLowerCase(),
  (t) => t.toUpperCase(),
  (t) => t.replace(': ', ':'),
  (t) => t.replace(/-/g, ' '),
  (t) => t.replace(/-/g, ''),
  (t) => `${t}.`,
  (t) => t.replace(': ', ' — '),
  (t) => t.replace(/(\w+)$/, '“$1”'),
  (t) => t.replace(/ /g, '  '),
];

// One typo in a word of five letters or more: swap, delete, replace or insert a letter.
const typo: Edit = (title, random) => {
  const words = [...title.matchAll(/[A-Za-z]{5,}/g)];
  const word = words[Math.floor(random() * words.length)];
  if (!word || word.index === undefined) return undefined;
  const w = word[0];
  const at = 1 + Math.floor(random() * (w.length - 2));
  const letter = String.fromCharCode(97 + Math.floor(random() * 26));
  const edits = [
    w.slice(0, at) + (w[at + 1] ?? '') + (w[at] ?? '') + w.slice(at + 2),
    w.slice(0, at) + w.slice(at + 1),
    w.slice(0, at) + letter + w.slice(at + 1),
    w.slice(0, at) + letter + w.slice(at),
  ];
  const edited = edits[Math.floor(random() * edits.length)] as string;
  if (edited.toLowerCase() === w.toLowerCase()) return undefined;
  return title.slice(0, word.index) + edited + title.slice(word.index + w.length);
};

// Another paper: one more content word, or one content word replaced by an unrelated one.
const otherPaper: Edit = (title, random) => {
  const words = title.split(' ');
  const extra = VOCABULARY[Math.floor(random() * VOCABULARY.length)] as string;
  if (words.includes(extra)) return undefined;
  const at = Math.floor(random() * words.length);
  if (random() < 0.5) {
    words.splice(at, 0, extra);
  } else {
    const old = words[at] as string;
    if (old.length < 4 || isTypo(old.toLowerCase(), extra.toLowerCase())) return undefined;
    words[at] = extra;
  }
  return words.join(' ');
};

/** Generates `size` distinct titles (recording their keys and main-title counts); every other entry carries an arXiv id. */
export function syntheticCatalogue(size: number, next: () => string, keys: Set<string>, mains: Map<string, number>): Catalogue {
  const papers: CatalogueEntry[] = [];
  while (papers.length < size) {
    const title = next();
    const key = titleKey(title);
    if (keys.has(key)) continue;
    keys.add(key);
    const main = titleKey(mainTitle(title));
    if (main !== key) mains.set(main, (mains.get(main) ?? 0) + 1);
    const i = papers.length;
    papers.push({ id: `syn:${i}`, title, links: [], ...(i % 2 === 0 ? { ids: { arxiv: `${2400 + (i % 99)}.${i}` } } : {}) });
  }
  return { format: 'marginalia-catalogue', formatVersion: 1, id: 'synthetic', name: 'Synthetic', papers };
}

/** The query sets, by name: exact, id, typo, subtitleDropped, nonMember, otherPaper. */
export function probes(catalogue: Catalogue, keys: Set<string>, mains: Map<string, number>, seed: number): Record<string, Probe[]> {
  const random = prng(seed);
  const member = (): CatalogueEntry => catalogue.papers[Math.floor(random() * catalogue.papers.length)] as CatalogueEntry;
  const sets: Record<string, Probe[]> = { exact: [], id: [], typo: [], subtitleDropped: [], nonMember: [], otherPaper: [] };
  const fill = (name: string, make: () => Probe | undefined): void => {
    for (let tries = 0; (sets[name] as Probe[]).length < QUERIES && tries < QUERIES * 50; tries++) {
      const probe = make();
      if (probe) (sets[name] as Probe[]).push(probe);
    }
  };
  fill('exact', () => {
    const entry = member();
    const edit = exactEdits[Math.floor(random() * exactEdits.length)] as Edit;
    return { query: { title: edit(entry.title, random) }, expected: entry, method: 'title' };
  });
  fill('id', () => {
    const entry = member();
    return entry.ids?.arxiv ? { query: { ids: { arxiv: `${entry.ids.arxiv}v2` } }, expected: entry, method: 'id' } : undefined;
  });
  fill('typo', () => {
    const entry = member();
    const title = typo(entry.title, random);
    return title && !keys.has(titleKey(title)) ? { query: { title }, expected: entry } : undefined;
  });
  fill('subtitleDropped', () => {
    const entry = member();
    const title = mainTitle(entry.title).trim();
    if (title === entry.title || keys.has(titleKey(title))) return undefined;
    const distinctive = titleWords(title).filter(isContentWord).length >= 4 && mains.get(titleKey(title)) === 1;
    return { query: { title }, expected: entry, distinctive };
  });
  const fresh = titleGenerator(seed + 1);
  fill('nonMember', () => {
    const title = fresh();
    return keys.has(titleKey(title)) ? undefined : { query: { title }, expected: undefined };
  });
  fill('otherPaper', () => {
    const title = otherPaper(member().title, random);
    return title && !keys.has(titleKey(title)) ? { query: { title }, expected: undefined } : undefined;
  });
  return sets;
}
