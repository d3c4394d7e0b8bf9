import type { UndoItem } from '@/lib/ui/library-store';

/** The last undoable change, with Undo and Dismiss; kept until one is chosen. */
export function UndoBar({ undo, onUndo, onDismiss }: { undo: UndoItem | null; onUndo(): void; onDismiss(): void }) {
  if (!undo) return null;
  return (
    <p className="undo-bar" role="status" data-testid="undo-bar">
      {undo.message}
      <button type="button" data-testid="undo" onClick={onUndo}>Undo</button>
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>×</button>
    </p>
  );
}
