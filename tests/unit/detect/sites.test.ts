import { detect, detectFromUrl } from '../../../lib/detect';
import { htmlDocument, pageDocument } from './load-fixture';
import { SITE_FIXTURES } from './site-fixtures';

// One saved page per site (tests/fixtures/pages/<site>/), read the way each site writes its head.
const pages = SITE_FIXTURES.filter((f) => f.file && f.kind !== 'listing');
const pdfs = SITE_FIXTURES.filter((f) => f.kind === 'pdf');
const shared = (a: object, b: object) => Object.entries(a).some(([k, v]) => (b as Record<string, unknown>)[k] === v);

describe('saved paper pages of every site', () => {
  it('covers each site family', () => {
    const sites = new Set(pages.map((f) => f.site));
    for (const site of ['huggingface', 'alphaxiv', 'ar5iv', 'scirate', 'openreview', 'acl', 'neurips', 'pmlr', 'cvf', 'jmlr',
      'semanticscholar', 'acm', 'ieee', 'springer', 'nature', 'sciencedirect', 'biorxiv', 'pubmed', 'pmc', 'generic']) {
      expect(sites, site).toContain(site);
    }
  });

  it.each(pages.map((f) => [f.site, f] as const))('%s', (_site, fixture) => {
    const ref = detect(fixture.url, pageDocument(fixture.file ?? ''));
    const want = fixture.expect;
    expect(ref).not.toBeNull();
    expect(ref?.site).toBe(fixture.site);
    expect(ref?.kind).toBe(fixture.kind);
    expect(ref?.ids).toEqual(want.ids);
    expect(ref?.title).toBe(want.title);
    if (want.authors !== undefined) expect(ref?.authors).toHaveLength(want.authors);
    if (want.firstAuthor) expect(ref?.authors[0]).toBe(want.firstAuthor);
    expect(ref?.year).toBe(want.year);
    if (want.venue) expect(ref?.venue).toBe(want.venue);
    if (want.abstractStartsWith) expect(ref?.abstract?.startsWith(want.abstractStartsWith), ref?.abstract).toBe(true);
    if (want.pdfUrl) expect(ref?.pdfUrl).toBe(want.pdfUrl);
    expect(ref?.url).toBe(fixture.url);
  });

  it.each(pages.filter((f) => f.expect.pdfUrl).map((f) => [f.site, f] as const))(
    '%s: its PDF URL names the same paper',
    (_site, fixture) => {
      const ref = detect(fixture.url, pageDocument(fixture.file ?? ''));
      const pdf = detectFromUrl(ref?.pdfUrl ?? '');
      expect(pdf?.kind).toBe('pdf');
      expect(shared(pdf?.ids ?? {}, ref?.ids ?? {})).toBe(true);
    },
  );
});

describe('PDF links in the heads of saved pages', () => {
  // citation_pdf_url may differ from the URL scheme's PDF (http:, bioRxiv's dated path): it must name the paper too.
  it.each(pages.map((f) => [f.site, f] as const))('%s', (_site, fixture) => {
    const doc = pageDocument(fixture.file ?? '');
    const link = doc.querySelector('meta[name="citation_pdf_url"]')?.getAttribute('content');
    if (!link) return;
    const ref = detect(fixture.url, doc);
    expect(shared(detectFromUrl(link)?.ids ?? {}, ref?.ids ?? {}), link).toBe(true);
  });
});

describe('PDF URLs of every site', () => {
  it.each(pdfs.map((f) => [f.url, f] as const))('%s', (url, fixture) => {
    const ref = detectFromUrl(url);
    expect(ref).toMatchObject({ ids: fixture.expect.ids, site: fixture.site, kind: 'pdf', url, pdfUrl: url });
    // The content script may run on a PDF's viewer page too: same answer from the document.
    expect(detect(url, htmlDocument(''))).toEqual(ref);
  });

  it('finds the paper page saved earlier through the PDF', () => {
    for (const pdf of pdfs) {
      const page = pages.find((p) => p.site === pdf.site);
      if (page) expect(shared(detectFromUrl(pdf.url)?.ids ?? {}, page.expect.ids ?? {}), pdf.url).toBe(true);
    }
  });
});
