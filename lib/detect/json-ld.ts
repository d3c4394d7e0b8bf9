/**
 * schema.org JSON-LD (`<script type="application/ld+json">`), which Semantic Scholar and
 * several publishers use instead of, or beside, citation meta tags. The JSON is the page's:
 * it is parsed (never evaluated), bounded, and every field read is sanitised.
 */
import type { CitationMeta } from './meta';
import { cleanAbstract, cleanAuthors, cleanTitle, cleanText, normalizeDoi, yearOf } from './sanitize';

// JSON-LD blocks of real pages are a few KB; anything far larger is not worth parsing.
const MAX_JSON = 500_000;
const ARTICLE_TYPES = /^(ScholarlyArticle|Article|Report|Thesis|Chapter|MedicalScholarlyArticle)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: { [key: string]: Json }): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

// Depth-first, bounded: a hostile page may nest deeply or repeat itself.
function findArticle(node: Json | undefined, depth = 0): { [key: string]: Json } | undefined {
  if (depth > 6 || node === undefined) return undefined;
  if (Array.isArray(node)) {
    for (const item of node.slice(0, 50)) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!isObject(node)) return undefined;
  if (typesOf(node).some((t) => ARTICLE_TYPES.test(t))) return node;
  return findArticle(node['@graph'], depth + 1) ?? findArticle(node['mainEntity'], depth + 1);
}

function nameOf(value: Json | undefined): unknown {
  return isObject(value) ? value['name'] : value;
}

/** The first scholarly article described in the page's JSON-LD, as citation fields; empty when none. */
export function readJsonLdArticle(doc: Document): Partial<CitationMeta> {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON) continue;
    let article: { [key: string]: Json } | undefined;
    try {
      article = findArticle(JSON.parse(text) as Json);
    } catch {
      continue; // Broken JSON on a page is common; the next block may be fine.
    }
    if (!article) continue;
    const out: Partial<CitationMeta> = { ids: {} };
    const title = cleanTitle(article['name'] ?? article['headline']);
    if (title) out.title = title;
    const authors = article['author'];
    out.authors = cleanAuthors((Array.isArray(authors) ? authors : [authors]).slice(0, 1_000).map(nameOf));
    const year = yearOf(article['datePublished']);
    if (year) out.year = year;
    const abstract = cleanAbstract(article['description'] ?? article['abstract']);
    if (abstract) out.abstract = abstract;
    const venue = cleanTitle(nameOf(article['isPartOf']) ?? article['publication']);
    if (venue) out.venue = venue;
    const doi = normalizeDoi(cleanText(article['doi'] ?? article['sameAs'], 300));
    if (doi) out.ids = { doi };
    return out;
  }
  return {};
}
