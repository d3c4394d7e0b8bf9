import { titleKey } from './catalogue/normalize';
import type { PaperIds } from './paper';

/** What a paper's aliases are computed from: its ids and its title. */
export interface AliasSource {
  ids: PaperIds;
  title?: string;
}

/**
 * Every key a paper can be found by: each id prefixed by its kind, and the title key.
 * The same paper met on arXiv and on OpenReview shares at least one of these.
 */
export function aliasesOf(source: AliasSource): string[] {
  const aliases: string[] = [];
  for (const [kind, value] of Object.entries(source.ids)) {
    if (typeof value === 'string' && value) aliases.push(`${kind}:${value.toLowerCase()}`);
  }
  const key = source.title ? titleKey(source.title) : '';
  // Very short titles ("Introduction") would join unrelated papers, so they are no alias.
  if (key.length >= 12) aliases.push(`title:${key}`);
  return aliases;
}
