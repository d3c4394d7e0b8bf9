import { SITE_ADAPTERS, detect, detectFromUrl, idsFromUrl, siteFor } from '../../../lib/detect';
import { generic } from '../../../lib/detect/sites/generic';

// Each adapter's test URLs double as every other adapter's negatives (refined-github's habit).
const specific = SITE_ADAPTERS.filter((a) => a !== generic);

describe('site adapters', () => {
  it('ends with generic, the fallback for hosts no site adapter claims', () => {
    expect(SITE_ADAPTERS.at(-1)).toBe(generic);
    expect(new Set(SITE_ADAPTERS.map((a) => a.name)).size).toBe(SITE_ADAPTERS.length);
  });

  it('gives every host to one adapter at most, written as URLs give hostnames', () => {
    const hosts = specific.flatMap((a) => a.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const host of hosts) expect(new URL(`https://${host}/`).hostname).toBe(host);
    expect(generic.hosts).toEqual([]);
  });

  for (const adapter of SITE_ADAPTERS) {
    describe(adapter.name, () => {
      // siteFor is how detection picks the adapter: one owner per host, generic for the rest.
      it.each(adapter.testUrls)('is the adapter for its own %s', (url) => {
        expect(siteFor(new URL(url).hostname) ?? generic).toBe(adapter);
      });
    });
  }
});

describe('detect', () => {
  const empty = (): Document => document.implementation.createHTMLDocument('');

  it('returns null for malformed URLs instead of throwing', () => {
    expect(detect('not a url', empty())).toBeNull();
    expect(detect('', empty())).toBeNull();
    expect(detectFromUrl('::')).toBeNull();
  });

  it('returns null for non-paper arXiv pages', () => {
    for (const url of ['https://arxiv.org/', 'https://arxiv.org/search/?query=x', 'https://arxiv.org/help']) {
      expect(detect(url, empty())).toBeNull();
    }
  });

  it('returns null when an adapter throws', () => {
    const broken = { getElementsByTagName: () => { throw new Error('boom'); } } as unknown as Document;
    expect(detect('https://example.org/paper', broken)).toBeNull();
  });

  it('reads a PDF URL alone', () => {
    expect(detectFromUrl('https://arxiv.org/pdf/2411.11927v1')).toEqual({
      ids: { arxiv: '2411.11927' },
      version: 'v1',
      authors: [],
      url: 'https://arxiv.org/pdf/2411.11927v1',
      pdfUrl: 'https://arxiv.org/pdf/2411.11927v1',
      site: 'arxiv',
      kind: 'pdf',
    });
    expect(detectFromUrl('https://arxiv.org/pdf/cs/0112017.pdf')?.pdfUrl).toBe('https://arxiv.org/pdf/cs/0112017');
  });

  it('knows nothing from other URLs alone', () => {
    expect(detectFromUrl('https://example.org/paper.pdf')).toBeNull();
    expect(detectFromUrl('https://arxiv.org/list/cs.LG/recent')).toBeNull();
  });

  it('treats a PDF URL the same with or without a document', () => {
    expect(detect('https://arxiv.org/pdf/2404.02905', empty())).toEqual(detectFromUrl('https://arxiv.org/pdf/2404.02905'));
  });
});

describe('URL-only detection of every site', () => {
  // The background recognises PDFs by URL alone (onLoaded), so each site's PDF URLs must yield a paper.
  for (const adapter of specific) {
    it.each(adapter.testUrls)(`${adapter.name} names a paper by the URL %s alone`, (url) => {
      const ref = detectFromUrl(url);
      expect(ref?.site).toBe(adapter.name);
      expect(Object.keys(ref?.ids ?? {}).length).toBeGreaterThan(0);
    });
  }

  it('gives kind "pdf" to the PDF URLs among the test URLs', () => {
    const pdfs = specific.flatMap((a) => a.testUrls).filter((u) => /\.pdf$|\/pdf[/?]|arnumber=|\/pdfft/.test(u));
    expect(pdfs.length).toBeGreaterThanOrEqual(15);
    for (const url of pdfs) expect(detectFromUrl(url)?.kind, url).toBe('pdf');
  });
});

// Listing links take the short way to a URL's ids: it must name exactly what the long way does.
describe('idsFromUrl', () => {
  const urls = [
    ...SITE_ADAPTERS.flatMap((a) => a.testUrls),
    'https://proceedings.mlr.press/v235/doe24a.html#abstract',
    'https://proceedings.mlr.press/v235/',
    'ftp://arxiv.org/abs/2401.00001',
    `https://aclanthology.org/2024.acl-long.1/?q=${'x'.repeat(2_100)}`,
    'not a url',
    // Hosts written so that only the URL parser finds them (the plain-host shortcut must step aside).
    'https://PROCEEDINGS.MLR.PRESS/v235/doe24a.html',
    'https://user@proceedings.mlr.press/v235/doe24a.html',
    'https://proceedings.mlr.press:443/v235/doe24a.html',
    'https://proceedings%2Emlr.press/v235/doe24a.html',
    'https://proceedings.mlr.press?x=1',
    'https://example.org/v235/doe24a.html',
    'https://proceedings.mlr.press./v235/doe24a.html',
  ];
  it.each(urls)('agrees with detectFromUrl on %s', (url) => {
    expect(idsFromUrl(url)).toEqual(detectFromUrl(url)?.ids ?? null);
  });
});
