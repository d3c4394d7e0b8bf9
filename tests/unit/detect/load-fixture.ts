/** Loads saved pages and API answers from tests/fixtures for the detection tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Catalogue } from '../../../lib/paper';

// Vitest runs from the project root; happy-dom's URL global cannot build file: URLs.
const FIXTURES = resolve(process.cwd(), 'tests/fixtures');

/** A fixture file's text, by path relative to tests/fixtures. */
export function readFixture(path: string): string {
  return readFileSync(resolve(FIXTURES, path), 'utf8');
}

interface HappyDomSettings {
  disableCSSFileLoading: boolean;
  disableJavaScriptFileLoading: boolean;
  handleDisabledFileLoadingAsSuccess: boolean;
}

// Saved pages link arXiv's stylesheets and scripts; happy-dom would try to fetch them and log errors.
const happyDom = (window as unknown as { happyDOM?: { settings: HappyDomSettings } }).happyDOM;
if (happyDom) {
  happyDom.settings.disableCSSFileLoading = true;
  happyDom.settings.disableJavaScriptFileLoading = true;
  happyDom.settings.handleDisabledFileLoadingAsSuccess = true;
}

/** An HTML string parsed the way a browser would, as its own document (never the test's). */
export function htmlDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A saved page parsed as its own document. */
export function pageDocument(file: string): Document {
  return htmlDocument(readFixture(`pages/${file}`));
}

/** One entry of tests/fixtures/pages/index.json, the mapping the e2e suite shares. */
export interface PageFixture {
  url: string;
  file: string | null;
  kind: 'abstract' | 'html' | 'pdf' | 'listing';
  apiFile?: string;
  apiUrl?: string;
  expect: {
    arxiv?: string;
    version?: string;
    title?: string | null;
    titleStartsWith?: string;
    titleLength?: number;
    doi?: string;
    authors?: number;
    inCatalogue?: boolean;
    notAPaper?: boolean;
  };
}

/** Every page fixture with what detection must find on it. */
export const PAGE_FIXTURES: PageFixture[] = JSON.parse(readFixture('pages/index.json')) as PageFixture[];

/** The bundled catalogue the fixtures' `inCatalogue` flags and abstracts refer to. */
export function bundledCatalogue(): Catalogue {
  return JSON.parse(readFileSync(resolve(process.cwd(), 'public/catalogues/hf-trending-papers.json'), 'utf8')) as Catalogue;
}
