import { READING_STATUSES, STATUS_LABELS, type ReadingStatus } from '@/lib/paper';

/** Reading status selector (a native select: keyboard and screen-reader friendly as is). */
export function StatusPicker({ value, onChange }: { value: ReadingStatus; onChange(status: ReadingStatus): void }) {
  return (
    <label className="field">
      <span>Status</span>
      <select data-testid="status" value={value} onChange={(e) => onChange(e.target.value as ReadingStatus)}>
        {READING_STATUSES.map((s) => (
          <option key={s} value={s}>{STATUS_LABELS[s]}</option>
        ))}
      </select>
    </label>
  );
}
