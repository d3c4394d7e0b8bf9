import { describe, expect, it } from 'vitest';
import { detectCatalogueFormat } from '@/lib/catalogue/import/detect';
import { parseCatalogue } from '@/lib/catalogue/import/formats';
import { CatalogueParseError, type CatalogueFormat } from '@/lib/catalogue/import/types';
import type { CatalogueEntry } from '@/lib/paper';

// Feeds the text in chunks of `size` characters, so every boundary case gets hit.
async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function read(format: CatalogueFormat, text: string, size = 7): Promise<CatalogueEntry[]> {
  const out: CatalogueEntry[] = [];
  for await (const entry of parseCatalogue(format, chunked(text, size)).entries) out.push(entry);
  return out;
}

async function failure(format: CatalogueFormat, text: string): Promise<CatalogueParseError> {
  try {
    await read(format, text);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogueParseError);
    return error as CatalogueParseError;
  }
  throw new Error('no error');
}

const ARXIV = [
  '{"id":"2411.11927","title":"FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training","authors":"Anjia Cao, Xing Wei and Zhiheng Ma","abstract":"  Language-image pre-training faces challenges.\\n","categories":"cs.CV","versions":[{"version":"v1","created":"Mon, 18 Nov 2024 18:59:59 GMT"}]}',
  '{"id":"hep-th/9901001","title":"Old\\n  Style","authors":"A. Person","abstract":"x","categories":"hep-th","versions":[{"version":"v1","created":"Fri, 1 Jan 1999 00:00:00 GMT"}]}',
].join('\r\n');

describe('streaming catalogue parsers', () => {
  it.each([1, 3, 64, 10_000])('reads the arXiv snapshot in chunks of %i (CRLF, BOM)', async (size) => {
    const entries = await read('arxiv-jsonl', `\uFEFF${ARXIV}\r\n`, size);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ id: '2411.11927', ids: { arxiv: '2411.11927' }, year: 2024, authors: ['Anjia Cao', 'Xing Wei', 'Zhiheng Ma'] });
    expect(entries[0]!.abstract).toBe('Language-image pre-training faces challenges.');
    expect(entries[1]).toMatchObject({ title: 'Old Style', ids: { arxiv: 'hep-th/9901001' }, year: 1999 });
  });

  it('names the line of a malformed snapshot record', async () => {
    const error = await failure('arxiv-jsonl', `${ARXIV}\n{"id": "2401.00001", "title": broken}\n`);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^Line 3:/);
    expect((await failure('arxiv-jsonl', '{"id":"nope","title":"A Title"}')).message).toMatch(/Line 1: no valid arXiv "id"/);
  });

  it.each([1, 2, 5, 1000])('reads CSV with quoted fields holding commas, quotes and newlines (chunks of %i)', async (size) => {
    const csv = '\uFEFFTitle,ID,Authors,Year,URL\r\n"Attention Is All You Need","1706.03762","Ashish Vaswani; Noam Shazeer",2017,\r\n"A ""quoted"", multi-line\ntitle",,Someone,,https://example.org/paper\n\nPlain Title Here,,,,\n';
    const entries = await read('csv', csv, size);
    expect(entries.map((e) => e.title)).toEqual(['Attention Is All You Need', 'A "quoted", multi-line title', 'Plain Title Here']);
    expect(entries[0]).toMatchObject({ id: '1706.03762', ids: { arxiv: '1706.03762' }, authors: ['Ashish Vaswani', 'Noam Shazeer'], year: 2017 });
    expect(entries[1]!.links).toEqual([{ url: 'https://example.org/paper', kind: 'other' }]);
  });

  it('rejects CSV without a title column, or with an untitled row, naming the line', async () => {
    expect((await failure('csv', 'name,year\nx,2020\n')).message).toMatch(/Line 1: .*"title" column/);
    expect((await failure('csv', 'title,year\nGood Title,2020\n"",2021\n')).message).toMatch(/^Line 3: row: an entry without a title/);
    expect((await failure('csv', 'title\n"never closed\n')).message).toMatch(/Line 2: a quoted field is never closed/);
  });

  it('reads the Marginalia catalogue format, taking its name from the file', async () => {
    const text = JSON.stringify({ format: 'marginalia-catalogue', formatVersion: 1, id: 'x', name: 'Reading group', papers: [
      { id: 'rg:1', title: 'Deep Residual Learning for Image Recognition', links: [{ url: 'https://github.com/x/y', kind: 'code' }, { url: 'javascript:alert(1)', kind: 'other' }] },
      { id: 'rg:2', title: 'Pointer Networks', ids: { arxiv: '1506.03134' }, links: [] },
    ] }, null, 1);
    const parsed = parseCatalogue('marginalia', chunked(text, 5));
    const entries: CatalogueEntry[] = [];
    for await (const e of parsed.entries) entries.push(e);
    expect(parsed.meta.name).toBe('Reading group');
    expect(entries.map((e) => e.id)).toEqual(['rg:1', 'rg:2']);
    expect(entries[0]!.links).toEqual([{ url: 'https://github.com/x/y', kind: 'code' }]);
    expect(entries[1]!.ids).toEqual({ arxiv: '1506.03134' });
  });

  it('reads CSL-JSON and Hugging Face daily papers arrays', async () => {
    const csl = JSON.stringify([{ id: 'a', type: 'article', title: 'Graph Attention Networks', author: [{ family: 'Veličković', given: 'Petar' }], issued: { 'date-parts': [[2018]] }, URL: 'https://arxiv.org/abs/1710.10903' }]);
    expect(await read('csl-json', csl, 3)).toMatchObject([{ title: 'Graph Attention Networks', year: 2018, ids: { arxiv: '1710.10903' }, authors: ['Petar Veličković'] }]);
    const hf = JSON.stringify([{ paper: { id: '2502.01234', title: 'A Daily Paper With [Brackets] and {braces}', summary: 'S', authors: [{ name: 'A B' }], publishedAt: '2025-02-03T00:00:00Z' }, numComments: 2 }]);
    expect(await read('hf-daily', hf, 4)).toMatchObject([{ title: 'A Daily Paper With [Brackets] and {braces}', ids: { arxiv: '2502.01234' }, year: 2025 }]);
    expect((await failure('csl-json', '[{"title": "ok"},\n {"title": nope}]')).message).toMatch(/^Line 2: item 2/);
    expect((await failure('hf-daily', '[{"paper": {"title": "x"}}')).message).toMatch(/ends in the middle/);
  });

  it('reads BibTeX in streamed pieces, expanding @string definitions', async () => {
    const entries = Array.from({ length: 120 }, (_, i) => `@article{k${i},\n  title = {Paper Number ${i} on {Neural} Networks},\n  journal = jml,\n  year = 2020\n}\n`);
    const bib = `@string{jml = "Journal of ML"}\n${entries.join('')}`;
    const read120 = await read('bibtex', bib, 13);
    expect(read120).toHaveLength(120);
    expect(read120[119]!.title).toBe('Paper Number 119 on Neural Networks');
    expect(await failure('bibtex', `${entries.slice(0, 60).join('')}@article{bad,\n  year = 2020\n}\n`)).toBeInstanceOf(CatalogueParseError);
  });

  it('detects formats from the name and the first characters', () => {
    expect(detectCatalogueFormat('snapshot.json', ARXIV)).toBe('arxiv-jsonl');
    expect(detectCatalogueFormat('x.jsonl', '')).toBe('arxiv-jsonl');
    expect(detectCatalogueFormat('list.csv', 'title\n')).toBe('csv');
    expect(detectCatalogueFormat('refs.bib', '')).toBe('bibtex');
    expect(detectCatalogueFormat('c.json', '{\n "format": "marginalia-catalogue"')).toBe('marginalia');
    expect(detectCatalogueFormat('daily.json', '[{"paper": {"id": "1"')).toBe('hf-daily');
    expect(detectCatalogueFormat('zotero.json', '[{"id": "x", "type": "article"')).toBe('csl-json');
    expect(detectCatalogueFormat('notes.txt', 'hello')).toBeUndefined();
  });
});
