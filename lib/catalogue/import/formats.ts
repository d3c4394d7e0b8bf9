/**
 * One streaming parser per catalogue format. Each reads text chunks and yields clean
 * entries; the first malformed record throws a CatalogueParseError naming its line.
 */
import { parseBibtex } from '../../import/bibtex';
import { parseCslJson } from '../../import/csl';
import type { ImportedRef } from '../../import/reference';
import { cleanUrl } from '../../detect/sanitize';
import type { CatalogueEntry } from '../../paper';
import { streamBibtexPieces } from './bibtex';
import { csvRecords } from './csv';
import { arxivIdOf, doiOf, type RawEntry, toEntry } from './entry';
import { jsonItems, parseItem } from './json-items';
import { linesOf, withoutBom } from './lines';
import { CatalogueParseError, type CatalogueFormat, type ParsedCatalogue, type TextChunks } from './types';

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function entryOrThrow(raw: RawEntry, line: number | undefined, what: string): CatalogueEntry {
  const entry = toEntry(raw);
  if (typeof entry === 'string') throw new CatalogueParseError(`${what}: ${entry}`, line);
  return entry;
}

// arXiv snapshot authors: one string "A. Author, B. Author and C. Author", or `authors_parsed` [[last, first, suffix]].
function snapshotAuthors(record: Record<string, unknown>): string[] {
  const parsed = record.authors_parsed;
  if (Array.isArray(parsed)) return parsed.filter(Array.isArray).map((p) => [p[1], p[0]].filter((x) => typeof x === 'string' && x).join(' '));
  return typeof record.authors === 'string' ? record.authors.split(/,\s*|\s+and\s+/).filter(Boolean) : [];
}

/** The arXiv metadata snapshot: one JSON object per line with id, title, authors, abstract, categories, versions. */
async function* arxivJsonl(chunks: TextChunks): AsyncGenerator<CatalogueEntry> {
  for await (const { text, line } of linesOf(chunks)) {
    if (!text.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      throw new CatalogueParseError(`not a JSON object (${(error as Error).message})`, line);
    }
    if (!isObject(record)) throw new CatalogueParseError('not a JSON object', line);
    const arxiv = arxivIdOf(record.id);
    if (!arxiv) throw new CatalogueParseError('no valid arXiv "id"', line);
    const versions = Array.isArray(record.versions) ? record.versions : [];
    const created = isObject(versions[0]) ? versions[0].created : undefined;
    const year = typeof created === 'string' ? /\b(19|20)\d\d\b/.exec(created)?.[0] : undefined;
    const doi = doiOf(record.doi);
    yield entryOrThrow(
      { id: arxiv, title: record.title, authors: snapshotAuthors(record), abstract: record.abstract, year, ids: { arxiv, ...(doi ? { doi } : {}) } },
      line,
      'record',
    );
  }
}

async function* csv(chunks: TextChunks): AsyncGenerator<CatalogueEntry> {
  for await (const { fields, line } of csvRecords(chunks)) {
    const arxiv = arxivIdOf(fields.arxiv) ?? arxivIdOf(fields.id);
    const doi = doiOf(fields.doi) ?? doiOf(fields.id);
    const authors = fields.authors ? fields.authors.split(/\s*;\s*|\s+and\s+/) : [];
    yield entryOrThrow(
      { id: fields.id, title: fields.title, authors, year: fields.year, url: fields.url, abstract: fields.abstract, ids: { ...(arxiv ? { arxiv } : {}), ...(doi ? { doi } : {}) } },
      line,
      'row',
    );
  }
}

function fromRef(ref: ImportedRef): RawEntry {
  return { title: ref.title, authors: ref.authors, year: ref.year, url: ref.url, abstract: ref.abstract, ids: ref.ids };
}

async function* cslJson(chunks: TextChunks): AsyncGenerator<CatalogueEntry> {
  for await (const item of jsonItems(withoutBom(chunks), { root: true })) {
    const parsed = parseCslJson(item.text);
    if (!parsed.ok) throw new CatalogueParseError(`item ${item.index}: ${parsed.errors[0]!.replace(/^Item 1:?\s*/, '')}`, item.line);
    for (const ref of parsed.value) yield entryOrThrow(fromRef(ref), item.line, `item ${item.index}`);
  }
}

async function* bibtex(chunks: TextChunks): AsyncGenerator<CatalogueEntry> {
  for await (const piece of streamBibtexPieces(withoutBom(chunks))) {
    const parsed = parseBibtex(piece.text);
    if (!parsed.ok && /^No BibTeX entries/.test(parsed.errors[0] ?? '')) continue; // only comments or @string
    if (!parsed.ok) {
      const first = parsed.errors[0]!.replace(/\(line (\d+)\)/, (_, n: string) => `(line ${Number(n) + piece.line - 1})`);
      throw new CatalogueParseError(first);
    }
    for (const ref of parsed.value) yield entryOrThrow(fromRef(ref), piece.line, ref.label);
  }
}

// Hugging Face daily papers API: [{ paper: { id, title, summary, authors: [{ name }], publishedAt } , title?, … }].
async function* hfDaily(chunks: TextChunks): AsyncGenerator<CatalogueEntry> {
  for await (const item of jsonItems(withoutBom(chunks), { root: true })) {
    const value = parseItem(item);
    const paper = isObject(value) && isObject(value.paper) ? value.paper : value;
    if (!isObject(paper)) throw new CatalogueParseError(`item ${item.index} is not an object`, item.line);
    const arxiv = arxivIdOf(paper.id);
    const authors = Array.isArray(paper.authors) ? paper.authors.map((a) => (isObject(a) ? a.name : a)) : [];
    const published = typeof paper.publishedAt === 'string' ? paper.publishedAt.slice(0, 4) : undefined;
    const title = paper.title ?? (isObject(value) ? value.title : undefined);
    yield entryOrThrow({ id: arxiv, title, authors, abstract: paper.summary, year: published, ids: arxiv ? { arxiv } : {} }, item.line, `item ${item.index}`);
  }
}

async function* marginalia(chunks: TextChunks, meta: ParsedCatalogue['meta']): AsyncGenerator<CatalogueEntry> {
  const header: Record<string, string> = {};
  for await (const item of jsonItems(withoutBom(chunks), { key: 'papers' }, header)) {
    if (header.format && header.format !== 'marginalia-catalogue') throw new CatalogueParseError(`unknown catalogue format "${header.format}"`);
    if (header.name) meta.name = header.name;
    const paper = parseItem(item);
    if (!isObject(paper)) throw new CatalogueParseError(`paper ${item.index} is not an object`, item.line);
    const entry = entryOrThrow(
      { id: typeof paper.id === 'string' ? paper.id : undefined, title: paper.title, authors: Array.isArray(paper.authors) ? paper.authors : [], year: paper.year, abstract: paper.abstract, ids: isObject(paper.ids) ? (paper.ids as RawEntry['ids']) : {} },
      item.line,
      `paper ${item.index}`,
    );
    if (Array.isArray(paper.links)) entry.links = paper.links.filter(isObject).flatMap((l) => (cleanUrl(l.url) && (l.kind === 'code' || l.kind === 'project' || l.kind === 'other') ? [{ url: cleanUrl(l.url) as string, kind: l.kind }] : []));
    yield entry;
  }
  if (header.name) meta.name = header.name;
}

/** The entries of a catalogue file of the given format, read as they stream in. */
export function parseCatalogue(format: CatalogueFormat, chunks: TextChunks): ParsedCatalogue {
  const meta: ParsedCatalogue['meta'] = {};
  const readers: Record<CatalogueFormat, () => AsyncIterable<CatalogueEntry>> = {
    marginalia: () => marginalia(chunks, meta),
    csv: () => csv(chunks),
    bibtex: () => bibtex(chunks),
    'csl-json': () => cslJson(chunks),
    'hf-daily': () => hfDaily(chunks),
    'arxiv-jsonl': () => arxivJsonl(chunks),
  };
  return { entries: readers[format](), meta };
}
