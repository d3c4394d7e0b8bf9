/**
 * Reading a JSON object literal assigned in an inline script (`x.metadata={…};`), as IEEE
 * Xplore embeds its records. The text is scanned for the object's end and JSON.parse'd:
 * nothing of the page is ever evaluated.
 */

// Records are tens of KB; a bigger script is cut, so a hostile page costs little.
const MAX_SCAN = 1_000_000;

/** The JSON object that follows `marker` (after `=`) in `text`; undefined if absent or not valid JSON. */
export function jsonObjectAfter(text: string, marker: string): Record<string, unknown> | undefined {
  const at = text.indexOf(marker);
  const start = at < 0 ? -1 : text.indexOf('{', at + marker.length);
  if (start < 0 || !/^\s*=\s*$/.test(text.slice(at + marker.length, start))) return undefined;
  let depth = 0;
  let inString = false;
  const end = Math.min(text.length, start + MAX_SCAN);
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      try {
        const value: unknown = JSON.parse(text.slice(start, i + 1));
        return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
