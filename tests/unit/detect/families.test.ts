import { SITE_ADAPTERS, siteFor } from '../../../lib/detect';
import { createDetector } from '../../../lib/detect/detector';
import { ARXIV_SITES } from '../../../lib/detect/families/arxiv';
import { PUBLISHER_SITES } from '../../../lib/detect/families/publishers';
import { REVIEW_SITES } from '../../../lib/detect/families/reviews';
import { LISTING_EXTRACTORS } from '../../../lib/detect/listings';
import { isListingUrl } from '../../../lib/detect/listings/addresses';
import { generic } from '../../../lib/detect/sites/generic';
import type { SiteAdapter } from '../../../lib/detect/types';
import { PAPER_SITE_MATCHES, SCHOLAR_HOSTS, SITE_FAMILIES } from '../../../lib/sites';
import { htmlDocument, PAGE_FIXTURES, pageDocument } from './load-fixture';
import { SITE_FIXTURES } from './site-fixtures';

// Each content script (entrypoints/*.content.ts) detects with its family's adapters only.
const FAMILY_SITES: Record<keyof typeof SITE_FAMILIES, readonly SiteAdapter[]> = {
  arxiv: ARXIV_SITES,
  reviews: REVIEW_SITES,
  publishers: PUBLISHER_SITES,
  listings: [],
};

// A manifest match pattern (`https://host/path*`) as a test of a URL without its fragment.
const patternTest = (pattern: string) => {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return (url: string) => re.test(url.replace(/#.*$/, ''));
};
const familiesOf = (url: string) =>
  (Object.keys(SITE_FAMILIES) as Array<keyof typeof SITE_FAMILIES>).filter((f) => SITE_FAMILIES[f].some((p) => patternTest(p)(url)));

describe('content script families', () => {
  it('split the sites between them, each host in one family', () => {
    expect(Object.values(SITE_FAMILIES).flat()).toEqual(PAPER_SITE_MATCHES);
    const hosts = Object.values(SITE_FAMILIES).map((patterns) => new Set(patterns.map((p) => new URL(p.replace(/\*/g, '')).hostname)));
    const all = hosts.flatMap((set) => [...set]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('carry every adapter in lib/detect/sites/, each in one family', () => {
    // From the files themselves: SITE_ADAPTERS is built from the families, so it cannot tell.
    const modules = import.meta.glob<Record<string, unknown>>('../../../lib/detect/sites/*.ts', { eager: true });
    const inFiles = Object.values(modules).flatMap((m) => Object.values(m)).filter((v): v is SiteAdapter => !!v && typeof v === 'object' && 'hosts' in v && 'detect' in v);
    const carried = Object.values(FAMILY_SITES).flat();
    expect(new Set(carried).size).toBe(carried.length);
    const names = (list: readonly SiteAdapter[]) => list.map((a) => a.name).sort();
    expect(inFiles.length).toBeGreaterThan(15);
    expect(names([...carried, generic])).toEqual(names(inFiles));
    expect(names(SITE_ADAPTERS)).toEqual(names(inFiles));
  });

  it('run each host\'s adapter in the content script of that host', () => {
    for (const [family, patterns] of Object.entries(SITE_FAMILIES) as Array<[keyof typeof SITE_FAMILIES, string[]]>) {
      for (const pattern of patterns) {
        const site = siteFor(new URL(pattern.replace(/\*/g, '')).hostname);
        // A host no adapter claims is read by the generic reader, which every content script has.
        if (site) expect(FAMILY_SITES[family], `${pattern} (${site.name})`).toContain(site);
      }
    }
    for (const pattern of SITE_FAMILIES.listings) expect(siteFor(new URL(pattern.replace(/\*/g, '')).hostname), pattern).toBeUndefined();
  });

  for (const site of SITE_ADAPTERS.filter((a) => a !== generic)) {
    it.each(site.testUrls)(`run ${site.name}'s adapter where its page %s gets a content script`, (url) => {
      const families = familiesOf(url);
      expect(families.length).toBeLessThanOrEqual(1);
      if (families[0]) expect(FAMILY_SITES[families[0]]).toContain(site);
    });
  }

  it('give every listing page a content script (which loads the marks there)', () => {
    const urls = LISTING_EXTRACTORS.flatMap((l) => l.testUrls);
    expect(urls.length).toBeGreaterThan(15);
    for (const url of urls) expect(familiesOf(url), url).toHaveLength(1);
  });

  it('mark Google Scholar results on its country domains too', () => {
    expect(SCHOLAR_HOSTS).toContain('scholar.google.co.uk');
    expect(new Set(SCHOLAR_HOSTS).size).toBe(SCHOLAR_HOSTS.length);
    for (const host of SCHOLAR_HOSTS) {
      const url = `https://${host}/scholar?q=attention`;
      expect(familiesOf(url), url).toEqual(['listings']);
      expect(isListingUrl(url), url).toBe(true);
    }
  });

  it('detect each saved page as the full set of adapters does', () => {
    const { detect } = createDetector(SITE_ADAPTERS);
    for (const fixture of [...PAGE_FIXTURES, ...SITE_FIXTURES].filter((f) => f.file)) {
      const [family] = familiesOf(fixture.url);
      if (!family) continue;
      const doc = () => pageDocument(fixture.file!);
      expect(createDetector(FAMILY_SITES[family]).detect(fixture.url, doc()), fixture.url).toEqual(detect(fixture.url, doc()));
    }
    expect(createDetector([]).detect('https://dblp.org/pid/96/4410.html', htmlDocument(''))).toBeNull();
  });
});
