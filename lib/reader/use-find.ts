/**
 * Find in document as React state: the query, its matches over every page's text (read page
 * by page, so that a long PDF is searched without freezing), and the current match, scrolled
 * to and outlined once its page is drawn.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { findMatches, firstMatchFrom, type FindMatch } from './find';
import { clearFindMarks, drawFindMark } from './find-marks';
import type { ReaderModel } from './use-reader';
import { PAGE_ATTRIBUTE } from './page-view';

/** The find bar's state and commands. */
export interface FindModel {
  open: boolean;
  query: string;
  matches: FindMatch[];
  /** Index of the current match in `matches`, or -1. */
  current: number;
  /** Pages read so far while searching (equals the page count when done). */
  searched: number;
  /** Grows each time the find field should take focus (Ctrl+F again while open). */
  focusRequest: number;
  show(): void;
  hide(): void;
  setQuery(query: string): void;
  step(direction: 1 | -1): void;
}

/** Find over the reader's document. */
export function useFind(reader: ReaderModel): FindModel {
  const { viewer } = reader;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<FindMatch[]>([]);
  const [current, setCurrent] = useState(-1);
  const [searched, setSearched] = useState(0);
  const [focusRequest, setFocusRequest] = useState(0);
  const texts = useRef<string[]>([]);
  const startPage = useRef(0);
  startPage.current = reader.page;

  // Reads the pages' text once, the first time the user searches.
  useEffect(() => {
    if (!viewer || !query.trim()) {
      setMatches([]);
      setCurrent(-1);
      return;
    }
    let live = true;
    void (async () => {
      for (let i = texts.current.length; i < viewer.pageCount && live; i++) {
        texts.current[i] = await viewer.textOf(i).catch(() => '');
        if (i % 10 === 9) setSearched(i + 1);
      }
      if (!live) return;
      setSearched(viewer.pageCount);
      const found = findMatches(texts.current, query);
      setMatches(found);
      setCurrent(found.length ? firstMatchFrom(found, startPage.current) : -1);
    })();
    return () => {
      live = false;
    };
  }, [viewer, query]);

  // Shows the current match: its page now, the outline once the page is drawn.
  useEffect(() => {
    const root = reader.pagesRef.current;
    if (!viewer || !root) return;
    clearFindMarks(root);
    const match = matches[current];
    if (!open || !match) return;
    let scrolled = false;
    const draw = (index: number, layer: HTMLDivElement) => {
      if (index !== match.page) return;
      const page = root.querySelector<HTMLElement>(`[${PAGE_ATTRIBUTE}="${index}"]`);
      const box = page && drawFindMark(page, layer, match.start, match.end);
      // Once: a page drawn again later (the user scrolled back, or zoomed) is not scrolled to.
      if (box && !scrolled) box.scrollIntoView({ block: 'center' });
      scrolled ||= !!box;
    };
    const layer = viewer.textLayer(match.page);
    if (layer) draw(match.page, layer);
    else viewer.scrollToPage(match.page);
    return reader.onPageDrawn(draw);
  }, [viewer, matches, current, open, reader.pagesRef, reader.onPageDrawn]);

  const step = useCallback(
    (direction: 1 | -1) => {
      setOpen(true);
      if (matches.length) setCurrent((c) => (c + direction + matches.length) % matches.length);
    },
    [matches.length],
  );

  return {
    open,
    query,
    matches,
    current,
    searched,
    focusRequest,
    show: () => {
      setOpen(true);
      setFocusRequest((n) => n + 1);
    },
    hide: () => setOpen(false),
    setQuery,
    step,
  };
}
