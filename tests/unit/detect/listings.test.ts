import { detect } from '../../../lib/detect';
import { extractListing, LISTING_EXTRACTORS, listingFor } from '../../../lib/detect/listings';
import { resolveListed } from '../../../lib/detect/listings/links';
import { MAX_LISTED, type ListedPaper } from '../../../lib/detect/listings/types';
import { htmlDocument, PAGE_FIXTURES, pageDocument } from './load-fixture';
import { SITE_FIXTURES } from './site-fixtures';

// The arXiv list page is in index.json (shared with the skeleton's tests); the rest in sites.json.
const arxivList = PAGE_FIXTURES.find((f) => f.kind === 'listing')!;
const listings = [
  { url: arxivList.url, file: arxivList.file!, listed: (arxivList.expect as { listed: Array<{ arxiv: string; title: string }> }).listed.map((l) => ({ ids: { arxiv: l.arxiv }, title: l.title })) },
  ...SITE_FIXTURES.filter((f) => f.kind === 'listing').map((f) => ({ url: f.url, file: f.file!, listed: f.expect.listed ?? [] })),
];

// What the background looks up for each entry: the page sends links, the background reads them.
const looked = (found: ListedPaper[], url: string) => found.map((p) => resolveListed(p.ref, url));

describe('listing extractors', () => {
  for (const extractor of LISTING_EXTRACTORS) {
    it.each(extractor.testUrls)(`${extractor.name} alone accepts %s`, (url) => {
      expect(listingFor(url)).toBe(extractor);
      for (const other of LISTING_EXTRACTORS) if (other !== extractor) expect(other.matches(new URL(url)), other.name).toBe(false);
    });
  }

  it('covers every listing site', () => {
    const names = new Set(listings.map((l) => listingFor(l.url)?.name));
    expect([...names].sort()).toEqual(['arxiv', 'dblp', 'huggingface', 'openreview', 'scholar', 'semanticscholar']);
  });

  it('never takes a paper page for a listing, nor a listing for a paper', () => {
    for (const fixture of SITE_FIXTURES.filter((f) => f.kind !== 'listing')) expect(listingFor(fixture.url), fixture.url).toBeUndefined();
    for (const extractor of LISTING_EXTRACTORS) {
      for (const url of extractor.testUrls) expect(detect(url, htmlDocument('')), url).toBeNull();
    }
  });
});

describe('saved listing pages', () => {
  it.each(listings.map((l) => [l.url, l] as const))('%s', (url, listing) => {
    const found = extractListing(url, pageDocument(listing.file));
    expect(looked(found, url)).toEqual(listing.listed);
    // Each mark goes on the title element, which is in the page.
    for (const paper of found) expect(paper.element.ownerDocument.contains(paper.element)).toBe(true);
  });

  it('puts the mark on the title element', () => {
    const [first] = extractListing(arxivList.url, pageDocument(arxivList.file!));
    expect(first?.element.className).toContain('list-title');
  });
});

describe('hostile listings', () => {
  it(`marks at most ${MAX_LISTED} entries of a page padded with thousands`, () => {
    const rows = Array.from({ length: MAX_LISTED + 500 }, (_, i) =>
      `<dt><a href="/abs/2401.${String(10000 + i)}">x</a></dt><dd><div class="list-title">Fake ${i}</div></dd>`).join('');
    const found = extractListing('https://arxiv.org/list/cs.LG/new', htmlDocument(`<dl>${rows}</dl>`));
    expect(found).toHaveLength(MAX_LISTED);
  }, 30_000); // parsing 2,500 entries in happy-dom is slow on a busy machine

  it('keeps markup in titles as text and ignores script links', () => {
    const doc = htmlDocument(`<article><h3><a href="javascript:alert(1)">&lt;img src=x onerror=alert(1)&gt; Title</a></h3></article>
      <article><h3><a href="/papers/2411.11927"><b>Real</b> <script>alert(1)</script>paper</a></h3></article>`);
    const found = extractListing('https://huggingface.co/papers', doc);
    expect(looked(found, 'https://huggingface.co/papers')).toEqual([{ ids: { arxiv: '2411.11927' }, title: 'Real paper' }]);
    const scholar = extractListing('https://scholar.google.com/scholar?q=x', htmlDocument(
      '<div class="gs_r gs_or"><h3 class="gs_rt"><a href="javascript:void(0)">&lt;script&gt;alert(1)&lt;/script&gt;</a></h3></div>'));
    expect(looked(scholar, 'https://scholar.google.com/scholar?q=x')).toEqual([{ ids: {}, title: '<script>alert(1)</script>' }]);
  });

  it('keeps only cards whose link names the paper on the site itself', () => {
    const hf = htmlDocument(`<article><h3><a href="https://x.example/papers/2411.11927">Elsewhere</a></h3></article>
      <article><h3><a href="https://huggingface.co/papers/2411.11927">Here</a></h3></article>`);
    expect(looked(extractListing('https://huggingface.co/papers', hf), 'https://huggingface.co/papers')).toEqual([{ ids: { arxiv: '2411.11927' }, title: 'Here' }]);
    const venue = 'https://openreview.net/group?id=ICLR.cc/2024/Conference';
    const or = htmlDocument(`<div class="note"><h4><a href="https://x.example/forum?id=Drg8DHYOPX">Elsewhere</a></h4></div>
      <div class="note"><h4><a href="/forum?id=Drg8DHYOPX">Here</a></h4></div>`);
    expect(looked(extractListing(venue, or), venue)).toEqual([{ ids: { openreview: 'Drg8DHYOPX' }, title: 'Here' }]);
  });

  it('reads no relative link without a page address, and leaves out over-long links', () => {
    const ref = { ids: {}, links: ['/abs/2411.11927', 'https://arxiv.org/abs/2305.19466'] };
    expect(resolveListed(ref, '')).toEqual({ ids: { arxiv: '2305.19466' } });
    expect(resolveListed(ref, 'not a url')).toEqual({ ids: { arxiv: '2305.19466' } });
    const long = `https://arxiv.org/abs/2411.11927?${'x'.repeat(600)}`;
    const doc = htmlDocument(`<dl><dt><a href="${long}">x</a></dt><dd><div class="list-title">T</div></dd></dl>`);
    expect(extractListing('https://arxiv.org/list/cs.LG/new', doc).map((p) => p.ref)).toEqual([{ ids: {}, title: 'T', links: [] }]);
  });

  it('survives broken links and %-escapes', () => {
    const doc = htmlDocument('<ul><li class="entry" id="journals/corr/abs-9999-99999"><cite><span class="title">T.</span></cite><nav class="publ"><div class="head"><a href="https://doi.org/%E0%A4%A">x</a></div></nav></li></ul>');
    expect(looked(extractListing('https://dblp.org/search?q=t', doc), 'https://dblp.org/search?q=t')).toEqual([{ ids: {}, title: 'T' }]);
    expect(extractListing('not a url', doc)).toEqual([]);
  });
});
