import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { addHighlight, deleteHighlight } from '@/lib/db/highlights';
import { addPaper, removePaper, setNote, setStatus, setTags } from '@/lib/db/library';
import { readJournal } from '@/lib/db/search-store';
import type { Catalogue } from '@/lib/paper';
import type { ServiceEvent } from '@/lib/search/protocol';
import { DEFAULT_SORT } from '@/lib/search/select';
import { SearchService } from '@/lib/search/service';

const catalogue: Catalogue = {
  format: 'marginalia-catalogue',
  formatVersion: 1,
  id: 'hf-trending',
  name: 'Trending',
  papers: [{ id: 'hf-trending:1', title: 'Attention Is All You Need', links: [] }],
};

let db: MarginaliaDB;
let n = 0;
const services: SearchService[] = [];
beforeEach(async () => {
  db = openDatabase(`service-test-${n++}`);
  await db.open();
  const a = await addPaper(db, { ids: { arxiv: '1706.03762' }, title: 'Attention Is All You Need', authors: ['Ashish Vaswani'], year: 2017, abstract: 'The dominant sequence transduction models are recurrent.', url: 'https://arxiv.org/abs/1706.03762' }, 100);
  await addPaper(db, { ids: { doi: '10.1/x' }, title: 'Deep Residual Learning for Image Recognition', authors: ['Kaiming He'], year: 2016, url: 'https://openaccess.thecvf.com/x' }, 200);
  await setTags(db, a.id, ['nlp'], 300);
  await addHighlight(db, { paperId: a.id, source: 'https://arxiv.org/abs/1706.03762', selector: [{ type: 'TextQuoteSelector', exact: 'multi-head attention lets the model attend', prefix: '', suffix: '' }], comment: 'compare with convolutions' }, 400);
});
afterEach(async () => {
  for (const s of services.splice(0)) s.dispose();
  db.close();
  await Dexie.delete(db.name);
});

async function started() {
  const events: ServiceEvent[] = [];
  const service = new SearchService({ db, loadCatalogues: async () => [catalogue], emit: (e) => events.push(e), yieldNow: async () => undefined });
  services.push(service);
  await service.start();
  await service.idle();
  return { service, events };
}
const ids = (service: SearchService, text: string) => service.query({ text, sort: DEFAULT_SORT }).ids;
// A change reaches the service through the journal's live query and a few reads: vi.waitFor's
// default 1 s is short for that when the whole suite shares two cores.
const loaded = { timeout: 5_000 };
const titles = async (service: SearchService, text: string) =>
  Promise.all(ids(service, text).map(async (id) => (await db.papers.get(id))!.title));

describe('search service', () => {
  it('builds rows and the index on first start, and searches every field', async () => {
    const { service, events } = await started();
    expect(events.some((e) => e.type === 'status' && e.status.phase === 'building')).toBe(true);
    expect(await titles(service, '')).toEqual(['Deep Residual Learning for Image Recognition', 'Attention Is All You Need']);
    expect(await titles(service, 'transduction')).toEqual(['Attention Is All You Need']);
    expect(await titles(service, 'convolutions')).toEqual(['Attention Is All You Need']);
    expect(await titles(service, 'multi head')).toEqual(['Attention Is All You Need']);
    expect(await titles(service, 'resid')).toEqual(['Deep Residual Learning for Image Recognition']);
    expect(service.query({ text: 'resid', sort: DEFAULT_SORT }).mode).toBe('text');
    expect(service.query({ text: 're', sort: DEFAULT_SORT }).mode).toBe('quick');
  });

  it('filters by tag, status, year, site and catalogue, and sorts', async () => {
    const { service } = await started();
    expect(await titles(service, 'tag:nlp')).toEqual(['Attention Is All You Need']);
    expect(await titles(service, '-tag:nlp')).toEqual(['Deep Residual Learning for Image Recognition']);
    expect(await titles(service, 'year:2016')).toEqual(['Deep Residual Learning for Image Recognition']);
    expect(await titles(service, 'site:arxiv')).toEqual(['Attention Is All You Need']);
    expect(await titles(service, 'site:thecvf')).toEqual(['Deep Residual Learning for Image Recognition']);
    expect(await titles(service, 'catalogue:hf')).toEqual(['Attention Is All You Need']);
    expect(await titles(service, 'catalogue:none')).toEqual(['Deep Residual Learning for Image Recognition']);
    expect(await titles(service, 'status:read')).toEqual([]);
    const byYear = service.query({ text: '', sort: { key: 'year', dir: 'asc' } }).ids;
    expect(byYear).toHaveLength(2);
    expect((await db.papers.get(byYear[0]!))!.year).toBe(2016);
  });

  it('saves the index and journal coverage, and a second start loads instead of rebuilding', async () => {
    await started();
    expect(await readJournal(db)).toEqual([]);
    const { service, events } = await started();
    expect(events.some((e) => e.type === 'status' && e.status.phase === 'building')).toBe(false);
    expect(await titles(service, 'convolutions')).toEqual(['Attention Is All You Need']);
  });

  it('follows changes made while it runs', async () => {
    const { service } = await started();
    const added = await addPaper(db, { ids: {}, title: 'Mamba: Linear-Time Sequence Modeling', authors: ['Albert Gu'], url: 'https://arxiv.org/abs/2312.00752' }, 500);
    await vi.waitFor(() => expect(ids(service, 'mamba')).toEqual([added.id]), loaded);
    await setNote(db, added.id, 'Selective state spaces', 600);
    await vi.waitFor(() => expect(ids(service, 'selective')).toEqual([added.id]), loaded);
    const h = await addHighlight(db, { paperId: added.id, source: 'x', selector: [{ type: 'TextQuoteSelector', exact: 'hardware-aware scan', prefix: '', suffix: '' }] }, 700);
    await vi.waitFor(() => expect(ids(service, 'hardware')).toEqual([added.id]), loaded);
    await setStatus(db, added.id, 'read', 800);
    await vi.waitFor(() => expect(ids(service, 'status:read')).toEqual([added.id]), loaded);
    await deleteHighlight(db, h.id);
    await vi.waitFor(() => expect(ids(service, 'hardware')).toEqual([]), loaded);
    await removePaper(db, added.id);
    await vi.waitFor(() => expect(ids(service, 'mamba')).toEqual([]), loaded);
  });

  it('replays changes made while it was not running, without rebuilding', async () => {
    const first = await started();
    first.service.dispose();
    const added = await addPaper(db, { ids: {}, title: 'Mamba: Linear-Time Sequence Modeling', authors: ['Albert Gu'], url: 'https://arxiv.org/abs/2312.00752' }, 500);
    const { service, events } = await started();
    await vi.waitFor(() => expect(ids(service, 'mamba')).toEqual([added.id]), loaded);
    expect(events.some((e) => e.type === 'status' && e.status.phase === 'building')).toBe(false);
  });

  it('rebuilds when a table is cleared', async () => {
    const { service } = await started();
    await db.papers.clear();
    await vi.waitFor(() => expect(ids(service, '')).toEqual([]), loaded);
  });
});

describe('a damaged saved index', () => {
  it('is rebuilt, not reported', async () => {
    await started();
    await db.searchIndex.update('index', { data: '{"not": "an index"' });
    const { service, events } = await started();
    expect(events.some((e) => e.type === 'error')).toBe(false);
    expect(await titles(service, 'convolutions')).toEqual(['Attention Is All You Need']);
  });
});
