/**
 * The document outline (bookmarks) with each entry's page resolved, so that the outline
 * panel can jump without asking pdf.js again. Destinations come as names, explicit arrays
 * `[pageRef, {name: 'XYZ'}, left, top, zoom]`, or page numbers; unresolvable ones are kept
 * without a page (shown, not clickable). Takes the document as a narrow interface.
 */

/** One outline entry as pdf.js gives it (the fields used here). */
export interface RawOutlineNode {
  title: string;
  dest: string | unknown[] | null;
  url?: string | null;
  items: RawOutlineNode[];
}

/** What resolving needs of a pdf.js document. */
export interface OutlineSource {
  getOutline(): Promise<RawOutlineNode[] | null>;
  getDestination(id: string): Promise<unknown[] | null>;
  getPageIndex(ref: { num: number; gen: number }): Promise<number>;
}

/** An outline entry ready to show: page (0-based) and, when the destination says, the top in PDF points. */
export interface OutlineEntry {
  title: string;
  page: number | null;
  top: number | null;
  items: OutlineEntry[];
}

/** Most entries resolved: outlines of whole books have thousands. */
const MAX_ENTRIES = 2000;

const isRef = (v: unknown): v is { num: number; gen: number } =>
  typeof v === 'object' && v !== null && typeof (v as { num?: unknown }).num === 'number' && typeof (v as { gen?: unknown }).gen === 'number';

/** The page and top of an explicit destination. */
async function resolveDest(doc: OutlineSource, dest: RawOutlineNode['dest']): Promise<{ page: number | null; top: number | null }> {
  const none = { page: null, top: null };
  try {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    if (!Array.isArray(explicit) || explicit.length === 0) return none;
    const [target, kind, , top] = explicit;
    const page = isRef(target) ? await doc.getPageIndex(target) : Number.isInteger(target) ? (target as number) : null;
    const named = (kind as { name?: unknown } | undefined)?.name;
    return { page, top: named === 'XYZ' && typeof top === 'number' ? top : null };
  } catch {
    return none; // A broken destination in one entry must not lose the outline.
  }
}

/** The document's outline with pages resolved; [] when it has none. */
export async function resolveOutline(doc: OutlineSource): Promise<OutlineEntry[]> {
  const raw = (await doc.getOutline().catch(() => null)) ?? [];
  let budget = MAX_ENTRIES;
  const walk = async (nodes: RawOutlineNode[]): Promise<OutlineEntry[]> => {
    const out: OutlineEntry[] = [];
    for (const node of nodes) {
      if (budget-- <= 0) break;
      const { page, top } = await resolveDest(doc, node.dest);
      out.push({ title: node.title.replace(/\s+/g, ' ').trim() || 'Untitled section', page, top, items: await walk(node.items ?? []) });
    }
    return out;
  };
  return walk(raw);
}
