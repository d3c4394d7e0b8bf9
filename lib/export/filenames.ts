/** File names for exported notes that every OS and Obsidian accept. */

// Forbidden on Windows (\/:*?"<>|) or meaningful in Obsidian links (#^[]), and controls.
const FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g;
// Names Windows reserves whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_NAME = 100;

/** A title as a safe base name: forbidden characters removed, at most 100 characters, never empty. */
export function safeBaseName(title: string, fallback = 'untitled'): string {
  let name = title.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...name];
  if (chars.length > MAX_NAME) name = chars.slice(0, MAX_NAME).join('').trim();
  // Windows drops trailing dots and spaces; a leading dot hides the file on Unix.
  name = name.replace(/^[.\s]+|[.\s]+$/g, '');
  if (!name) name = fallback;
  return RESERVED.test(name) ? `${name}_` : name;
}

/** One unique file name per title, in order; clashes (ignoring case, as macOS and Windows do) get ` (2)`, ` (3)`… */
export function uniqueFileNames(titles: readonly string[], extension: string): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const base = safeBaseName(title);
    let name = `${base}.${extension}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n}).${extension}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** `marginalia-YYYY-MM-DD<suffix>`, the name of a downloaded export (the date in UTC). */
export function exportFileName(now: number, suffix: string): string {
  return `marginalia-${new Date(now).toISOString().slice(0, 10)}${suffix}`;
}
