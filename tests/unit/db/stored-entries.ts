import type { MarginaliaDB } from '@/lib/db/database';
import type { CatalogueEntry } from '@/lib/paper';

/** Every stored catalogue entry, read out of its block (catalogues in id order, entries in number order). */
export async function storedEntries(db: MarginaliaDB): Promise<CatalogueEntry[]> {
  return (await db.catalogueEntryBlocks.toArray()).flatMap((block) => block.entries.filter(Boolean));
}
