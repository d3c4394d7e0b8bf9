// @vitest-environment node
/**
 * The fixture PDFs read by pdf.js itself (its Node build): the text the reader highlights,
 * the title it reads, the outline and the failures are what the tests and e2e rely on.
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { fixturePaper, markerSentence } from '@/scripts/make-pdf-fixtures';
import { firstPageTitle } from '@/lib/reader/first-page-title';
import { loadFailure } from '@/lib/reader/load-error';
import { resolveOutline } from '@/lib/reader/outline';
import { pageText } from '@/lib/reader/page-text';
import { plausibleTitle } from '@/lib/reader/identity';

const open = (name: string) => getDocument({ data: new Uint8Array(readFileSync(`tests/fixtures/pdf/${name}`)), isEvalSupported: false, verbosity: 0 }).promise;
const textOf = async (doc: Awaited<ReturnType<typeof open>>, i: number) =>
  pageText((await (await doc.getPage(i + 1)).getTextContent()).items.filter((item) => 'str' in item));

describe('fixture PDFs', () => {
  it('paper.pdf: six pages, each with its marker sentence, the title in the document information', async () => {
    const doc = await open('paper.pdf');
    expect(doc.numPages).toBe(6);
    for (let i = 0; i < 6; i++) expect(await textOf(doc, i)).toContain(markerSentence(i));
    expect(await textOf(doc, 0)).toMatch(/^Attention Is All You Need /);
    const { info } = await doc.getMetadata();
    expect(plausibleTitle((info as { Title?: string }).Title)).toBe('Attention Is All You Need');
    const outline = await resolveOutline(doc);
    expect(outline.map((o) => [o.title, o.page])).toEqual(fixturePaper('x', 6).pages.map((p, i) => [p.heading, i]));
    await doc.destroy();
  });

  it('no-info.pdf: no title but its first page', async () => {
    const doc = await open('no-info.pdf');
    expect((await doc.getMetadata()).info).not.toHaveProperty('Title');
    const page = await doc.getPage(1);
    const items = (await page.getTextContent()).items.filter((i) => 'str' in i);
    expect(firstPageTitle(items, page.view[3]!)).toBe('Sparse Marginal Routing for Efficient Readers');
    await doc.destroy();
  });

  it('bench-30.pdf has thirty pages', async () => {
    const doc = await open('bench-30.pdf');
    expect(doc.numPages).toBe(30);
    expect(await textOf(doc, 24)).toContain(markerSentence(24));
    await doc.destroy();
  });

  it('password.pdf asks for a password, and a web page is no PDF', async () => {
    await expect(open('password.pdf')).rejects.toSatisfy((e) => loadFailure(e).kind === 'password');
    const html = getDocument({ data: new TextEncoder().encode('<!doctype html><p>Sign in</p>'), verbosity: 0 }).promise;
    await expect(html).rejects.toSatisfy((e) => loadFailure(e).kind === 'not-pdf');
  });
});
