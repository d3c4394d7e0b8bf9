import { describe, expect, it } from 'vitest';
import { makeBackup, serializeBackup } from '@/lib/export/backup';
import { parseBackup } from '@/lib/import/backup';
import { attention, highlight, preprint } from '../export/sample';

const valid = () => JSON.parse(serializeBackup(makeBackup({ papers: [attention, preprint], highlights: [highlight('h1', attention.id, 'x')], tables: {} }, 5, 3)));
const errorsOf = (value: unknown) => {
  const result = parseBackup(typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return result.ok ? [] : result.errors;
};

describe('backup validation', () => {
  it('accepts a backup as written', () => {
    const result = parseBackup(JSON.stringify(valid()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.papers).toEqual([attention, preprint]);
  });

  it.each([
    ['a file that is not JSON', '{"format": "marginalia-backup", ', /not valid JSON \(line 1, column \d+\)/],
    ['another JSON file', { hello: 1 }, /not a Marginalia backup/],
    ['a newer format', { ...valid(), version: 99 }, /newer Marginalia \(backup format 99\)/],
    ['a paper with a bad status', (() => { const b = valid(); b.papers[1].status = 'done'; return b; })(), /^Paper 2 \("FLAME: Frozen.*"\), status: /],
    ['a paper without tags', (() => { const b = valid(); delete b.papers[0].tags; return b; })(), /^Paper 1 \("Attention Is All You Need"\), tags: /],
    ['a javascript: link', (() => { const b = valid(); b.papers[0].url = 'javascript:alert(1)'; return b; })(), /Paper 1 .*url: must not be a javascript:/],
    ['a highlight of an unknown colour', (() => { const b = valid(); b.highlights[0].color = 'black'; return b; })(), /^Highlight 1 \("h1"\), color: /],
    ['a highlight of a missing paper', (() => { const b = valid(); b.highlights[0].paperId = 'nope'; return b; })(), /Highlight 1 \("h1"\) belongs to a paper that is not in the backup/],
    ['two papers with one id', (() => { const b = valid(); b.papers[1].id = b.papers[0].id; return b; })(), /Paper 2 .* repeats the id "p-attention"/],
    ['a note of over a million characters', (() => { const b = valid(); b.papers[0].note = 'x'.repeat(1_000_001); return b; })(), /Paper 1 .*note: Too big/],
  ])('refuses %s, naming the entry', (_what, value, message) => {
    expect(errorsOf(value).join('\n')).toMatch(message);
  });

  it('lists at most ten problems and counts the rest', () => {
    const b = valid();
    b.papers = Array.from({ length: 30 }, (_, i) => ({ ...attention, id: `p${i}`, status: 'bad' }));
    b.highlights = [];
    const errors = errorsOf(b);
    expect(errors).toHaveLength(11);
    expect(errors[10]).toBe('…and 20 more problems.');
  });
});
