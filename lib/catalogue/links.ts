import type { CatalogueLink } from '../paper';

// A URL runs to the next white space; what it ends with is checked separately below.
const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
// Sentence punctuation that follows a URL in prose ("available at https://x/y.") is not part of it.
const TRAILING_PUNCTUATION = /[.,;:!?'"]+$/;
const CODE_HOSTS = /^(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|huggingface\.co)$/;

/** Drops sentence punctuation (and an unbalanced closing parenthesis) from the end of a URL. */
export function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const before = url;
    url = url.replace(TRAILING_PUNCTUATION, '');
    const opens = url.split('(').length - 1;
    if (url.endsWith(')') && url.split(')').length - 1 > opens) url = url.slice(0, -1);
    if (url === before) return url;
  }
}

/** Classifies a link: code repositories by host, `*.github.io` and "project page" as project pages. */
export function linkKind(url: string, context = ''): CatalogueLink['kind'] {
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'other';
  }
  if (CODE_HOSTS.test(host)) return 'code';
  if (host.endsWith('.github.io') || /project (page|website)/i.test(context)) return 'project';
  return 'other';
}

/** Finds the links in a piece of prose, in order and without duplicates. */
export function extractLinks(text: string): CatalogueLink[] {
  const links: CatalogueLink[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    if (url.length <= 'https://'.length || links.some((l) => l.url === url)) continue;
    const context = text.slice(Math.max(0, (match.index ?? 0) - 80), match.index);
    links.push({ url, kind: linkKind(url, context) });
  }
  return links;
}
