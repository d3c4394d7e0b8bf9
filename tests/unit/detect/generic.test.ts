import { detect } from '../../../lib/detect';
import { generic } from '../../../lib/detect/sites/generic';
import { htmlDocument } from './load-fixture';

function page(head: string): Document {
  return htmlDocument(`<!DOCTYPE html><html><head>${head}</head><body><h1>Heading</h1></body></html>`);
}

describe('generic meta-tag reader', () => {
  it('reads a Highwire citation_* page', () => {
    const doc = page(`
      <meta name="citation_title" content="Efficient  Things\n for Everyone">
      <meta name="citation_author" content="Smith, Jane">
      <meta name="citation_author" content="John Doe">
      <meta name="citation_publication_date" content="2023/04/30">
      <meta name="citation_doi" content="https://doi.org/10.1145/3589334.ABC">
      <meta name="citation_journal_title" content="Journal of Things">
      <meta name="citation_abstract" content="We do things.">
      <meta name="citation_pdf_url" content="/doi/pdf/10.1145/3589334.ABC">
      <meta property="og:title" content="Ignored">`);
    expect(detect('https://dl.example.org/doi/10.1145/3589334.ABC#sec', doc)).toEqual({
      ids: { doi: '10.1145/3589334.abc' },
      title: 'Efficient Things for Everyone',
      authors: ['Jane Smith', 'John Doe'],
      year: 2023,
      venue: 'Journal of Things',
      abstract: 'We do things.',
      pdfUrl: 'https://dl.example.org/doi/pdf/10.1145/3589334.ABC',
      url: 'https://dl.example.org/doi/10.1145/3589334.ABC',
      site: 'generic',
      kind: 'other',
    });
  });

  it('reads Dublin Core in either case, picking the DOI among identifiers', () => {
    const doc = page(`
      <meta name="DC.title" content="A Dublin Core Paper">
      <meta name="DC.creator" content="Lovelace, Ada">
      <meta name="dc.creator" content="Charles Babbage">
      <meta name="DC.date" content="1843-09-01">
      <meta name="DC.identifier" content="ISBN 978-3-16-148410-0">
      <meta name="DC.identifier" content="doi:10.5555/Notes.G">
      <meta name="DC.description" content="Notes on the engine.">`);
    const ref = generic.detect(new URL('https://repo.example.org/item/1'), doc);
    expect(ref).toMatchObject({
      title: 'A Dublin Core Paper',
      authors: ['Ada Lovelace', 'Charles Babbage'],
      year: 1843,
      ids: { doi: '10.5555/notes.g' },
      abstract: 'Notes on the engine.',
    });
  });

  it('reads PRISM, conference venues, Open Graph descriptions and semicolon author lists', () => {
    const doc = page(`
      <meta name="citation_title" content="Proceedings Paper">
      <meta name="citation_authors" content="Doe, John; Roe, Richard">
      <meta name="citation_conference_title" content="Conference on Things">
      <meta name="prism.doi" content="10.1000/PRISM">
      <meta property="og:description" content="An OG abstract.">`);
    expect(generic.detect(new URL('https://proc.example.org/p/1'), doc)).toMatchObject({
      authors: ['John Doe', 'Richard Roe'],
      venue: 'Conference on Things',
      ids: { doi: '10.1000/prism' },
      abstract: 'An OG abstract.',
    });
  });

  it('knows the arXiv id of a page that carries an arXiv DOI', () => {
    const doc = page('<meta name="citation_title" content="T"><meta name="citation_doi" content="10.48550/arXiv.2403.01234">');
    expect(detect('https://example.org/p', doc)?.ids).toEqual({ doi: '10.48550/arxiv.2403.01234', arxiv: '2403.01234' });
  });

  it('does not call a page a paper on og:title alone, nor on an empty citation title', () => {
    expect(detect('https://blog.example.org/post', page('<meta property="og:title" content="A Post">'))).toBeNull();
    expect(detect('https://example.org/p', page('<meta name="citation_title" content="  \n ">'))).toBeNull();
    expect(detect('https://example.org/p', page(''))).toBeNull();
  });

  it('drops a pdf link that is not http(s)', () => {
    const doc = page('<meta name="citation_title" content="T"><meta name="citation_pdf_url" content="javascript:alert(1)">');
    expect(detect('https://example.org/p', doc)?.pdfUrl).toBeUndefined();
  });
});
