/**
 * The detail pane's paper, read as soon as the pane is committed and kept live. A live
 * query alone starts its first read from a timer, which waits for the frame that shows the
 * pane's title (tens of ms of layout when the table narrows), and answers only once its
 * transaction has completed: the full record came ≈15 ms later than the data could. The
 * first read skips even that wait (paperDetailNow); the live query follows changes.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useLayoutEffect, useState } from 'react';
import type { MarginaliaDB } from '../db/database';
import { paperDetail, paperDetailNow, type PaperDetail } from '../db/paper-detail';

/** The paper and its highlights (undefined while reading, null when not in the list), updated on every change. */
export function usePaperDetail(db: MarginaliaDB, id: string): PaperDetail | null | undefined {
  const [first, setFirst] = useState<{ id: string; detail: PaperDetail | null } | null>(null);
  // The id whose first read is over (answered or failed): the live query starts then.
  const [settled, setSettled] = useState<string | null>(null);
  // A layout effect runs before the frame is drawn, so the read overlaps drawing it.
  useLayoutEffect(() => {
    let live = true;
    paperDetailNow(db, id).then(
      (detail) => {
        if (!live) return;
        setFirst({ id, detail });
        setSettled(id);
      },
      () => live && setSettled(id), // The live query reports the same failure.
    );
    return () => {
      live = false;
    };
  }, [db, id]);
  // Every later change comes from the live query. It starts once the first read is over: its
  // own first read, run alongside, made opening a paper wait for both where reads queue up
  // (18.8 → 52.1 ms in Node's fake-indexeddb), and it reads what changed meanwhile anyway.
  // Both answers carry their id: on a change of id the live query keeps its last answer.
  const ready = settled === id;
  const fresh = useLiveQuery(async () => (ready ? { id, detail: await paperDetail(db, id) } : undefined), [db, id, ready]);
  if (fresh?.id === id) return fresh.detail;
  return first?.id === id ? first.detail : undefined;
}
