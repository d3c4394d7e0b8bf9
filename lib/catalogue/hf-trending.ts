import type { Catalogue, CatalogueEntry } from '../paper';
import { extractLinks } from './links';
import { titleKey } from './normalize';

// The saved page starts with this chrome before the first paper (see shared/catalogue/README.md).
const PAGE_CHROME_LINES = 5;

/** FNV-1a, 32 bits, as 8 hex digits: a stable short id from a string. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Options naming the catalogue built from a saved trending-papers page. */
export interface TrendingPageOptions {
  id: string;
  name: string;
  source?: string;
}

/**
 * Parses a saved Hugging Face "trending papers" page (title line, abstract line, blank
 * lines between) into a catalogue. Throws with the line number when the text is not of
 * that shape, so a bad copy is never converted silently.
 */
export function parseTrendingPage(text: string, options: TrendingPageOptions): Catalogue {
  const lines = text
    .split(/\r?\n/)
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter((l) => l.line !== '');
  const body = lines.slice(PAGE_CHROME_LINES);
  if (body.length % 2 !== 0) {
    const last = body[body.length - 1];
    throw new Error(`Line ${last?.number}: a title without an abstract`);
  }
  const papers: CatalogueEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < body.length; i += 2) {
    const title = body[i]!;
    const abstract = body[i + 1]!;
    const key = titleKey(title.line);
    if (!key) throw new Error(`Line ${title.number}: empty title`);
    if (seen.has(key)) throw new Error(`Line ${title.number}: duplicate title "${title.line}"`);
    seen.add(key);
    papers.push({
      id: `${options.id}:${stableHash(key)}`,
      title: title.line,
      abstract: abstract.line,
      links: extractLinks(abstract.line),
    });
  }
  return {
    format: 'marginalia-catalogue',
    formatVersion: 1,
    id: options.id,
    name: options.name,
    ...(options.source ? { source: options.source } : {}),
    papers,
  };
}
