import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { addPaper } from '@/lib/db/library';
import type { FromWorker, ToWorker } from '@/lib/search/protocol';
import { DEFAULT_SORT } from '@/lib/search/select';
import { serveSearch } from '@/lib/search/worker-host';

let db: MarginaliaDB | undefined;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
});

/** A worker scope in this thread: messages in, messages out. */
function fakeScope() {
  const out: FromWorker[] = [];
  let listener: ((event: MessageEvent<ToWorker>) => void) | undefined;
  return {
    out,
    scope: { postMessage: (m: FromWorker) => out.push(m), addEventListener: (_: 'message', l: typeof listener) => (listener = l) },
    send: (data: ToWorker) => listener?.({ data } as MessageEvent<ToWorker>),
  };
}

describe('serveSearch', () => {
  it('reports progress and rows, and answers only the newest of the queries waiting', async () => {
    db = openDatabase(`worker-host-${Date.now()}`);
    await addPaper(db, { ids: {}, title: 'Attention Is All You Need', authors: ['Ashish Vaswani'], url: 'https://arxiv.org/abs/1706.03762' }, 1);
    const { out, scope, send } = fakeScope();
    serveSearch(scope, () => db!, async () => []);
    send({ type: 'init' });
    // Reading the library and building the index go through fake-indexeddb: on a busy machine that can take longer than vi.waitFor's default 1 s.
    await vi.waitFor(() => expect(out.some((m) => m.type === 'event' && m.event.type === 'status' && m.event.status.textReady)).toBe(true), { timeout: 5_000 });
    expect(out.some((m) => m.type === 'event' && m.event.type === 'rows' && m.event.rows.length === 1)).toBe(true);
    send({ type: 'query', seq: 1, request: { text: 'a', sort: DEFAULT_SORT } });
    send({ type: 'query', seq: 2, request: { text: 'at', sort: DEFAULT_SORT } });
    send({ type: 'query', seq: 3, request: { text: 'attention', sort: DEFAULT_SORT } });
    await vi.waitFor(() => expect(out.filter((m) => m.type === 'result')).toHaveLength(3), { timeout: 5_000 });
    const results = out.filter((m): m is Extract<FromWorker, { type: 'result' }> => m.type === 'result');
    expect(results.find((r) => r.seq === 1)?.result).toBeNull();
    expect(results.find((r) => r.seq === 2)?.result).toBeNull();
    expect(results.find((r) => r.seq === 3)?.result?.ids).toHaveLength(1);
  });
});
