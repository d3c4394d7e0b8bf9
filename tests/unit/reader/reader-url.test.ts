import { describe, expect, it } from 'vitest';
import { originalUrl, pageFromHash, pdfUrlFrom, readerUrl, withoutFragment } from '@/lib/reader/reader-url';

const ROOT = 'chrome-extension://abc/';

describe('reader URLs', () => {
  it('round-trips an encoded PDF address, query included', () => {
    const pdf = 'https://openreview.net/pdf?id=YicbFdNTTy&noteId=x';
    const url = readerUrl(ROOT, pdf);
    expect(url).toBe(`chrome-extension://abc/reader.html?url=${encodeURIComponent(pdf)}`);
    expect(pdfUrlFrom(new URL(url).search)).toBe(pdf);
  });

  it('reads a raw address as the auto-open redirect pastes it', () => {
    expect(pdfUrlFrom('?url=https://openreview.net/pdf?id=YicbFdNTTy')).toBe('https://openreview.net/pdf?id=YicbFdNTTy');
    // A raw address keeps its own percent-escapes: they are not decoded twice.
    expect(pdfUrlFrom('?url=https://example.org/a%20b.pdf')).toBe('https://example.org/a%20b.pdf');
  });

  it('refuses anything but a web address', () => {
    for (const search of ['', '?', '?url=', '?url=javascript:alert(1)', `?url=${encodeURIComponent('file:///etc/passwd')}`, '?url=%E0%A4%A', '?x=1']) {
      expect(pdfUrlFrom(search)).toBeNull();
    }
  });

  it('reads the first page from #page=N and drops fragments', () => {
    expect(pageFromHash('#page=3')).toBe(2);
    expect(pageFromHash('#zoom=2&page=10')).toBe(9);
    expect(pageFromHash('#page=0')).toBe(0);
    expect(pageFromHash('#section')).toBeNull();
    expect(withoutFragment('https://arxiv.org/pdf/1706.03762#page=2')).toBe('https://arxiv.org/pdf/1706.03762');
  });

  it('marks the original PDF so that auto-open lets it through', () => {
    expect(originalUrl('https://arxiv.org/pdf/1706.03762#page=2')).toBe('https://arxiv.org/pdf/1706.03762#marginalia-original');
  });
});
