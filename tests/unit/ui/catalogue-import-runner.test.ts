import { describe, expect, it } from 'vitest';
import type { MarginaliaDB } from '@/lib/db/database';
import {
  type CatalogueImportRunner, type FromImportWorker, importHere, importInWorker, type ImportWorkerScope, serveCatalogueImport, type ToImportWorker,
} from '@/lib/ui/catalogue-import-runner';
import { withFreshDatabase } from '@/tests/unit/fresh-database';

let db: MarginaliaDB;
withFreshDatabase('catalogue-import-runner', (opened) => (db = opened));

type Listener = (event: MessageEvent) => void;

// A worker and its global scope joined by task-delayed messages, as across threads; the
// scope is served by serveCatalogueImport, as in entrypoints/catalogue-import-worker.ts.
function fakeWorker(run: CatalogueImportRunner) {
  const toPage = new Set<Listener>();
  const onError = new Set<(event: ErrorEvent) => void>();
  const toWorker = new Set<Listener>();
  const sent: ToImportWorker[] = [];
  const worker = {
    terminated: false,
    postMessage(message: ToImportWorker) {
      sent.push(message);
      setTimeout(() => !worker.terminated && toWorker.forEach((l) => l({ data: message } as MessageEvent)));
    },
    addEventListener(type: string, listener: Listener | ((event: ErrorEvent) => void)) {
      if (type === 'message') toPage.add(listener as Listener);
      else onError.add(listener as (event: ErrorEvent) => void);
    },
    terminate() {
      worker.terminated = true;
    },
    fail(message: string) {
      onError.forEach((l) => l({ message } as ErrorEvent));
    },
  };
  const scope: ImportWorkerScope = {
    postMessage: (message: FromImportWorker) => setTimeout(() => !worker.terminated && toPage.forEach((l) => l({ data: message } as MessageEvent))),
    addEventListener: (_type, listener) => toWorker.add(listener as Listener),
  };
  serveCatalogueImport(scope, run);
  return { worker, sent };
}

const csv = (rows: number) => new File([`title,id\n${Array.from({ length: rows }, (_, i) => `Paper Number ${i} On Things,2401.${String(i).padStart(5, '0')}`).join('\n')}\n`], 'list.csv', { type: 'text/csv' });

describe('catalogue imports in a worker', () => {
  it('imports the file there, reports progress, and ends the worker with the import', async () => {
    const { worker } = fakeWorker(importHere(db));
    const progress: number[][] = [];
    const row = await importInWorker(() => worker as unknown as Worker)(csv(5_000), {
      format: 'csv', fileName: 'list.csv', signal: new AbortController().signal, onProgress: (entries, bytes) => progress.push([entries, bytes]),
    });
    expect(row).toMatchObject({ name: 'list', count: 5_000, state: 'ready' });
    expect(await db.importedCatalogues.count()).toBe(1);
    expect(progress.at(-1)?.[0]).toBe(5_000);
    expect(progress.at(-1)?.[1]).toBeGreaterThan(100_000);
    expect(worker.terminated).toBe(true);
  });

  it('cancels: the worker is told, nothing is kept, and the page sees an AbortError', async () => {
    const { worker, sent } = fakeWorker(importHere(db));
    const abort = new AbortController();
    const run = importInWorker(() => worker as unknown as Worker)(csv(20_000), {
      format: 'csv', fileName: 'list.csv', signal: abort.signal, onProgress: () => abort.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(sent.map((m) => m.type)).toEqual(['start', 'cancel']);
    expect(await db.importedCatalogues.count()).toBe(0);
    expect(await db.catalogueEntryBlocks.count()).toBe(0);
    expect(worker.terminated).toBe(true);
  });

  it('passes a failed import on as an error, with the reason', async () => {
    const { worker } = fakeWorker(importHere(db));
    const bad = new File(['title\nGood Title\n"unclosed\n'], 'bad.csv', { type: 'text/csv' });
    const run = importInWorker(() => worker as unknown as Worker)(bad, { format: 'csv', fileName: 'bad.csv', signal: new AbortController().signal, onProgress: () => undefined });
    await expect(run).rejects.toThrow('Line 3: a quoted field is never closed');
    await expect(run).rejects.not.toMatchObject({ name: 'AbortError' });
    expect(await db.importedCatalogues.count()).toBe(0);
    expect(worker.terminated).toBe(true);
  });

  it('fails clearly when the worker dies, and serves one import at a time', async () => {
    let started = 0;
    const never: CatalogueImportRunner = () => (started++, new Promise(() => undefined));
    const { worker } = fakeWorker(never);
    const run = importInWorker(() => worker as unknown as Worker)(csv(1), { format: 'csv', fileName: 'list.csv', signal: new AbortController().signal, onProgress: () => undefined });
    // A second start while the first runs is ignored.
    worker.postMessage({ type: 'start', file: csv(1), format: 'csv', fileName: 'list.csv' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started).toBe(1);
    worker.fail('out of memory');
    await expect(run).rejects.toThrow('The import stopped: out of memory.');
    expect(worker.terminated).toBe(true);
  });
});
