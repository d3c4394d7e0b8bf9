/** The saved pages of tests/fixtures/pages/sites.json: every supported site beyond arXiv. */
import type { PageKind, PaperIds } from '../../../lib/paper';
import { readFixture } from './load-fixture';

/** What detection must find on one saved page, PDF URL or listing. */
export interface SiteFixture {
  url: string;
  file: string | null;
  site: string;
  kind: PageKind | 'listing';
  expect: {
    ids?: PaperIds;
    title?: string;
    authors?: number;
    firstAuthor?: string;
    year?: number;
    venue?: string;
    abstractStartsWith?: string;
    pdfUrl?: string;
    inCatalogue?: boolean;
    listed?: Array<{ ids: PaperIds; title?: string }>;
  };
}

/** Every entry of sites.json (shared with the e2e suite, which serves them at their URLs). */
export const SITE_FIXTURES: SiteFixture[] = JSON.parse(readFixture('pages/sites.json')) as SiteFixture[];
