/**
 * Makes the reader's fixture PDFs (tests/fixtures/pdf/) with pdf-lib: paper-like documents
 * with known text (title on page 1, a heading and several paragraphs per page, an outline,
 * and one marker sentence per page that tests can find and highlight), plus a PDF that asks
 * for a password. Deterministic: the same bytes on every run.
 * Run: `npx tsx scripts/make-pdf-fixtures.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, StandardFonts, type PDFFont, type PDFRef } from 'pdf-lib';

/** Where the fixtures go. */
export const PDF_FIXTURES = 'tests/fixtures/pdf';

/** A generated paper: its title, authors and each page's heading and paragraphs. */
export interface FixturePaper {
  title: string;
  authors: string[];
  pages: Array<{ heading: string; paragraphs: string[] }>;
}

/** The sentence on page `index` (0-based) that tests highlight: unique in the document. */
export function markerSentence(index: number): string {
  return `The marker sentence of page ${index + 1} is placed here so that tests can find it.`;
}

const WORDS = {
  subject: ['The model', 'Our method', 'The encoder', 'This layer', 'The baseline', 'Each head', 'The optimiser', 'The attention map'],
  verb: ['reduces', 'improves', 'stabilises', 'measures', 'predicts', 'aligns', 'compresses', 'explains'],
  object: ['the training loss', 'long-range dependencies', 'the error on held-out data', 'the cost of each step', 'the variance of the gradient', 'the translation quality', 'the memory footprint', 'the rank of the weights'],
  tail: ['on every benchmark we tried.', 'without extra parameters.', 'when the sequence grows long.', 'at a fraction of the compute.', 'as the ablation in the table shows.', 'for both small and large batches.', 'in line with earlier reports.', 'once the warm-up phase ends.'],
};

/** A small seeded generator (mulberry32), so that fixtures never change between runs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A paper of `pageCount` pages with deterministic text. */
export function fixturePaper(title: string, pageCount: number, seed = 1): FixturePaper {
  const next = random(seed);
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
  const sentence = () => `${pick(WORDS.subject)} ${pick(WORDS.verb)} ${pick(WORDS.object)} ${pick(WORDS.tail)}`;
  const paragraph = (n: number) => Array.from({ length: n }, sentence).join(' ');
  const pages = Array.from({ length: pageCount }, (_, i) => ({
    heading: i === 0 ? 'Abstract' : `${i}. Section ${i}`,
    paragraphs: [paragraph(4), `${markerSentence(i)} ${paragraph(3)}`, paragraph(5), paragraph(4), ...(i === 0 ? [] : [paragraph(4)])],
  }));
  return { title, authors: ['Ada Example', 'Brook Sample', 'Casey Fixture'], pages };
}

const PAGE = { width: 612, height: 792, margin: 72 };

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Adds a flat outline: one entry per page heading, pointing at the heading's height. */
function addOutline(doc: PDFDocument, entries: Array<{ title: string; page: PDFRef; top: number }>): void {
  const root = doc.context.nextRef();
  const refs = entries.map(() => doc.context.nextRef());
  entries.forEach((entry, i) => {
    const dest = doc.context.obj([entry.page, PDFName.of('XYZ'), PDFNull, PDFNumber.of(entry.top), PDFNull]);
    const item = doc.context.obj({ Title: PDFHexString.fromText(entry.title), Parent: root, Dest: dest });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    doc.context.assign(refs[i]!, item);
  });
  doc.context.assign(root, doc.context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs[refs.length - 1]!, Count: refs.length }));
  doc.catalog.set(PDFName.of('Outlines'), root);
}

/** The PDF of a fixture paper; `info: false` leaves the document information without a title. */
export async function makePaperPdf(paper: FixturePaper, options: { info?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  if (options.info !== false) {
    doc.setTitle(paper.title);
    doc.setAuthor(paper.authors.join(', '));
  }
  doc.setCreationDate(new Date('2024-01-01T00:00:00Z'));
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const width = PAGE.width - 2 * PAGE.margin;
  const outline: Array<{ title: string; page: PDFRef; top: number }> = [];
  paper.pages.forEach((content, index) => {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    let y = PAGE.height - PAGE.margin;
    if (index === 0) {
      for (const line of wrap(paper.title, bold, 20, width)) {
        page.drawText(line, { x: PAGE.margin, y, size: 20, font: bold });
        y -= 26;
      }
      page.drawText(paper.authors.join(', '), { x: PAGE.margin, y: y - 4, size: 11, font: regular });
      y -= 36;
    }
    outline.push({ title: content.heading, page: page.ref, top: y + 14 });
    page.drawText(content.heading, { x: PAGE.margin, y, size: 13, font: bold });
    y -= 22;
    for (const paragraph of content.paragraphs) {
      for (const line of wrap(paragraph, regular, 10.5, width)) {
        page.drawText(line, { x: PAGE.margin, y, size: 10.5, font: regular });
        y -= 14;
      }
      y -= 8;
    }
    page.drawText(String(index + 1), { x: PAGE.width / 2 - 3, y: 40, size: 9, font: regular });
  });
  addOutline(doc, outline);
  return doc.save({ useObjectStreams: false });
}

/**
 * A one-page PDF whose encryption dictionary no empty password opens: pdf.js asks for a
 * password. Written by hand (pdf-lib does not encrypt), with a correct cross-reference table.
 */
export function passwordPdf(): Uint8Array {
  const hex32 = 'A1'.repeat(32);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${hex32}> /P -4 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'0F'.repeat(16)}> <${'0F'.repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** The fixtures: file name, and how each is made. */
export const FIXTURES: Record<string, () => Promise<Uint8Array>> = {
  // The e2e paper: the arXiv id of tests/fixtures/pages' "Attention Is All You Need" page, its title.
  'paper.pdf': () => makePaperPdf(fixturePaper('Attention Is All You Need', 6, 7)),
  // Without document information: the reader must read the title off the first page.
  'no-info.pdf': () => makePaperPdf(fixturePaper('Sparse Marginal Routing for Efficient Readers', 3, 11), { info: false }),
  // The benchmark's long paper.
  'bench-30.pdf': () => makePaperPdf(fixturePaper('A Thirty Page Benchmark Paper on Lazy Rendering', 30, 3)),
  'password.pdf': async () => passwordPdf(),
};

/** Writes every fixture. */
export async function makePdfFixtures(dir = PDF_FIXTURES): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, make] of Object.entries(FIXTURES)) {
    writeFileSync(join(dir, name), await make());
    written.push(join(dir, name));
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const file of await makePdfFixtures()) console.log(`written ${file}`);
}
