import { Fragment, useMemo } from 'react';
import { matchRanges, splitByRanges } from '@/lib/search/marks';

/** Text with the searched words wrapped in <mark> elements — built as React text nodes, never as HTML. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const pieces = useMemo(() => splitByRanges(text, matchRanges(text, terms)), [text, terms]);
  return (
    <>
      {pieces.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <Fragment key={i}>{p.text}</Fragment>))}
    </>
  );
}
