import { useId, useRef, useState, type KeyboardEvent } from 'react';

/** Props of TagEditor. */
export interface TagEditorProps {
  tags: string[];
  /** Every tag in the library, for autocomplete. */
  suggestions: string[];
  onChange(tags: string[]): void;
}

/**
 * Tags as removable chips plus an input that adds a tag on Enter or comma, suggesting
 * the library's existing tags (a native datalist, so arrows and Enter work as usual).
 * Backspace in an empty input removes the last tag.
 */
export function TagEditor({ tags, suggestions, onChange }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const listId = useId();
  // The tags last asked for: a second tag typed before the first one's save comes back as
  // props must build on it, not on the stale props (which would drop the first tag).
  const asked = useRef({ props: tags, latest: tags });
  if (asked.current.props !== tags) asked.current = { props: tags, latest: tags };
  const add = (raw: string) => {
    const tag = raw.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
    const current = asked.current.latest;
    if (tag && !current.some((t) => t.toLowerCase() === tag.toLowerCase())) {
      asked.current.latest = [...current, tag];
      onChange(asked.current.latest);
    }
    setDraft('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add(draft);
    } else if (e.key === 'Backspace' && draft === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };
  const unused = suggestions.filter((s) => !tags.includes(s));
  return (
    <div className="field">
      <span id={`${listId}-label`}>Tags</span>
      <ul className="tags" aria-label="Tags of this paper">
        {tags.map((tag) => (
          <li key={tag} className="tag" data-testid="tag">
            {tag}
            <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        data-testid="tag-input"
        aria-labelledby={`${listId}-label`}
        list={listId}
        value={draft}
        placeholder={tags.length ? 'Add another tag' : 'Add a tag and press Enter'}
        maxLength={64}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => draft.trim() && add(draft)}
      />
      <datalist id={listId}>
        {unused.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  );
}
