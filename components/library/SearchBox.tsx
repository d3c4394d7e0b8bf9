import type { Ref } from 'react';

/** Props of SearchBox. */
export interface SearchBoxProps {
  value: string;
  onChange(text: string): void;
  /** Arrow down leaves the box for the results. */
  onArrowDown(): void;
  problems: readonly string[];
  ref?: Ref<HTMLInputElement>;
}

/** The library's search box: words, and `tag:`, `status:`, `year:`, `site:`, `catalogue:` filters. */
export function SearchBox({ value, onChange, onArrowDown, problems, ref }: SearchBoxProps) {
  return (
    <div className="lib-search">
      <input
        ref={ref}
        type="search"
        data-testid="library-search"
        aria-label="Search your library"
        aria-describedby="library-search-hint"
        placeholder="Search titles, authors, abstracts, notes, highlights…   ( / )"
        value={value}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            onArrowDown();
          } else if (e.key === 'Escape' && value) {
            e.stopPropagation();
            onChange('');
          }
        }}
      />
      <p id="library-search-hint" className="hint muted">
        {problems.length ? problems.join(' ') : 'Filters: tag:nlp status:to-read year:2020..2023 site:arxiv catalogue:any — a leading - excludes.'}
      </p>
    </div>
  );
}
