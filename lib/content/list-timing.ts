/** User-timing measures of the listing marks' main-thread work (scripts/bench/listing.ts reads them in Chromium). */
export const LIST_MEASURES = { extract: 'marginalia:list-extract', render: 'marginalia:list-render' } as const;
