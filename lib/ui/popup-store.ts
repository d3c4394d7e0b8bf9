import { create } from 'zustand';
import type { RemovedPaper } from '../db/library';

/** UI-only state of the popup (DESIGN.md rule 4): the truth lives in Dexie. */
export interface PopupUiState {
  /** A just-removed paper, kept until the user undoes or dismisses the removal. */
  removed: RemovedPaper | null;
  /** The last error to show in the alert region. */
  error: string | null;
  /** Whether the catalogue abstract is expanded. */
  abstractOpen: boolean;
  setRemoved(removed: RemovedPaper | null): void;
  setError(error: string | null): void;
  toggleAbstract(): void;
}

/** The popup's UI store. */
export const usePopupUi = create<PopupUiState>((set) => ({
  removed: null,
  error: null,
  abstractOpen: false,
  setRemoved: (removed) => set({ removed }),
  setError: (error) => set({ error }),
  toggleAbstract: () => set((s) => ({ abstractOpen: !s.abstractOpen })),
}));
