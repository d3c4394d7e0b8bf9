import './popup-reader.css';
import { useEffect, useState } from 'react';
import { setAutoOpenReader } from '@/lib/reader/auto-open';
import { autoOpenReader } from '@/lib/settings';

/** The popup's setting: open paper PDFs of the known sites in the reader. */
export function AutoOpenToggle() {
  const [on, setOn] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  // While the browser installs or removes the rules, the box shows the old state and waits.
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void autoOpenReader.getValue().then(setOn);
    return autoOpenReader.watch((value) => setOn(value));
  }, []);
  if (on === null) return null;
  return (
    <div className="auto-open">
      <label>
        <input
          type="checkbox"
          data-testid="auto-open-reader"
          checked={on}
          disabled={busy}
          aria-busy={busy}
          onChange={(e) => {
            const next = e.target.checked;
            setBusy(true);
            setAutoOpenReader(next)
              .then(
                () => {
                  setOn(next);
                  setError(null);
                },
                (err: Error) => setError(`The setting could not be changed: ${err.message}`),
              )
              .finally(() => setBusy(false));
          }}
        />{' '}
        Open arXiv, OpenReview, ACL, NeurIPS, PMLR and CVF PDFs in Marginalia's reader
      </label>
      {error && <p role="alert" className="error">{error}</p>}
    </div>
  );
}
