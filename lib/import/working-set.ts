/** The library as an import sees it while planning: papers by id and by alias, and what changed. */
import type { LibraryEntry } from '../paper';
import { same } from './same';

/** A mutable view of the library during planning; nothing here touches the database. */
export class WorkingSet {
  private readonly byId = new Map<string, LibraryEntry>();
  private readonly byAlias = new Map<string, string>();
  private readonly original = new Map<string, LibraryEntry>();
  private readonly added = new Set<string>();
  private readonly matched = new Set<string>();

  constructor(papers: readonly LibraryEntry[]) {
    for (const p of papers) {
      this.byId.set(p.id, p);
      this.original.set(p.id, p);
      this.index(p);
    }
  }

  private index(p: LibraryEntry): void {
    // The first paper to claim an alias keeps it, as findPaper's `.first()` would.
    for (const alias of p.aliases) if (!this.byAlias.has(alias)) this.byAlias.set(alias, p.id);
  }

  /** The paper with this id, or else the first one sharing an alias. */
  find(id: string | undefined, aliases: readonly string[]): LibraryEntry | undefined {
    const byId = id !== undefined ? this.byId.get(id) : undefined;
    if (byId) return byId;
    for (const alias of aliases) {
      const owner = this.byAlias.get(alias);
      if (owner) return this.byId.get(owner);
    }
    return undefined;
  }

  /** Whether an alias already belongs to another paper than `id` (then it is left to that paper). */
  takenByOther(alias: string, id: string): boolean {
    const owner = this.byAlias.get(alias);
    return owner !== undefined && owner !== id;
  }

  /** Records a new paper. */
  add(p: LibraryEntry): void {
    this.byId.set(p.id, p);
    this.added.add(p.id);
    this.index(p);
  }

  /** Replaces a paper found by `find` with its merged version. */
  replace(p: LibraryEntry): void {
    this.byId.set(p.id, p);
    if (!this.added.has(p.id)) this.matched.add(p.id);
    this.index(p);
  }

  /** The papers to write and the counts: added, updated (differs from before), unchanged (matched, same). */
  result(): { papers: LibraryEntry[]; added: number; updated: number; unchanged: number } {
    const papers: LibraryEntry[] = [];
    let updated = 0;
    for (const id of this.added) papers.push(this.byId.get(id)!);
    for (const id of this.matched) {
      const now = this.byId.get(id)!;
      if (same(now, this.original.get(id))) continue;
      papers.push(now);
      updated++;
    }
    return { papers, added: this.added.size, updated, unchanged: this.matched.size - updated };
  }
}
