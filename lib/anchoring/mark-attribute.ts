/**
 * The attribute naming a mark's highlight id, apart from the drawing code (./highlight.ts):
 * the content script on every paper page needs the name alone, and importing it from there
 * would run that module's set-up (its style rules) on every page.
 */
export const MARK_ATTRIBUTE = 'data-marginalia-highlight';
