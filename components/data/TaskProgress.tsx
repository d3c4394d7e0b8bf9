import type { TaskState } from '@/lib/ui/use-long-task';

const PHASES = { read: 'Reading', convert: 'Converting', write: 'Writing' } as const;

/** Props of TaskProgress. */
export interface TaskProgressProps {
  state: TaskState;
  onCancel(): void;
}

/** The running task with its progress and a cancel button; the last outcome; errors in an alert. */
export function TaskProgress({ state, onCancel }: TaskProgressProps) {
  const p = state.progress;
  return (
    <>
      {state.running && (
        <div className="data-task" data-testid="task-progress">
          <span>{state.running}</span>
          <progress max={p?.total || 1} value={p ? p.done : undefined} aria-label={state.running} />
          <span className="muted">{p ? `${PHASES[p.phase]} ${p.done.toLocaleString()} / ${p.total.toLocaleString()}` : 'Starting…'}</span>
          <button type="button" data-testid="task-cancel" onClick={onCancel}>Cancel</button>
        </div>
      )}
      {state.error && (
        <div role="alert" className="error data-error">
          {state.error.split('\n').map((line, i) => <p key={i}>{line}</p>)}
        </div>
      )}
      {state.done && <p role="status" className="data-done" data-testid="data-status">{state.done}</p>}
    </>
  );
}
