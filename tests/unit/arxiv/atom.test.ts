import { arxivApiUrl, parseArxivAtom } from '../../../lib/arxiv/atom';
import { detectFromUrl } from '../../../lib/detect';
import { PAGE_FIXTURES, bundledCatalogue, readFixture } from '../detect/load-fixture';

const flameXml = readFixture('arxiv-api/2411.11927.xml');
const catalogueAbstract = (title: string): string | undefined =>
  bundledCatalogue().papers.find((p) => p.title === title)?.abstract;

describe('parseArxivAtom', () => {
  it('reads a real-shaped API answer, collapsing wrapped title and summary', () => {
    const title = 'FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training';
    expect(parseArxivAtom(flameXml)).toEqual({
      id: '2411.11927',
      version: 'v2',
      title,
      authors: ['Anjia Cao', 'Xing Wei', 'Zhiheng Ma'],
      abstract: catalogueAbstract(title),
      published: '2024-11-18T09:38:47Z',
      updated: '2025-03-10T08:21:05Z',
      year: 2024,
      pdfUrl: 'https://arxiv.org/pdf/2411.11927v2',
    });
  });

  it('reads the DOI and keeps numeric-looking text as strings', () => {
    const xml = flameXml
      .replace(/<title>FLAME[\s\S]*?<\/title>/, '<title>1984</title>')
      .replace('</entry>', '<arxiv:doi xmlns:arxiv="http://arxiv.org/schemas/atom">10.1109/CVPR.2025.123</arxiv:doi></entry>');
    const meta = parseArxivAtom(xml);
    expect(meta?.title).toBe('1984');
    expect(meta?.doi).toBe('10.1109/cvpr.2025.123');
  });

  it('reads old-style ids', () => {
    const xml = flameXml.replaceAll('2411.11927v2', 'hep-th/9711200v3');
    expect(parseArxivAtom(xml)).toMatchObject({ id: 'hep-th/9711200', version: 'v3', pdfUrl: 'https://arxiv.org/pdf/hep-th/9711200v3' });
  });

  it('returns null for the API error entry', () => {
    expect(parseArxivAtom(readFixture('arxiv-api/error.xml'))).toBeNull();
  });

  it('returns null for a feed without entries', () => {
    expect(parseArxivAtom(flameXml.replace(/<entry>[\s\S]*<\/entry>/, ''))).toBeNull();
  });

  it.each([
    ['empty', ''],
    ['garbage', 'garbage \u0000 <<<'],
    ['HTML', '<!DOCTYPE html><html><head><title>arXiv</title></head><body><p>Oops<br></body></html>'],
    ['truncated', flameXml.slice(0, 900)],
    ['JSON', '{"feed": {"entry": []}}'],
    ['another XML document', '<rss><channel><item><title>x</title></item></channel></rss>'],
    ['an entity bomb', '<?xml version="1.0"?><!DOCTYPE f [<!ENTITY a "aaaaaaaaaa">]><feed><entry><title>&a;</title></entry></feed>'],
  ])('returns null for %s', (_name, xml) => {
    expect(parseArxivAtom(xml)).toBeNull();
  });

  it('sanitises hostile fields', () => {
    const xml = flameXml.replace('<name>Xing Wei</name>', '<name>\u0007Xing &lt;b&gt;Wei&lt;/b&gt;</name>');
    expect(parseArxivAtom(xml)?.authors[1]).toBe('Xing <b>Wei</b>');
  });
});

describe('arxivApiUrl', () => {
  it('asks export.arxiv.org for one paper', () => {
    expect(arxivApiUrl('2405.14333')).toBe('https://export.arxiv.org/api/query?id_list=2405.14333&max_results=1');
    expect(arxivApiUrl('cs/0112017v2')).toBe('https://export.arxiv.org/api/query?id_list=cs%2F0112017v2&max_results=1');
  });
});

describe('PDF fixtures of index.json', () => {
  const pdfs = PAGE_FIXTURES.filter((f) => f.kind === 'pdf');

  // The e2e suite serves apiFile at apiUrl; both must agree with what the code asks and parses.
  it.each(pdfs.map((f) => [f.url, f] as const))('%s', (url, fixture) => {
    const ref = detectFromUrl(url);
    expect(ref?.ids.arxiv).toBe(fixture.expect.arxiv);
    expect(ref?.version).toBe(fixture.expect.version);
    expect(fixture.apiUrl).toBe(arxivApiUrl(fixture.expect.arxiv ?? ''));
    const meta = parseArxivAtom(readFixture(`arxiv-api/${fixture.apiFile ?? ''}`));
    expect(meta?.title ?? null).toBe(fixture.expect.title);
    if (meta) expect(meta.id).toBe(fixture.expect.arxiv);
  });
});
