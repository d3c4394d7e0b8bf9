/**
 * UI state of the reader (DESIGN.md rule 4: the truth lives in Dexie): which side panel is
 * open, and the page colours. The page colours are remembered in the page's localStorage,
 * a preference of this browser rather than library data.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Page colours: follow the system, or force light pages or inverted (dark) pages. */
export type PageTheme = 'auto' | 'light' | 'dark';

/** The side panel's tabs. */
export type SidePanel = 'highlights' | 'outline';

/** The reader's UI store state. */
export interface ReaderUiState {
  pageTheme: PageTheme;
  panel: SidePanel;
  panelOpen: boolean;
  setPageTheme(theme: PageTheme): void;
  setPanel(panel: SidePanel): void;
  togglePanel(): void;
}

/** The reader's UI store. */
export const useReaderUi = create<ReaderUiState>()(
  persist(
    (set) => ({
      pageTheme: 'auto',
      panel: 'highlights',
      panelOpen: true,
      setPageTheme: (pageTheme) => set({ pageTheme }),
      setPanel: (panel) => set({ panel, panelOpen: true }),
      togglePanel: () => set((s) => ({ panelOpen: !s.panelOpen })),
    }),
    { name: 'marginalia-reader', storage: createJSONStorage(() => localStorage), partialize: (s) => ({ pageTheme: s.pageTheme }) },
  ),
);

/** The next page theme of the toggle: auto → dark → light → auto. */
export function nextPageTheme(theme: PageTheme): PageTheme {
  return theme === 'auto' ? 'dark' : theme === 'dark' ? 'light' : 'auto';
}
