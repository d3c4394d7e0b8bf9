import { describe, expect, it } from 'vitest';
import { aliasesOf } from '@/lib/aliases';
import { detect, detectFromUrl } from '@/lib/detect';
import type { LibraryEntry } from '@/lib/paper';
import { authorsFromInfo, fileTitle, pdfPaper, plausibleTitle } from '@/lib/reader/identity';

const entry: LibraryEntry = {
  id: 'e1', aliases: ['arxiv:1706.03762', 'title:attention is all you need'], title: 'Attention Is All You Need',
  authors: ['Ashish Vaswani'], year: 2017, ids: { arxiv: '1706.03762' }, url: 'https://arxiv.org/abs/1706.03762',
  status: 'to-read', statusDates: {}, tags: [], note: '', addedAt: 1, updatedAt: 1,
};

describe('pdfPaper: which paper a PDF is', () => {
  it('takes the arXiv id from the address, so that it is the abstract page\'s paper', () => {
    const url = 'https://arxiv.org/pdf/1706.03762v7#page=2';
    const { paper, titleFrom } = pdfPaper({ url, fromUrl: detectFromUrl(url), info: { title: 'Attention Is All You Need' } });
    expect(paper.ids).toEqual({ arxiv: '1706.03762' });
    expect(paper.pdfUrl).toBe('https://arxiv.org/pdf/1706.03762v7');
    expect(paper.url).toBe('https://arxiv.org/abs/1706.03762');
    expect(titleFrom).toBe('pdf-info');
    // The abstract page's detection and the PDF's identity share their aliases.
    const abs = detectFromUrl('https://arxiv.org/abs/1706.03762v7') ?? { ids: { arxiv: '1706.03762' }, title: paper.title };
    expect(aliasesOf(paper)).toEqual(expect.arrayContaining(aliasesOf({ ids: abs.ids })));
  });

  it('prefers the library entry, then the arXiv API, then the PDF, then its first page', () => {
    const url = 'https://arxiv.org/pdf/1706.03762';
    const fromUrl = detectFromUrl(url);
    const arxiv = { id: '1706.03762', title: 'From the API', authors: ['A. API'], abstract: 'Abstract.', year: 2017, doi: '10.1/X' };
    expect(pdfPaper({ url, fromUrl, entry, arxiv }).paper.title).toBe('Attention Is All You Need');
    const fromApi = pdfPaper({ url, fromUrl, arxiv, info: { title: 'Info title here' } });
    expect(fromApi.paper).toMatchObject({ title: 'From the API', authors: ['A. API'], year: 2017, ids: { arxiv: '1706.03762', doi: '10.1/x' } });
    expect(pdfPaper({ url, fromUrl, info: { title: 'main.dvi' }, firstPageTitle: 'First Page Title' }).titleFrom).toBe('first-page');
    // A bare arXiv PDF with nothing else is still filed by its id (addPaper titles it arXiv:<id>).
    expect(pdfPaper({ url, fromUrl }).titleFrom).toBe('none');
  });

  it('names an unknown PDF by its own title, for the title alias to find the saved paper', () => {
    const url = 'https://example.org/papers/attention_final.pdf';
    const found = pdfPaper({ url, fromUrl: detectFromUrl(url), info: { title: 'Attention Is All You Need', author: 'A. Vaswani; N. Shazeer' } });
    expect(found.paper.ids).toEqual({});
    expect(found.paper.authors).toEqual(['A. Vaswani', 'N. Shazeer']);
    expect(aliasesOf(found.paper)).toEqual(aliasesOf({ ids: {}, title: 'Attention Is All You Need' }));
    expect(aliasesOf(found.paper)).toHaveLength(1);
    expect(pdfPaper({ url, fromUrl: null }).paper.title).toBe('attention final');
  });

  it('keeps OpenReview and proceedings ids from their PDF addresses', () => {
    const url = 'https://openreview.net/pdf?id=YicbFdNTTy';
    expect(pdfPaper({ url, fromUrl: detectFromUrl(url), firstPageTitle: 'An Image is Worth 16x16 Words' }).paper.ids).toEqual({ openreview: 'YicbFdNTTy' });
    // The forum page of the same paper names the same id.
    const forum = detect('https://openreview.net/forum?id=YicbFdNTTy', document.implementation.createHTMLDocument(''));
    expect(forum?.ids.openreview).toBe('YicbFdNTTy');
  });
});

describe('title and author clean-up', () => {
  it('refuses file names and tool titles', () => {
    for (const t of ['', 'abc', 'main.pdf', 'Microsoft Word - draft7.docx', 'untitled', 'arXiv:1706.03762v7', '12345']) expect(plausibleTitle(t), t).toBeUndefined();
    expect(plausibleTitle('  Attention   Is All You Need ')).toBe('Attention Is All You Need');
  });

  it('splits authors and names files', () => {
    expect(authorsFromInfo('Ada Example, Brook Sample and Casey Fixture')).toEqual(['Ada Example', 'Brook Sample', 'Casey Fixture']);
    expect(authorsFromInfo(undefined)).toEqual([]);
    expect(fileTitle('https://x.org/a/deep_residual%20learning.pdf')).toBe('deep residual learning');
    expect(fileTitle('https://x.org/')).toBeUndefined();
  });
});
