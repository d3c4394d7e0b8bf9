/**
 * The first catalogue lookup of the extension's own service worker, freshly started: the
 * built extension in headless Chromium, the snapshot imported through the library page's
 * file input, then, several times, the worker stopped (as Chrome stops an idle one) and a
 * paper page's content script reporting a paper of the catalogue. The time is the content
 * script's, from sending its report to the answer: starting the worker, evaluating its
 * script, opening the database, loading the catalogue set, the lookup, and storing the
 * tab's state and badge. A helper of catalogues.ts, not a benchmark.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { FULL_LOAD_IDLE_MS } from '../../lib/background/catalogue-set';
import { findChromium } from '../../tests/e2e/chromium';
import { DIST, launch, newProfile, PAGES, removeProfile, restartWorker, type Session } from '../../tests/e2e/harness';
import type { IdProbe } from './catalogueData';

/** How many worker starts answer a first lookup, per kind of query. */
export const WORKER_STARTS = 7;

/** One kind of first lookup, over the worker starts that asked it. */
export interface FirstLookups {
  /** Report sent → answer, per start, ms (the content script's clock). */
  ms: number[];
  /** Report sent → the new worker's time origin, per start, ms (two processes' clocks: approximate). */
  untilWorker: number[];
  /** The same report again right after, to the same worker, ms. */
  again: number[];
  /** Again once the worker has been idle long enough to begin its full load (which it then competes with), ms. */
  duringLoad: number[];
  /** Again a few seconds later, the full index loaded, ms. */
  afterLoad: number[];
  /** The catalogue entry each first answer named (null for none). */
  found: (string | null)[];
}

/** What the worker starts measured. */
export interface WorkerFigures {
  /** The import through the library page, from choosing the file to its message, ms. */
  importMs: number;
  byProbe: Record<string, FirstLookups>;
}

// The content script's world of a page: where chrome.runtime.sendMessage is the extension's.
async function contentWorld(page: Page): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string; frameId?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable'); // Reports every existing context first.
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Marginalia');
  if (!world) throw new Error(`No content-script world in ${page.url()} (worlds: ${contexts.map((c) => c.name).join(', ')})`);
  return { cdp, contextId: world.id };
}

// Sends one report from the content script's world; its own clock times it.
async function report(world: { cdp: CDPSession; contextId: number }, ref: unknown): Promise<{ ms: number; sentAt: number; match: string | null; error?: string }> {
  const expression = `(async () => {
    const ref = ${JSON.stringify(ref)};
    const sentAt = performance.timeOrigin + performance.now();
    const start = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'pageScanned', ref });
    const ms = performance.now() - start;
    return { ms, sentAt, match: reply && reply.ok ? (reply.value.match ? reply.value.match.entry.id : null) : null, error: reply && !reply.ok ? reply.error : undefined };
  })()`;
  const result = (await world.cdp.send('Runtime.evaluate', { expression, contextId: world.contextId, awaitPromise: true, returnByValue: true })) as {
    result: { value?: { ms: number; sentAt: number; match: string | null; error?: string } };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  if (result.exceptionDetails || !result.result.value) throw new Error(`report failed: ${result.exceptionDetails?.exception?.description ?? result.exceptionDetails?.text}`);
  return result.result.value;
}

// The running worker's time origin (epoch ms): asked over the DevTools protocol, since
// Playwright does not see a restarted worker.
async function workerTimeOrigin(cdp: CDPSession, extensionId: string): Promise<number> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
  if (!target) throw new Error('No running worker.');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  const answer = new Promise<number>((resolve) => {
    const listen = (e: { sessionId: string; message: string }) => {
      const reply = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: number } } };
      if (e.sessionId !== sessionId || reply.id !== 1) return;
      cdp.off('Target.receivedMessageFromTarget', listen);
      resolve(reply.result?.result?.value ?? NaN);
    };
    cdp.on('Target.receivedMessageFromTarget', listen);
  });
  const message = JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression: 'performance.timeOrigin', returnByValue: true } });
  await cdp.send('Target.sendMessageToTarget', { sessionId, message });
  const origin = await answer;
  await cdp.send('Target.detachFromTarget', { sessionId });
  return origin;
}

async function importThroughLibrary(session: Session, file: string): Promise<number> {
  const library = await session.context.newPage();
  await library.goto(`chrome-extension://${session.extensionId}/library.html`);
  await library.getByRole('button', { name: 'Catalogue', exact: true }).click();
  const input = library.getByTestId('catalogue-import');
  await input.waitFor({ state: 'attached' });
  const start = Date.now();
  await input.setInputFiles(file);
  const done = await library.getByTestId('catalogue-import-done').innerText({ timeout: 600_000 });
  const ms = Date.now() - start;
  if (!/Imported/.test(done)) throw new Error(`import failed: ${done}`);
  await library.close();
  return ms;
}

// Stops the worker and waits until it is stopped, and still stopped a second later: a page
// that has just loaded can wake it again (its late events), which would give the report a
// worker already running.
async function stopWorker(session: Session, page: Page, status: string[]): Promise<void> {
  for (let tries = 0; ; tries++) {
    await restartWorker(session, page);
    for (let waited = 0; status[status.length - 1] !== 'stopped'; waited += 50) {
      if (waited > 10_000) throw new Error(`The worker did not stop (${status.join(' ')}).`);
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(1_000);
    if (status[status.length - 1] === 'stopped') return;
    if (tries === 5) throw new Error(`The worker keeps waking up (${status.join(' ')}).`);
    await page.waitForTimeout(2_000);
  }
}

/**
 * Imports the snapshot through the library page, then, WORKER_STARTS times per probe (the
 * probes taking turns), stops the worker and reports a page of the probe's paper: as a
 * publisher page gives it, a title and no ids. Undefined when no Chromium is installed;
 * builds the extension if it is missing.
 */
export async function measureFirstLookupInWorker(file: string, probes: Record<string, IdProbe>): Promise<WorkerFigures | undefined> {
  if (!findChromium()) return undefined;
  if (!existsSync(DIST)) execSync('npx wxt build', { stdio: 'inherit' });
  const profile = newProfile();
  const session = await launch(profile);
  try {
    const importMs = await importThroughLibrary(session, file);
    // A paper page of a site the content script covers; its own paper is reported at load.
    const host = PAGES.find((p) => p.kind === 'abstract' && p.file)!;
    const page = await session.context.newPage();
    await page.goto(host.url);
    const world = await contentWorld(page);
    // The worker's state as the browser reports it (Playwright does not see a restarted worker).
    const cdp = await session.context.newCDPSession(page);
    const status: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
      for (const v of e.versions) if (v.scriptURL.includes(session.extensionId)) status.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    const byProbe: Record<string, FirstLookups> = {};
    for (let k = 0; k < WORKER_STARTS; k++) {
      for (const [name, probe] of Object.entries(probes)) {
        const ref = { ids: {}, title: probe.query.title, authors: ['A. Author'], url: host.url, site: 'generic', kind: 'abstract' };
        await stopWorker(session, page, status);
        const before = status.length;
        const first = await report(world, ref);
        if (first.error) throw new Error(`report refused: ${first.error}`);
        if (!status.slice(before).includes('starting')) throw new Error(`The report did not start the worker (${status.slice(before).join(' ')}).`);
        const origin = await workerTimeOrigin(cdp, session.extensionId);
        const figures = (byProbe[name] ??= { ms: [], untilWorker: [], again: [], duringLoad: [], afterLoad: [], found: [] });
        figures.ms.push(first.ms);
        figures.untilWorker.push(origin - first.sentAt);
        figures.found.push(first.match);
        figures.again.push((await report(world, ref)).ms);
        await page.waitForTimeout(FULL_LOAD_IDLE_MS + 100);
        figures.duringLoad.push((await report(world, ref)).ms);
        await page.waitForTimeout(FULL_LOAD_IDLE_MS + 3_000);
        figures.afterLoad.push((await report(world, ref)).ms);
      }
    }
    await cdp.detach();
    return { importMs, byProbe };
  } finally {
    await session.close();
    removeProfile(profile);
  }
}
