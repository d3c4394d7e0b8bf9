import { detect } from '../../../lib/detect';
import { titleKey } from '../../../lib/catalogue/normalize';
import { PAGE_FIXTURES, bundledCatalogue, htmlDocument, pageDocument } from './load-fixture';

// The same index.json drives the e2e suite; here every saved page goes through detect().
const pages = PAGE_FIXTURES.filter((f) => f.file !== null);

describe('saved arXiv pages', () => {
  it('covers every kind the brief asks for', () => {
    const kinds = pages.map((f) => f.kind);
    expect(kinds.filter((k) => k === 'abstract').length).toBeGreaterThanOrEqual(5);
    expect(kinds.filter((k) => k === 'html').length).toBeGreaterThanOrEqual(3);
    expect(kinds).toContain('listing');
  });

  it.each(pages.map((f) => [f.file, f] as const))('%s', (_file, fixture) => {
    const ref = detect(fixture.url, pageDocument(fixture.file ?? ''));
    const want = fixture.expect;
    if (want.notAPaper) {
      expect(ref).toBeNull();
      return;
    }
    expect(ref).not.toBeNull();
    expect(ref?.site).toBe('arxiv');
    expect(ref?.kind).toBe(fixture.kind);
    expect(ref?.ids.arxiv).toBe(want.arxiv);
    expect(ref?.version).toBe(want.version);
    if (want.title !== undefined) expect(ref?.title).toBe(want.title ?? undefined);
    if (want.titleStartsWith) expect(ref?.title?.startsWith(want.titleStartsWith)).toBe(true);
    if (want.titleLength) expect(ref?.title).toHaveLength(want.titleLength);
    if (want.doi) expect(ref?.ids.doi).toBe(want.doi);
    if (want.authors !== undefined) expect(ref?.authors).toHaveLength(want.authors);
    expect(ref?.pdfUrl).toBe(`https://arxiv.org/pdf/${want.arxiv}${want.version ?? ''}`);
  });
});

describe('fixtures and the bundled catalogue', () => {
  const byKey = new Map(bundledCatalogue().papers.map((p) => [titleKey(p.title), p]));
  const papers = pages.filter((f) => !f.expect.notAPaper);

  // The e2e suite relies on these flags, and catalogue papers' abstracts must match word for word.
  it.each(papers.map((f) => [f.file, f] as const))('%s agrees with the catalogue', (_file, fixture) => {
    const ref = detect(fixture.url, pageDocument(fixture.file ?? ''));
    const entry = byKey.get(titleKey(ref?.title ?? ''));
    expect(Boolean(entry)).toBe(fixture.expect.inCatalogue);
    if (entry) expect(ref?.abstract).toBe(entry.abstract);
  });
});

describe('arXiv abstract page details', () => {
  const flame = detect('https://arxiv.org/abs/2411.11927', pageDocument('arxiv-abs-2411.11927.html'));

  it('turns "Last, First" authors into "First Last", in order', () => {
    expect(flame?.authors).toEqual(['Anjia Cao', 'Xing Wei', 'Zhiheng Ma']);
    const vaswani = detect('https://arxiv.org/abs/1706.03762v7', pageDocument('arxiv-abs-1706.03762v7.html'));
    expect(vaswani?.authors).toHaveLength(8);
    expect(vaswani?.authors[5]).toBe('Aidan N. Gomez');
  });

  it('takes the year of first submission, not of the latest version', () => {
    expect(flame?.year).toBe(2024);
  });

  it('keeps the abstract exactly as the catalogue has it', () => {
    expect(flame?.abstract).toMatch(/^Language-image pre-training faces significant challenges/);
    expect(flame?.abstract).toContain("FLAME's superior performance. When trained on CC3M, FLAME surpasses the previous state-of-the-art by 4.9\\%");
    expect(flame?.abstract).toMatch(/Code is available at https:\/\/github.com\/MIV-XJTU\/FLAME\.$/);
  });

  it('falls back to the visible title and abstract when the head is gone', () => {
    const doc = pageDocument('arxiv-abs-2305.19466.html');
    for (const meta of Array.from(doc.querySelectorAll('meta'))) meta.remove();
    const ref = detect('https://arxiv.org/abs/2305.19466', doc);
    expect(ref?.title).toBe('The Impact of Positional Encoding on Length Generalization in Transformers');
    expect(ref?.authors[0]).toBe('Amirhossein Kazemnejad');
    expect(ref?.abstract).toMatch(/^Length generalization, the ability/);
  });
});

describe('arXiv HTML full-text details', () => {
  it('reads authors from the LaTeXML author block, leaving out affiliations and marks', () => {
    const flame = detect('https://arxiv.org/html/2411.11927v1', pageDocument('arxiv-html-2411.11927v1.html'));
    expect(flame?.authors).toEqual(['Anjia Cao', 'Xing Wei', 'Zhiheng Ma']);
    const nzs = detect('https://arxiv.org/html/2404.04125v2', pageDocument('arxiv-html-2404.04125v2.html'));
    expect(nzs?.authors).toEqual([
      'Vishaal Udandarao', 'Ameya Prabhu', 'Adhiraj Ghosh', 'Yash Sharma',
      'Philip H.S. Torr', 'Adel Bibi', 'Samuel Albanie', 'Matthias Bethge',
    ]);
    const ctd = detect('https://arxiv.org/html/2406.14546v1/#S2', pageDocument('arxiv-html-2406.14546v1.html'));
    expect(ctd?.authors).toEqual(['Johannes Treutlein', 'Dami Choi', 'Jan Betley', 'Samuel Marks', 'Cem Anil', 'Roger Grosse', 'Owain Evans']);
  });

  it('leaves title footnotes out and drops the URL fragment', () => {
    const ctd = detect('https://arxiv.org/html/2406.14546v1/#S2', pageDocument('arxiv-html-2406.14546v1.html'));
    expect(ctd?.title).toBe('Connecting the Dots: LLMs can Infer and Verbalize Latent Structure from Disparate Training Data');
    expect(ctd?.url).toBe('https://arxiv.org/html/2406.14546v1/');
  });

  it('reads the abstract without its heading', () => {
    const flame = detect('https://arxiv.org/html/2411.11927v1', pageDocument('arxiv-html-2411.11927v1.html'));
    expect(flame?.abstract).toMatch(/^Language-image pre-training faces/);
  });

  it('falls back to the first h1, then to <title> without the id prefix', () => {
    // happy-dom's createHTMLDocument(title) drops the title, hence DOMParser.
    const doc = htmlDocument('<title>[2411.11927v1] A Title From The Head</title>');
    const url = 'https://arxiv.org/html/2411.11927v1';
    expect(detect(url, doc)?.title).toBe('A Title From The Head');
    doc.body.innerHTML = '<h1>Plain <sup>1</sup>heading</h1>';
    expect(detect(url, doc)?.title).toBe('Plain heading');
  });
});
