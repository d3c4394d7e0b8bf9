// Renders the library page as App wires it, on a seeded fake-indexeddb, with the search
// service in-process (happy-dom has no workers).
import { render } from '@testing-library/react';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { addHighlight } from '@/lib/db/highlights';
import { addPaper, setNote, setStatus, setTags } from '@/lib/db/library';
import type { Catalogue } from '@/lib/paper';
import { localSearch } from '@/lib/search/local-search';
import { LibraryPage } from '@/components/library/LibraryPage';
import { LibraryModel } from '@/lib/ui/library-model';
import { initialLibraryUi, useLibraryUi } from '@/lib/ui/library-store';

/** The sample catalogue of tests/fixtures/catalogue (its first entry is FLAME). */
export const catalogue = JSON.parse(readFileSync('tests/fixtures/catalogue/sample-catalogue.json', 'utf8')) as Catalogue;

/** Titles of the seeded papers. */
export const TITLES = {
  flame: 'FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training',
  attention: 'Attention Is All You Need',
  resnet: 'Deep Residual Learning for Image Recognition',
};

let n = 0;

/** A fresh database with three papers: tags, statuses, a note with hostile HTML, highlights. */
export async function seededDb(empty = false): Promise<MarginaliaDB> {
  const db = openDatabase(`library-test-${n++}`);
  await db.open();
  if (empty) return db;
  const day = 86_400_000;
  const flame = await addPaper(db, { ids: { arxiv: '2411.11927' }, title: TITLES.flame, authors: ['Anjia Cao', 'Xing Wei'], year: 2024, abstract: 'Language-image pre-training with frozen language models.', url: 'https://arxiv.org/abs/2411.11927' }, 10 * day);
  const attention = await addPaper(db, { ids: { arxiv: '1706.03762' }, title: TITLES.attention, authors: ['Ashish Vaswani'], year: 2017, venue: 'NeurIPS', abstract: 'The dominant sequence transduction models.', url: 'https://arxiv.org/abs/1706.03762' }, 20 * day);
  const resnet = await addPaper(db, { ids: { doi: '10.1109/cvpr.2016.90' }, title: TITLES.resnet, authors: ['Kaiming He'], year: 2016, url: 'https://openaccess.thecvf.com/resnet' }, 30 * day);
  await setTags(db, flame.id, ['vision', 'llm'], 40 * day);
  await setTags(db, attention.id, ['nlp', 'llm'], 40 * day);
  await setStatus(db, resnet.id, 'read', Date.now());
  await setNote(db, attention.id, 'Notes.\n\n## Key idea\n\nSelf-attention **only**. <img src=x onerror="window.pwned=1"><script>window.pwned=2</script>', 41 * day);
  await addHighlight(db, { paperId: attention.id, source: attention.url, selector: [{ type: 'TextQuoteSelector', exact: 'multi-head attention allows the model to jointly attend', prefix: 'we found ', suffix: ' to information' }], comment: 'compare with convolutions' }, 42 * day);
  return db;
}

/** Renders the page; returns the database and a cleanup. */
export function renderLibrary(db: MarginaliaDB) {
  useLibraryUi.setState(initialLibraryUi, true);
  const search = localSearch({ db, loadCatalogues: async () => [catalogue], yieldNow: async () => undefined });
  const model = new LibraryModel(db, search);
  const view = render(<LibraryPage db={db} search={search} model={model} loadCatalogues={async () => [catalogue]} renderData={(ids) => <p data-testid="data-slot">{ids.length} for export</p>} />);
  return {
    ...view,
    search,
    async dispose() {
      view.unmount();
      model.dispose();
      search.dispose();
      db.close();
      await Dexie.delete(db.name);
    },
  };
}

/**
 * happy-dom does no layout, so every element measures 0×0 and the virtualised table would
 * show no rows: give elements a window-sized client box. Returns the undo.
 */
export function fakeLayout(): () => void {
  const proto = HTMLElement.prototype;
  Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => 800 });
  Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => 1200 });
  return () => {
    // The originals live on Element.prototype: removing ours uncovers them.
    Reflect.deleteProperty(proto, 'clientHeight');
    Reflect.deleteProperty(proto, 'clientWidth');
  };
}
