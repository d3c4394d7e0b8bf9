/**
 * The declarativeNetRequest rules behind "open paper PDFs in the reader": one redirect per
 * site for top-level navigations, and one allow rule of higher priority for addresses carrying
 * the reader's "Open original" marker, so that the original viewer stays one click away.
 * Pure: lib/reader/auto-open.ts installs them.
 */
import { AUTO_OPEN_PATTERNS } from './pdf-links';
import { ORIGINAL_MARKER, READER_PATH } from './reader-url';

/** The subset of a declarativeNetRequest rule these use (structurally the browser's type). */
export interface RedirectRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } } | { type: 'allow' };
  condition: { regexFilter: string; resourceTypes: ['main_frame'] };
}

/** Rule ids owned by the reader (dynamic rule ids are shared by the whole extension). */
export const FIRST_RULE_ID = 5100;
const ALLOW_ID = FIRST_RULE_ID;

/** Every id the reader may have installed, for removal. */
export function readerRuleIds(): number[] {
  return [ALLOW_ID, ...AUTO_OPEN_PATTERNS.map((_, i) => FIRST_RULE_ID + 1 + i)];
}

/**
 * The rules for an extension root (`chrome-extension://<id>/`). The request URL is pasted
 * raw after `?url=` (`\0`): the reader accepts raw addresses, since a rule cannot encode.
 * Chrome matches fragments of navigations, which is what lets the marker through.
 */
export function redirectRules(extensionRoot: string): RedirectRule[] {
  const reader = `${extensionRoot.replace(/\/+$/, '')}${READER_PATH}?url=`;
  return [
    {
      id: ALLOW_ID,
      priority: 2,
      action: { type: 'allow' },
      condition: { regexFilter: `#${ORIGINAL_MARKER}$`, resourceTypes: ['main_frame'] },
    },
    ...AUTO_OPEN_PATTERNS.map((p, i): RedirectRule => ({
      id: FIRST_RULE_ID + 1 + i,
      priority: 1,
      // `.*` keeps the rest of the address (query, #page=N) in the substitution.
      action: { type: 'redirect', redirect: { regexSubstitution: `${reader}\\0` } },
      condition: { regexFilter: `${p.regex}.*`, resourceTypes: ['main_frame'] },
    })),
  ];
}
