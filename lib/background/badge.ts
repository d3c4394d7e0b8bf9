import type { TabState } from '../messaging';
import type { LibraryEntry } from '../paper';
import { STATUS_LABELS } from '../paper';

/** What the toolbar button shows for one tab. */
export interface Badge {
  text: string;
  color: string;
  title: string;
}

const STATUS_BADGE: Record<LibraryEntry['status'], string> = { 'to-read': 'TO', reading: 'RDG', read: '✓' };

/** The badge for a tab: your list (with status) first, then catalogue membership, else nothing. */
export function badgeFor(state: TabState | undefined, entry: LibraryEntry | undefined): Badge {
  if (entry) {
    return { text: STATUS_BADGE[entry.status], color: '#1a7f37', title: `Marginalia: in your list (${STATUS_LABELS[entry.status]})` };
  }
  if (state?.match) {
    return { text: 'CAT', color: '#0969da', title: `Marginalia: in catalogue "${state.match.catalogueName}"` };
  }
  if (state?.phase === 'paper' || state?.phase === 'loading-metadata' || state?.phase === 'metadata-unavailable') {
    return { text: '', color: '#6e7781', title: 'Marginalia: a paper, not in your list' };
  }
  return { text: '', color: '#6e7781', title: 'Marginalia' };
}
