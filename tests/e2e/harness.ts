/// <reference types="chrome" />
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './chromium';

/** The built extension the suite loads (scripts/e2e.mjs builds it first). */
export const DIST = resolve(process.env.MARGINALIA_DIST ?? '.output/chrome-mv3');
const FIXTURES = resolve('tests/fixtures');

/** One entry of tests/fixtures/pages/index.json: a page served at its real URL. */
export interface PageFixture {
  url: string;
  /** The saved page, or null for a PDF URL (a tiny PDF is served). */
  file: string | null;
  kind: 'abstract' | 'html' | 'pdf' | 'listing';
  /** The arXiv API answer for this paper (tests/fixtures/arxiv-api/). */
  apiFile?: string;
  expect: {
    arxiv?: string;
    title?: string | null;
    titleStartsWith?: string;
    inCatalogue?: boolean;
    notAPaper?: boolean;
  };
}

/** Every page fixture, by URL. */
const INDEX = join(FIXTURES, 'pages/index.json');
export const PAGES: PageFixture[] = existsSync(INDEX) ? JSON.parse(readFileSync(INDEX, 'utf8')) : [];

/** Pages and PDFs of the other sites (tests/fixtures/pages/sites.json), served at their real URLs; `file: null` is a PDF. */
const SITES_INDEX = join(FIXTURES, 'pages/sites.json');
export const SITE_PAGES: Array<{ url: string; file: string | null }> = existsSync(SITES_INDEX) ? JSON.parse(readFileSync(SITES_INDEX, 'utf8')) : [];

/** A running browser with the extension loaded. */
export interface Session {
  context: BrowserContext;
  extensionId: string;
  profile: string;
  /** Answers for the arXiv API, by arXiv id: a fixture file name, an Atom document, 'timeout' or 'garbage'. */
  api: Map<string, string>;
  /** Pages served instead of the fixture index, by URL: a file under tests/fixtures (edited versions of a page). */
  pages: Map<string, string>;
  /** PDFs served instead of the tiny one, by URL (any host): a file under tests/fixtures, an HTTP answer, or 'abort' (network failure). */
  pdfs: Map<string, PdfAnswer>;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/** How a test PDF URL is answered: a fixture file (served as application/pdf), any HTTP answer, or a failed connection. */
export type PdfAnswer = string | { status: number; contentType?: string; body: string } | 'abort';

/** A new empty profile directory; delete it with removeProfile. */
export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'marginalia-e2e-'));
}

/** Deletes a profile directory. */
export function removeProfile(profile: string): void {
  rmSync(profile, { recursive: true, force: true });
}

// A one-page PDF is enough: the extension reads PDF metadata from the arXiv API, not the file.
const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Launches Chromium with the built extension and every request answered locally. */
export async function launch(profile: string): Promise<Session> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found (scripts/e2e.mjs should have said so).');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`,
    ],
  });
  // Every API answer the fixtures know, unless a test says otherwise.
  const pages = new Map<string, string>();
  const api = new Map<string, string>(PAGES.filter((p) => p.apiFile && p.expect.arxiv).map((p) => [p.expect.arxiv!, p.apiFile!]));
  // Nothing leaves the machine: unknown addresses get a local 404. Later routes win.
  await context.route(/^https?:\/\//, (route) => {
    const site = SITE_PAGES.find((p) => p.url === route.request().url().replace(/#.*$/, ''));
    if (site?.file) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURES, 'pages', site.file)) });
    if (site) return route.fulfill({ status: 200, contentType: 'application/pdf', body: TINY_PDF });
    return route.fulfill({ status: 404, body: 'not served in tests' });
  });
  await context.route(/^https:\/\/(export\.)?arxiv\.org\//, async (route) => {
    const url = route.request().url();
    if (url.includes('/api/query')) {
      const id = new URL(url).searchParams.get('id_list') ?? '';
      const answer = api.get(id);
      if (answer === 'timeout') return; // Never answered: the extension's own timeout must fire.
      if (answer === 'garbage') return route.fulfill({ status: 200, body: '<html>Rate limited</html>' });
      if (!answer) return route.fulfill({ status: 503, body: 'unavailable' });
      const body = answer.startsWith('<') ? answer : readFileSync(join(FIXTURES, 'arxiv-api', answer));
      return route.fulfill({ status: 200, contentType: 'application/atom+xml', body });
    }
    if (new URL(url).pathname.startsWith('/pdf/')) {
      return route.fulfill({ status: 200, contentType: 'application/pdf', body: TINY_PDF });
    }
    const override = pages.get(url.replace(/#.*$/, ''));
    if (override) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURES, override)) });
    const page = PAGES.find((p) => p.url === url.replace(/#.*$/, ''));
    if (!page?.file) return route.fallback(); // sites.json may have it (arXiv search), else a 404
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURES, 'pages', page.file)) });
  });
  // Registered last, so asked first: the PDFs a test chose (reader tests), else the routes above.
  const pdfs = new Map<string, PdfAnswer>();
  await context.route(/^https?:\/\//, async (route) => {
    const answer = pdfs.get(route.request().url().replace(/#.*$/, ''));
    if (answer === undefined) return route.fallback();
    if (answer === 'abort') return route.abort('connectionfailed');
    if (typeof answer !== 'string') return route.fulfill(answer);
    return route.fulfill({ status: 200, contentType: 'application/pdf', body: readFileSync(join(FIXTURES, answer)) });
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  return { context, extensionId, profile, api, pages, pdfs, worker, close: () => context.close() };
}

/** The browser's id of the tab showing `page`, asked of the extension's service worker. */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  const url = page.url();
  const worker = await session.worker();
  const id = await worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id;
  }, url);
  if (id === undefined) throw new Error(`No tab for ${url}`);
  return id;
}

/** The toolbar badge text of a tab. */
export async function badgeOf(session: Session, tabId: number): Promise<string> {
  return (await session.worker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Opens the popup for a tab, as `popup.html?tab=ID` in its own page. */
export async function openPopup(session: Session, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Stops every service worker (as Chrome does to an idle MV3 worker) and waits for ours to return. */
export async function restartWorker(session: Session, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Waits until `check` returns true, polling; fails with `what` after the timeout. */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for: ${what}`);
}
