import { detect } from '../../../lib/detect';
import { generic } from '../../../lib/detect/sites/generic';
import { MAX_TITLE } from '../../../lib/detect/sanitize';
import { pageDocument } from './load-fixture';

// A page at a real arXiv URL whose head was written by an attacker: script in the title,
// a 100 KB title, no authors, bogus id, javascript: links, control and bidi characters.
const HOSTILE_URL = 'https://arxiv.org/abs/2501.99999';

describe('hostile page', () => {
  const ref = detect(HOSTILE_URL, pageDocument('arxiv-abs-hostile.html'));

  it('keeps markup in the title as literal text, capped', () => {
    expect(ref?.title?.startsWith('<script>alert(1)</script> Very long title')).toBe(true);
    expect(ref?.title).toHaveLength(MAX_TITLE);
  });

  it('strips controls and bidi overrides, collapses whitespace, keeps markup literal', () => {
    expect(ref?.abstract).toBe(
      'Hostile abstract with control characters and <img src=x onerror=alert(1)> markup. It must stay plain text.',
    );
  });

  it('trusts the URL over a bogus citation_arxiv_id and never returns a javascript: link', () => {
    expect(ref?.ids).toEqual({ arxiv: '2501.99999' });
    expect(ref?.pdfUrl).toBe('https://arxiv.org/pdf/2501.99999');
    expect(ref?.authors).toEqual([]);
    expect(ref?.year).toBeUndefined();
  });

  it('is just as safe through the generic reader', () => {
    const viaGeneric = generic.detect(new URL(HOSTILE_URL), pageDocument('arxiv-abs-hostile.html'));
    expect(viaGeneric?.pdfUrl).toBeUndefined();
    expect(viaGeneric?.ids).toEqual({});
    expect(viaGeneric?.title).toHaveLength(MAX_TITLE);
  });

  it('survives a page that is nothing but noise', () => {
    const doc = new DOMParser().parseFromString('<<<>>><meta name=citation_title content>\u0000', 'text/html');
    expect(detect('https://example.org/x', doc)).toBeNull();
    expect(detect('https://arxiv.org/abs/2411.11927', doc)?.title).toBeUndefined();
  });

  it('caps the number of authors', () => {
    const metas = Array.from({ length: 2_000 }, (_, i) => `<meta name="citation_author" content="Author ${i}">`).join('');
    const doc = new DOMParser().parseFromString(`<head><meta name="citation_title" content="T">${metas}</head>`, 'text/html');
    expect(detect('https://example.org/x', doc)?.authors).toHaveLength(500);
  });
});
