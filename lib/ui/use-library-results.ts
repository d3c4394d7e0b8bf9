import { useEffect, useMemo, useRef, useState } from 'react';
import type { LibrarySearch, QueryResult } from '../search/protocol';
import { parseQuery } from '../search/query';
import { DEFAULT_SORT, selectRows, type SortSpec } from '../search/select';
import type { LibraryModelState } from './library-model';

/** The rows to show and how they were found; `pending` while a newer answer is on its way. */
export interface ResultsView extends QueryResult {
  pending: boolean;
  /** The search text these results answer (null before the first answer). */
  answered: string | null;
}

const EMPTY: QueryResult = { ids: [], mode: 'all', terms: [], problems: [] };

/**
 * Asks the search service for the rows matching the box's text in the table's order, again
 * whenever rows change. Keeps showing the last answer until the next one arrives, so the
 * table never flashes empty while typing; answers to outdated questions are dropped.
 */
export function useLibraryResults(search: LibrarySearch, state: LibraryModelState, text: string, sort: SortSpec): ResultsView {
  const [result, setResult] = useState<(QueryResult & { answered: string }) | null>(null);
  const [pending, setPending] = useState(true);
  const asked = useRef(0);
  useEffect(() => {
    if (state.preview) return;
    const id = ++asked.current;
    setPending(true);
    void search.query({ text, sort }).then((answer) => {
      if (id !== asked.current || !answer) return;
      setResult({ ...answer, answered: text });
      setPending(false);
    });
  }, [search, state.preview, state.version, text, sort]);
  // Until the service first answers, the first screen is shown newest first. Once the
  // service's rows arrive, its answer is awaited rather than sorting them all here.
  const waiting = state.preview || result === null;
  const shown = useRef<string[]>([]);
  const preview = useMemo(() => {
    if (!waiting) return null;
    if (state.preview) shown.current = selectRows(state.rows, parseQuery(''), null, DEFAULT_SORT);
    return { ...EMPTY, ids: shown.current.filter((id) => state.rows.has(id)), terms: parseQuery(text).terms, answered: null };
  }, [waiting, state.preview, state.rows, state.version, text]);
  return preview ? { ...preview, pending: true } : { ...result!, pending };
}
