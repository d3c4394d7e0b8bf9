import { useLiveQuery } from 'dexie-react-hooks';
import type { MarginaliaDB } from '@/lib/db/database';
import { useLongTask } from '@/lib/ui/use-long-task';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { TaskProgress } from './TaskProgress';
import './data.css';

/** Props of DataPanel. */
export interface DataPanelProps {
  db: MarginaliaDB;
  /** Papers selected in the library page: exports can be limited to them. */
  selectedIds?: string[];
}

/** Export and import of the whole library (or a selection), with progress, cancel and errors. */
export function DataPanel({ db, selectedIds }: DataPanelProps) {
  const paperCount = useLiveQuery(() => db.papers.count(), [db]);
  const task = useLongTask();
  const busy = task.state.running !== null;
  return (
    <div className="data-panel" aria-busy={busy}>
      {paperCount === undefined ? (
        <p className="muted" role="status">Counting your papers…</p>
      ) : (
        <ExportSection db={db} selectedIds={selectedIds} paperCount={paperCount} busy={busy} run={task.run} />
      )}
      <ImportSection db={db} busy={busy} run={task.run} />
      <TaskProgress state={task.state} onCancel={task.cancel} />
    </div>
  );
}
