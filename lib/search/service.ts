/**
 * The library's search service: keeps every paper's row and the full-text index, answers
 * queries, and stays fresh by replaying the change journal (lib/db/journal.ts). It loads
 * its saved copy at start and rebuilds only when there is none. At 50,000 papers the index
 * takes seconds to load and a minute to build, so the page runs this in a worker.
 */
import { liveQuery } from 'dexie';
import { MatchIndex } from '../catalogue/match';
import type { MarginaliaDB } from '../db/database';
import type { ChangeEntry } from '../db/journal';
import { EVERYTHING } from '../db/journal';
import { forgetChanges, highlightsOfPapers, loadIndexParts, papersById, readJournal, saveIndexParts } from '../db/search-store';
import type { Catalogue, Highlight } from '../paper';
import { buildAll, type BuildOptions } from './build';
import { dropDoc, loadTextIndex, putDoc, saveTextIndex, searchText, wantsFullText, type TextIndex } from './engine';
import type { IndexStatus, QueryRequest, QueryResult, ServiceEvent } from './protocol';
import { parseQuery } from './query';
import { docOf, highlightText, rowOf, textChanged, withCatalogue, type LibraryRow } from './rows';
import { effectiveSort, selectRows, sortRows, type SortSpec } from './select';

/** The saved format; a saved index in another format is ignored and rebuilt. */
export const INDEX_FORMAT = 1;

/** What the service needs. */
export interface ServiceOptions extends Partial<BuildOptions> {
  db: MarginaliaDB;
  loadCatalogues(): Promise<Catalogue[]>;
  emit(event: ServiceEvent): void;
  /** Save the index once this many papers changed since it was saved (saving a large index is slow). */
  saveAfter?: number;
  now?: () => number;
}

const catalogueKey = (catalogues: Catalogue[]) => catalogues.map((c) => `${c.id}:${c.papers.length}`).join('|');

/** The service; `start()` once, then `query()` any time. */
export class SearchService {
  private rows = new Map<string, LibraryRow>();
  private index: TextIndex | null = null;
  // Papers changed before the index was loaded: indexed once it is.
  private pendingText = new Set<string>();
  // Journal entries taken in since the last save: paper id -> stamp.
  private applied = new Map<string, string>();
  private queue: Promise<void> = Promise.resolve();
  private catalogues: MatchIndex | null = null;
  private catalogueKey = '';
  private status: IndexStatus = { rowsReady: false, textReady: false, phase: 'starting' };
  private unwatch: (() => void) | undefined;
  // Every row in the last order asked for, kept until the rows change.
  private sorted: { key: string; rows: LibraryRow[] } | null = null;
  private disposed = false;

  constructor(private readonly options: ServiceOptions) {}

  /** Loads the saved index (or builds it), then follows the journal. */
  async start(): Promise<void> {
    try {
      const catalogues = await this.options.loadCatalogues().catch(() => []);
      this.catalogues = catalogues.length ? MatchIndex.build(catalogues) : null;
      this.catalogueKey = catalogueKey(catalogues);
      this.setStatus({ phase: 'loading' });
      await this.enqueue(async () => {
        if (!(await this.loadRows())) await this.rebuild();
      });
      this.watchJournal();
      if (!this.index) await this.loadText();
    } catch (error) {
      this.fail(error);
    }
  }

  /** The rows to show for a query, in order. */
  query({ text, sort }: QueryRequest): QueryResult {
    const parsed = parseQuery(text);
    let hits: string[] | null = null;
    let mode: QueryResult['mode'] = 'all';
    if (parsed.terms.length > 0) {
      mode = this.index && wantsFullText(parsed.terms) ? 'text' : 'quick';
      if (mode === 'text') hits = searchText(this.index!, parsed.terms);
    }
    const ordered = hits ? undefined : this.sortedBy(effectiveSort(sort, false));
    return { ids: selectRows(this.rows, parsed, hits, sort, ordered), mode, terms: parsed.terms, problems: parsed.problems };
  }

  private sortedBy(sort: SortSpec): LibraryRow[] {
    const key = `${sort.key}:${sort.dir}`;
    if (this.sorted?.key !== key) this.sorted = { key, rows: sortRows([...this.rows.values()], sort) };
    return this.sorted.rows;
  }

  private emitRows(rows: LibraryRow[], removed: string[], reset: boolean): void {
    this.sorted = null;
    this.options.emit({ type: 'rows', rows, removed, reset });
  }

  /** Resolves when all queued work is done (tests and benchmarks). */
  idle(): Promise<void> {
    return this.enqueue(async () => undefined);
  }

  /** Saves rows and index now and forgets the journal entries they cover. */
  save(): Promise<void> {
    return this.enqueue(() => this.saveNow());
  }

  /** Stops following the journal. */
  dispose(): void {
    this.disposed = true;
    this.unwatch?.();
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(() => (this.disposed ? undefined : work()));
    this.queue = next.catch((error) => this.fail(error));
    return next;
  }

  private setStatus(change: Partial<IndexStatus>): void {
    this.status = { ...this.status, ...change };
    this.options.emit({ type: 'status', status: this.status });
  }

  private fail(error: unknown): void {
    this.options.emit({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }

  private async loadRows(): Promise<boolean> {
    const part = (await loadIndexParts(this.options.db, ['rows'])).get('rows');
    if (part?.format !== INDEX_FORMAT) return false;
    let saved: { catalogueKey: string; rows: LibraryRow[] };
    try {
      saved = JSON.parse(part.data) as typeof saved;
    } catch {
      return false;
    }
    const fresh = saved.catalogueKey === this.catalogueKey;
    this.rows = new Map(saved.rows.map((r) => [r.id, fresh ? r : withCatalogue(r, this.catalogues)]));
    this.emitRows([...this.rows.values()], [], true);
    this.setStatus({ rowsReady: true });
    return true;
  }

  // Outside the queue: loading takes seconds at 50,000 papers, and changes meanwhile must
  // still reach the rows at once (their text is indexed once the index is in).
  private async loadText(): Promise<void> {
    const part = (await loadIndexParts(this.options.db, ['index'])).get('index');
    const rebuild = () => this.enqueue(() => (this.index ? Promise.resolve() : this.rebuild()));
    if (part?.format !== INDEX_FORMAT) return rebuild();
    // A damaged copy is rebuilt rather than reported: it is derived data.
    const index = await loadTextIndex(part.data).catch(() => null);
    if (!index) return rebuild();
    await this.enqueue(async () => {
      if (this.index) return; // Rebuilt meanwhile (a table was cleared).
      this.index = index;
      const ids = [...this.pendingText];
      this.pendingText.clear();
      if (ids.length) await this.reindex(ids);
      this.setStatus({ textReady: true, phase: 'ready' });
    });
  }

  private async rebuild(): Promise<void> {
    const covered = await readJournal(this.options.db);
    this.setStatus({ phase: 'building', textReady: false });
    this.index = null;
    const built = await buildAll(this.options.db, this.catalogues, {
      chunk: this.options.chunk,
      yieldNow: this.options.yieldNow,
      onRows: (rows, done, total) => {
        for (const row of rows) this.rows.set(row.id, row);
        this.emitRows(rows, [], done === rows.length);
        this.setStatus({ done, total });
      },
    });
    const removed = [...this.rows.keys()].filter((id) => !built.rows.has(id));
    this.rows = built.rows;
    this.sorted = null;
    if (removed.length) this.emitRows([], removed, false);
    this.index = built.index;
    this.pendingText.clear();
    for (const entry of covered) this.applied.set(entry.paperId, entry.stamp);
    // Usable now; saving the result takes a while more (seconds at 50,000 papers).
    this.setStatus({ rowsReady: true, textReady: true, phase: 'saving' });
    await this.saveNow();
    this.setStatus({ phase: 'ready' });
  }

  private watchJournal(): void {
    const subscription = liveQuery(() => readJournal(this.options.db)).subscribe({
      next: (entries) => void this.enqueue(() => this.applyJournal(entries)),
      error: (error) => this.fail(error),
    });
    this.unwatch = () => subscription.unsubscribe();
  }

  private async applyJournal(entries: ChangeEntry[]): Promise<void> {
    if (entries.some((e) => e.paperId === EVERYTHING)) return this.rebuild();
    const fresh = entries.filter((e) => this.applied.get(e.paperId) !== e.stamp);
    if (fresh.length === 0) return;
    const ids = fresh.map((e) => e.paperId);
    const papers = await papersById(this.options.db, ids);
    const withHighlights = new Set(ids.filter((id, i) => papers[i] && (fresh[i]!.highlights || textChanged(papers[i]!, this.rows.get(id)))));
    const groups = await this.highlightsOf([...withHighlights]);
    const changed: LibraryRow[] = [];
    const removed: string[] = [];
    papers.forEach((paper, i) => {
      const id = ids[i]!;
      if (!paper) {
        if (this.rows.delete(id)) removed.push(id);
        if (this.index) dropDoc(this.index, id);
        else this.pendingText.add(id);
        return;
      }
      const count = withHighlights.has(id) ? (groups.get(id)?.length ?? 0) : (this.rows.get(id)?.highlights ?? 0);
      const row = rowOf(paper, count, this.catalogues);
      this.rows.set(id, row);
      changed.push(row);
      if (!withHighlights.has(id)) return;
      if (this.index) putDoc(this.index, docOf(paper, highlightText(groups.get(id) ?? [])));
      else this.pendingText.add(id);
    });
    for (const e of fresh) this.applied.set(e.paperId, e.stamp);
    this.emitRows(changed, removed, false);
    if (this.index && this.applied.size >= (this.options.saveAfter ?? 500)) await this.saveNow();
  }

  private async highlightsOf(ids: string[]): Promise<Map<string, Highlight[]>> {
    const groups = new Map<string, Highlight[]>();
    if (ids.length === 0) return groups;
    for (const h of await highlightsOfPapers(this.options.db, ids)) {
      const group = groups.get(h.paperId);
      if (group) group.push(h);
      else groups.set(h.paperId, [h]);
    }
    return groups;
  }

  private async reindex(ids: string[]): Promise<void> {
    const papers = await papersById(this.options.db, ids);
    const groups = await this.highlightsOf(ids);
    papers.forEach((paper, i) => {
      if (!this.index) return;
      if (paper) putDoc(this.index, docOf(paper, highlightText(groups.get(paper.id) ?? [])));
      else dropDoc(this.index, ids[i]!);
    });
  }

  private async saveNow(): Promise<void> {
    if (!this.index) return;
    const covered = [...this.applied].map(([paperId, stamp]) => ({ paperId, stamp, highlights: false }));
    const savedAt = (this.options.now ?? Date.now)();
    const rows = JSON.stringify({ catalogueKey: this.catalogueKey, rows: [...this.rows.values()] });
    const index = await saveTextIndex(this.index, this.options.yieldNow ?? (() => new Promise((r) => setTimeout(r, 0))));
    await saveIndexParts(this.options.db, [
      { id: 'rows', format: INDEX_FORMAT, savedAt, data: rows },
      { id: 'index', format: INDEX_FORMAT, savedAt, data: index },
    ]);
    await forgetChanges(this.options.db, covered);
    for (const c of covered) if (this.applied.get(c.paperId) === c.stamp) this.applied.delete(c.paperId);
  }
}
