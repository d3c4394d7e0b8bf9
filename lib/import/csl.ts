/** CSL-JSON import (Zotero's "CSL JSON" export, Better CSL JSON, our own export), validated with zod. */
import { z } from 'zod';
import { finishRef, type ImportedRef } from './reference';
import { failure, parseJson, type Parsed } from './result';

const text = z.string().max(1_000_000);
const textOrNumber = z.union([text, z.number()]).transform(String);
const NameSchema = z.looseObject({ family: text.optional(), given: text.optional(), literal: text.optional() });
const DateSchema = z.looseObject({
  'date-parts': z.array(z.array(z.union([z.number(), text]))).optional(),
  raw: text.optional(),
  literal: text.optional(),
});

/** The CSL-JSON fields Marginalia reads; every other field is allowed and ignored. */
const ItemSchema = z.looseObject({
  id: textOrNumber.optional(),
  type: text.optional(),
  title: text.optional(),
  author: z.array(NameSchema).optional(),
  editor: z.array(NameSchema).optional(),
  issued: DateSchema.optional(),
  'container-title': text.optional(),
  DOI: text.optional(),
  URL: text.optional(),
  abstract: text.optional(),
  keyword: text.optional(),
  note: text.optional(),
  number: textOrNumber.optional(),
  archive: text.optional(),
  publisher: text.optional(),
});

type Item = z.infer<typeof ItemSchema>;

function dateText(issued: Item['issued']): string | undefined {
  const year = issued?.['date-parts']?.[0]?.[0];
  return year !== undefined ? String(year) : (issued?.raw ?? issued?.literal);
}

function nameOf(n: z.infer<typeof NameSchema>): string {
  return n.literal ?? [n.given, n.family].filter(Boolean).join(' ');
}

/** Every item of a CSL-JSON file (an array, or one item), or every problem with it. */
export function parseCslJson(input: string): Parsed<ImportedRef[]> {
  const json = parseJson(input);
  if (!json.ok) return json;
  const items = Array.isArray(json.value) ? json.value : [json.value];
  const errors: string[] = [];
  const refs: ImportedRef[] = [];
  items.forEach((raw, i) => {
    const parsed = ItemSchema.safeParse(raw);
    const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id).slice(0, 80) : '';
    const label = `Item ${i + 1}${id ? ` ("${id}")` : ''}`;
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      errors.push(`${label}: ${issue.path.join('.') || 'item'}: ${issue.message}`);
      return;
    }
    const item = parsed.data;
    const ref = finishRef(
      {
        label,
        title: item.title,
        authors: (item.author ?? item.editor ?? []).map(nameOf),
        date: dateText(item.issued),
        venue: item['container-title'],
        abstract: item.abstract,
        url: item.URL,
        tags: item.keyword ? item.keyword.split(/\s*[,;]\s*/) : [],
        note: item.note,
        idSources: { doi: item.DOI, url: item.URL, eprintType: item.archive, texts: [item.number, item.note, item['container-title']] },
      },
      errors,
    );
    if (ref) refs.push(ref);
  });
  if (errors.length) return failure(errors);
  if (!refs.length) return { ok: false, errors: ['No CSL-JSON items were found in this file.'] };
  return { ok: true, value: refs };
}
