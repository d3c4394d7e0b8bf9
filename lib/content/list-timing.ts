/**
 * User-timing marks around the listing marks' main-thread work. `npm run bench` reads them
 * in Chromium from a trace, where each mark also carries the main thread's CPU time: on a
 * busy machine the wall-clock time between two marks also counts time the thread waited.
 */

/** The sections of listing work: reading the entries, handing the lookup to the browser, drawing the chips. */
export const LIST_SECTIONS = ['extract', 'send', 'render'] as const;
/** One section of listing work. */
export type ListSection = (typeof LIST_SECTIONS)[number];

/** The user-timing mark name for one edge of a section. */
export const listMarkName = (section: ListSection, edge: 'start' | 'end'): string => `marginalia:list-${section}-${edge}`;

/** Marks the start or end of a section of listing work. */
export function listMark(section: ListSection, edge: 'start' | 'end'): void {
  performance.mark(listMarkName(section, edge));
}
