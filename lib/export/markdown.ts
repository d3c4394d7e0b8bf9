/**
 * Markdown for Obsidian and any other Markdown notes app: one note per paper with YAML
 * front matter, then the abstract, the user's note verbatim and the highlights as quotes.
 * The templates are documented in docs/export-formats.md; keep the two in step.
 */
import { HIGHLIGHT_COLORS, type Highlight, type LibraryEntry } from '../paper';
import { paperLinks } from './links';
import { isoDay, pageNumberOf, quoteOf } from './snapshot';
import { frontMatter, yamlBlock, type YamlValue } from './yaml';

/** The metadata every Markdown note starts with, as a YAML mapping. */
export function paperMetadata(entry: LibraryEntry): Record<string, YamlValue> {
  const statusDates: Record<string, YamlValue> = {};
  for (const [status, at] of Object.entries(entry.statusDates)) if (typeof at === 'number') statusDates[status] = isoDay(at);
  const ids: Record<string, YamlValue> = {};
  for (const [kind, value] of Object.entries(entry.ids)) if (typeof value === 'string' && value) ids[kind] = value;
  return {
    title: entry.title,
    authors: entry.authors,
    year: entry.year,
    venue: entry.venue || undefined,
    ids,
    links: paperLinks(entry),
    tags: entry.tags,
    status: entry.status,
    added: isoDay(entry.addedAt),
    updated: isoDay(entry.updatedAt),
    status_dates: statusDates,
    marginalia_id: entry.id,
  };
}

function colourLabel(h: Highlight): string {
  const name = HIGHLIGHT_COLORS.includes(h.color) ? h.color : 'yellow';
  const page = pageNumberOf(h);
  return `${name[0]!.toUpperCase()}${name.slice(1)}${page ? ` · p. ${page}` : ''}`;
}

/** One highlight as an Obsidian quote callout (a plain blockquote elsewhere), its comment below it. */
export function highlightMarkdown(h: Highlight): string {
  const text = quoteOf(h);
  // Most quotes are one line; only the others need splitting.
  const lines = /[\r\n]/.test(text) ? text.split(/\r\n|\r|\n/).map((line) => (line ? `> ${line}` : '>')).join('\n') : text ? `> ${text}` : '>';
  const quote = `> [!quote] ${colourLabel(h)}\n${lines}\n`;
  return h.comment ? `${quote}\n${h.comment}\n` : quote;
}

function body(entry: LibraryEntry, highlights: readonly Highlight[], level: string): string {
  let out = '';
  if (entry.abstract) out += `\n${level} Abstract\n\n${entry.abstract}\n`;
  if (entry.note) out += `\n${level} Note\n\n${entry.note}${entry.note.endsWith('\n') ? '' : '\n'}`;
  if (highlights.length) out += `\n${level} Highlights\n\n${highlights.map(highlightMarkdown).join('\n')}`;
  return out;
}

const heading = (title: string) => title.replace(/\s+/g, ' ').trim();

/** One paper as a Markdown file: front matter, a title heading, abstract, note and highlights. */
export function paperMarkdown(entry: LibraryEntry, highlights: readonly Highlight[]): string {
  return `${frontMatter(paperMetadata(entry))}\n# ${heading(entry.title)}\n${body(entry, highlights, '##')}`;
}

/** One paper as a section of the combined file: the metadata moves into a fenced YAML block. */
export function paperSection(entry: LibraryEntry, highlights: readonly Highlight[]): string {
  return `## ${heading(entry.title)}\n\n\`\`\`yaml\n${yamlBlock(paperMetadata(entry))}\`\`\`\n${body(entry, highlights, '###')}`;
}

/** The heading of the combined file. */
export function combinedHeader(count: number, now: number): string {
  return `# Marginalia export\n\n${count} paper${count === 1 ? '' : 's'}, exported ${isoDay(now)}.\n`;
}
