import type { TagColor } from '@/lib/db/tags';

/** A paper's tags as small coloured chips. */
export function TagChips({ tags, colors }: { tags: readonly string[]; colors: Readonly<Record<string, TagColor>> }) {
  return (
    <>
      {tags.map((tag) => (
        <span key={tag} className={`tag-chip c-${colors[tag] ?? 'gray'}`}>
          {tag}
        </span>
      ))}
    </>
  );
}
