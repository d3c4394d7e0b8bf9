/**
 * Pages of one saved table, read on demand, for index code that runs synchronously. The
 * code asks for what it needs; a page not yet read is noted as wanted and the answer is
 * left incomplete. `untilComplete` then reruns that code after each batch of reads until
 * it has run without wanting a page, so the matcher's logic stays one synchronous piece
 * whether its arrays are in memory or still in IndexedDB (issue #8: a fresh service worker
 * answers fuzzy lookups from a few pages instead of waiting for the ~145 MB full index).
 */

/** Reads pages by number, in the order asked; a missing page is undefined. */
export type PageReader<P> = (pages: number[]) => Promise<(P | undefined)[]>;

/** The pages of one table read so far, and those wanted since the last fetch. */
export class PageSet<P> {
  private readonly pages = new Map<number, P>();
  private readonly wanted = new Set<number>();

  constructor(private readonly read: PageReader<P>) {}

  /** Page `n` if it has been read; otherwise undefined, and the page is noted as wanted. */
  page(n: number): P | undefined {
    const page = this.pages.get(n);
    if (page === undefined) this.wanted.add(n);
    return page;
  }

  /** Whether a page was wanted since the last fetch. */
  get wanting(): boolean {
    return this.wanted.size > 0;
  }

  /** Reads every wanted page, in one call to the reader. */
  async fetch(): Promise<void> {
    const wanted = [...this.wanted];
    this.wanted.clear();
    if (!wanted.length) return;
    const got = await this.read(wanted);
    wanted.forEach((n, i) => {
      const page = got[i];
      // Only a catalogue deleted mid-lookup could lose a page: fail rather than miss a hit.
      if (page === undefined) throw new Error('The saved catalogue index is incomplete.');
      this.pages.set(n, page);
    });
  }
}

/**
 * Runs `pass` (synchronous, reading through `sets`) until one run wants no page it lacks,
 * reading the wanted pages of every set at once between runs; returns that run's result.
 * Each round reads at least one new page, so this ends (there are finitely many).
 */
export async function untilComplete<T>(sets: readonly PageSet<unknown>[], pass: () => T): Promise<T> {
  for (;;) {
    const result = pass();
    if (!sets.some((s) => s.wanting)) return result;
    await Promise.all(sets.map((s) => s.fetch()));
  }
}
