import { create } from 'zustand';
import type { PaperState } from '../db/bulk';
import type { RemovedPaper } from '../db/library';
import { RELEVANCE, type SortSpec } from '../search/select';

/** What the main area shows. */
export type LibraryView = 'papers' | 'tags' | 'catalogue';

/** A change the user can still undo, with the message shown for it. */
export type UndoItem =
  | { kind: 'removed'; message: string; removed: RemovedPaper[] }
  | { kind: 'states'; message: string; states: PaperState[] };

/** UI-only state of the library page (DESIGN.md rule 4): the truth lives in Dexie. */
export interface LibraryUiState {
  text: string;
  sort: SortSpec;
  view: LibraryView;
  /** Checked rows, for bulk actions. */
  selected: ReadonlySet<string>;
  /** The last row checked without shift: one end of a shift-click range. */
  anchor: string | null;
  /** The row the arrow keys are on. */
  active: string | null;
  /** The paper shown in the detail pane. */
  open: string | null;
  undo: UndoItem | null;
  error: string | null;
  setText(text: string): void;
  setSort(sort: SortSpec): void;
  setView(view: LibraryView): void;
  /** Checks or unchecks one row; with `range`, every row from the anchor to it (in `order`). */
  toggle(id: string, range: boolean, order: readonly string[]): void;
  select(ids: Iterable<string>): void;
  setActive(id: string | null): void;
  setOpen(id: string | null): void;
  setUndo(undo: UndoItem | null): void;
  setError(error: string | null): void;
}

/** The library page's UI store. */
export const useLibraryUi = create<LibraryUiState>((set) => ({
  text: '',
  sort: RELEVANCE,
  view: 'papers',
  selected: new Set(),
  anchor: null,
  active: null,
  open: null,
  undo: null,
  error: null,
  setText: (text) => set({ text }),
  setSort: (sort) => set({ sort }),
  setView: (view) => set({ view }),
  toggle: (id, range, order) =>
    set((s) => {
      const next = new Set(s.selected);
      const from = s.anchor ? order.indexOf(s.anchor) : -1;
      const to = order.indexOf(id);
      if (range && from >= 0 && to >= 0) {
        // A range takes the anchor's state, as in file managers.
        const on = s.selected.has(s.anchor!);
        for (const rid of order.slice(Math.min(from, to), Math.max(from, to) + 1)) {
          if (on) next.add(rid);
          else next.delete(rid);
        }
        return { selected: next };
      }
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return { selected: next, anchor: id };
    }),
  select: (ids) => set({ selected: new Set(ids), anchor: null }),
  setActive: (active) => set({ active }),
  setOpen: (open) => set({ open }),
  setUndo: (undo) => set({ undo }),
  setError: (error) => set({ error }),
}));

/** The store's initial state, for tests. */
export const initialLibraryUi = useLibraryUi.getState();
