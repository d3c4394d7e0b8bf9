import { describe, expect, it } from 'vitest';
import { detectFromUrl, SITE_ADAPTERS } from '@/lib/detect';
import { AUTO_OPEN_PATTERNS, isAutoOpenPdf, looksLikePdf } from '@/lib/reader/pdf-links';
import { readerRuleIds, redirectRules } from '@/lib/reader/redirect-rules';

describe('auto-open patterns', () => {
  it.each(AUTO_OPEN_PATTERNS.flatMap((p) => p.testUrls.map((u) => [p.site, u] as const)))('%s opens %s', (_site, url) => {
    expect(isAutoOpenPdf(url)).toBe(true);
    // Every auto-opened PDF is one whose paper the address names.
    expect(detectFromUrl(url)?.kind).toBe('pdf');
  });

  it('leaves abstract, HTML and listing pages alone', () => {
    const pages = SITE_ADAPTERS.flatMap((a) => a.testUrls).filter((u) => !/\.pdf$|\/pdf[/?]/.test(u));
    expect(pages.length).toBeGreaterThan(10);
    for (const url of pages) expect(isAutoOpenPdf(url), url).toBe(false);
  });

  it('does not claim supplementary files or other hosts', () => {
    expect(isAutoOpenPdf('https://example.org/paper.pdf')).toBe(false);
    expect(isAutoOpenPdf('https://arxiv.org.evil.com/pdf/2411.11927')).toBe(false);
    expect(isAutoOpenPdf('https://openaccess.thecvf.com/content/CVPR2023/supplemental/X_CVPR_2023_supplemental.pdf')).toBe(false);
    expect(looksLikePdf('https://example.org/files/paper.PDF?download=1')).toBe(true);
    expect(looksLikePdf('https://example.org/paper.html')).toBe(false);
  });
});

describe('redirect rules', () => {
  const rules = redirectRules('chrome-extension://abc/');
  const match = (url: string) => rules.filter((r) => new RegExp(r.condition.regexFilter).test(url)).sort((a, b) => b.priority - a.priority)[0];

  it('redirects top-level navigations to the reader with the raw address', () => {
    const url = 'https://arxiv.org/pdf/1706.03762v7';
    const rule = match(url)!;
    expect(rule.action.type).toBe('redirect');
    expect(rule.condition.resourceTypes).toEqual(['main_frame']);
    // RE2's \0 is the whole match, as JavaScript's $& is.
    const substitution = rule.action.type === 'redirect' ? rule.action.redirect.regexSubstitution : '';
    const target = url.replace(new RegExp(rule.condition.regexFilter), (whole) => substitution.replace('\\0', () => whole));
    expect(target).toBe('chrome-extension://abc/reader.html?url=https://arxiv.org/pdf/1706.03762v7');
  });

  it('lets the original through when it carries the marker', () => {
    expect(match('https://arxiv.org/pdf/1706.03762#marginalia-original')!.action.type).toBe('allow');
    expect(match('https://openreview.net/pdf?id=x#marginalia-original')!.action.type).toBe('allow');
  });

  it('owns a fixed block of rule ids', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(readerRuleIds().sort()).toEqual([...ids].sort());
  });
});
