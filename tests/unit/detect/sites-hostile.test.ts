import { detect, detectFromUrl } from '../../../lib/detect';
import { readJsonLdArticle } from '../../../lib/detect/json-ld';
import { jsonObjectAfter } from '../../../lib/detect/script-json';
import { htmlDocument, pageDocument } from './load-fixture';

const page = (head: string, body = '') => htmlDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);

describe('single-page sites after an in-page navigation', () => {
  it('does not read an OpenReview head that still describes the previous forum', () => {
    const doc = pageDocument('openreview/forum-Drg8DHYOPX.html');
    const ref = detect('https://openreview.net/forum?id=NewForum01', doc);
    expect(ref).toMatchObject({ ids: { openreview: 'NewForum01' }, site: 'openreview', authors: [] });
    expect(ref?.title).toBeUndefined();
  });

  it('does not read a Semantic Scholar head of another paper', () => {
    const doc = pageDocument('semanticscholar/paper-204e3073.html');
    const ref = detect(`https://www.semanticscholar.org/paper/${'a'.repeat(40)}`, doc);
    expect(ref?.ids).toEqual({ s2: 'a'.repeat(40) });
    expect(ref?.title).toBeUndefined();
  });
});

describe('records embedded in scripts and JSON-LD are data, never code', () => {
  it('reads an IEEE record whose strings hold braces and quotes', () => {
    expect(jsonObjectAfter('x.metadata={"a":"};{\\"}","b":{"c":1}};more()', 'x.metadata')).toEqual({ a: '};{"}', b: { c: 1 } });
  });

  it.each([
    ['x.metadata={"a":1', 'unterminated'],
    ['x.metadata={a:1};', 'not JSON'],
    ['x.metadata=[1,2];', 'not an object'],
    ['y={"a":1}; x.metadata.other={"a":1}', 'another assignment'],
    ['', 'nothing'],
  ])('ignores %j (%s)', (text) => {
    expect(jsonObjectAfter(text, 'x.metadata')).toBeUndefined();
  });

  it('falls back to og:title when the IEEE record is broken', () => {
    const doc = page('<meta property="og:title" content="A Title | IEEE Journals &amp; Magazine | IEEE Xplore"><script>xplGlobal.document.metadata={"title":</script>');
    expect(detect('https://ieeexplore.ieee.org/document/123', doc)).toMatchObject({ ids: { ieee: '123' }, title: 'A Title' });
  });

  it('keeps markup in an IEEE record as text and drops a javascript: pdf link', () => {
    const doc = page('<script>xplGlobal.document.metadata={"title":"<img src=x onerror=alert(1)>","pdfUrl":"javascript:alert(1)","authors":[{"name":42},{"name":"A B"}],"publicationYear":2020};</script>');
    const ref = detect('https://ieeexplore.ieee.org/document/9', doc);
    expect(ref?.title).toBe('<img src=x onerror=alert(1)>');
    expect(ref?.authors).toEqual(['A B']);
    expect(ref?.pdfUrl).toBe('https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9');
    expect(ref?.year).toBe(2020);
  });

  it('survives broken, deep and oversized JSON-LD', () => {
    let deep = '{"@type":"ScholarlyArticle","name":"Too deep"}';
    for (let i = 0; i < 20; i++) deep = `{"@graph":[${deep}]}`;
    const scripts = ['{broken', deep, `{"@type":"Article","name":"${'x'.repeat(600_000)}"}`]
      .map((json) => `<script type="application/ld+json">${json}</script>`).join('');
    expect(readJsonLdArticle(page(scripts))).toEqual({});
  });

  it('reads JSON-LD names and authors as plain text', () => {
    const json = '{"@type":"ScholarlyArticle","name":"<b>T</b>\\u202e","author":[{"name":"A\\u0000 B"},"C D",{"x":1}],"datePublished":"2020-01-02"}';
    expect(readJsonLdArticle(page(`<script type="application/ld+json">${json}</script>`))).toMatchObject({
      title: '<b>T</b>', authors: ['A B', 'C D'], year: 2020,
    });
  });
});

describe('odd URLs', () => {
  it.each([
    'https://link.springer.com/article/10.1007/%E0%A4%A',
    'https://dl.acm.org/doi/pdf/10.1145/%E0%A4%A',
    'https://openreview.net/forum?id=<script>',
    'https://openreview.net/forum',
    'https://aclanthology.org/people/j/jacob-devlin/',
    'https://proceedings.mlr.press/v139/radford21a/radford21a-supp.pdf',
    'https://jmlr.org/papers/v15/',
    'https://www.nature.com/nature/articles?type=article',
    'https://pubmed.ncbi.nlm.nih.gov/?term=alphafold',
    'https://www.ncbi.nlm.nih.gov/articles/PMC8371605/',
    'https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=abc',
    'https://huggingface.co/papers/not-an-id',
  ])('names no paper: %s', (url) => {
    expect(detectFromUrl(url)).toBeNull();
    expect(detect(url, htmlDocument(''))).toBeNull();
  });
});
