/**
 * A long arXiv HTML paper (about 30,000 words) for the anchoring benchmark, made from the
 * saved fixture pages' paragraphs, varied so that passages repeat only partly, with the
 * inline elements real papers have: citations, links and MathML formulas with TeX annotations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGES = 'tests/fixtures/pages';
const FIXTURES = ['arxiv-html-2411.11927v1.html', 'arxiv-html-2404.04125v2.html', 'arxiv-html-2406.14546v1.html'];

/** The paragraphs of the saved arXiv HTML pages, markup included. */
function paragraphs(): string[] {
  return FIXTURES.flatMap((file) => [...readFileSync(join(PAGES, file), 'utf8').matchAll(/<p class="ltx_p"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!));
}

const math = (n: number) =>
  `<math alttext="x_{${n}}" class="ltx_Math" display="inline"><semantics><msub><mi>x</mi><mn>${n}</mn></msub>` +
  `<annotation encoding="application/x-tex">x_{${n}}</annotation></semantics></math>`;
const cite = (n: number) => `<cite class="ltx_cite ltx_citemacro_citep">[<a class="ltx_ref" href="#bib.bib${n}">${n}</a>]</cite>`;

/** The body HTML of a paper of at least `words` words. */
export function longPaperHtml(words = 32_000): string {
  const pool = paragraphs();
  const out: string[] = ['<article class="ltx_document"><h1 class="ltx_title ltx_title_document">A long paper for the anchoring benchmark</h1>'];
  let count = 0;
  for (let s = 1, n = 0; count < words; s++) {
    out.push(`<section class="ltx_section" id="S${s}"><h2 class="ltx_title ltx_title_section"><span class="ltx_tag">${s} </span>Section ${s}</h2>`);
    for (let p = 1; p <= 12 && count < words; p++, n++) {
      const sentences = pool[n % pool.length]!.split(/(?<=\.) /);
      // Vary each copy: a numbered opening, a citation mid-paragraph, a formula every third one, a link.
      const middle = Math.floor(sentences.length / 2);
      sentences.splice(middle, 0, `As shown in experiment ${s}.${p} ${cite(n)}, the effect holds${n % 3 === 0 ? ` for ${math(n)}` : ''}.`);
      const body = `In setting ${s}.${p}, ${sentences.join(' ')} See <a href="#S${s}">section ${s}</a> for details.`;
      count += body.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
      out.push(`<div class="ltx_para" id="S${s}.p${p}"><p class="ltx_p">${body}</p></div>`);
    }
    out.push('</section>');
  }
  out.push('</article>');
  return out.join('\n');
}
