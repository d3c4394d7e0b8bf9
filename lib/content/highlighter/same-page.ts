/**
 * Whether a highlight was made on the page being shown: then not finding it means it is
 * gone ("not found on this page"), while one made on another page of the paper (its abstract
 * page, its PDF) is simply elsewhere. Versions of one arXiv page count as the same page.
 */
export function samePage(source: string, page: string): boolean {
  return pageKey(source) === pageKey(page);
}

function pageKey(url: string): string {
  return url
    .replace(/#.*$/, '')
    .replace(/\/+$/, '')
    .replace(/^http:/, 'https:')
    .replace(/(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})v\d+/, '$1');
}
