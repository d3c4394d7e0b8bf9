import {
  cleanAuthors,
  cleanPageUrl,
  cleanText,
  cleanTitle,
  cleanUrl,
  normalizeDoi,
  personName,
  yearOf,
} from '../../../lib/detect/sanitize';

describe('cleanText', () => {
  it('collapses whitespace and trims', () => {
    expect(cleanText('  A\n\t title \u00a0 here  ', 100)).toBe('A title here');
  });

  it('removes control, bidi and zero-width characters but keeps joiners', () => {
    expect(cleanText('a\u0000b\u0007c\u007f\u0085d\u202Ee\u2066f\u200Bg\uFEFF', 100)).toBe('abcdefg');
    expect(cleanText('👩\u200D💻', 100)).toBe('👩\u200D💻');
  });

  it('never splits a surrogate pair at the cap', () => {
    expect(cleanText('ab😀', 3)).toBe('ab');
  });

  it('gives undefined for empty or non-string input', () => {
    expect(cleanText(' \n ', 10)).toBeUndefined();
    expect(cleanTitle('')).toBeUndefined();
    expect(cleanText(null, 10)).toBeUndefined();
    expect(cleanText(42, 10)).toBeUndefined();
  });

  it('keeps HTML as literal text', () => {
    expect(cleanTitle('<b>Bold</b> &amp; <script>x</script>')).toBe('<b>Bold</b> &amp; <script>x</script>');
  });
});

describe('cleanAuthors', () => {
  it('drops empty names and caps length and count', () => {
    expect(cleanAuthors(['  Ada  Lovelace ', '', null, 'x'.repeat(400)])).toEqual(['Ada Lovelace', 'x'.repeat(300)]);
    expect(cleanAuthors(Array.from({ length: 600 }, (_, i) => `A${i}`))).toHaveLength(500);
  });
});

describe('cleanUrl', () => {
  it('keeps http(s) URLs and resolves relative ones', () => {
    expect(cleanUrl('https://arxiv.org/pdf/2411.11927')).toBe('https://arxiv.org/pdf/2411.11927');
    expect(cleanUrl('/doi/pdf/10.1145/1', 'https://dl.acm.org/doi/10.1145/1')).toBe('https://dl.acm.org/doi/pdf/10.1145/1');
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'ftp://x.org/a.pdf', 'relative/only', ''])(
    'drops %j',
    (raw) => expect(cleanUrl(raw)).toBeUndefined(),
  );

  it('drops URLs longer than 2,048 characters', () => {
    expect(cleanUrl(`https://example.org/${'a'.repeat(2_100)}`)).toBeUndefined();
  });

  it('drops the fragment of a page URL', () => {
    expect(cleanPageUrl(new URL('https://arxiv.org/html/2403.01234v1/#S2'))).toBe('https://arxiv.org/html/2403.01234v1/');
  });
});

describe('normalizeDoi', () => {
  it.each([
    ['10.1145/3589334.3645420', '10.1145/3589334.3645420'],
    ['https://doi.org/10.1023/A:1026654312961', '10.1023/a:1026654312961'],
    ['http://dx.doi.org/10.1000/XYZ', '10.1000/xyz'],
    ['doi:10.48550/arXiv.2403.01234', '10.48550/arxiv.2403.01234'],
    ['DOI: 10.1000/abc', '10.1000/abc'],
  ])('%s → %s', (raw, doi) => expect(normalizeDoi(raw)).toBe(doi));

  it.each(['', 'javascript:alert(1)', '11.1000/abc', '10.1/abc', 'ISBN 978-3-16-148410-0'])('rejects %j', (raw) => {
    expect(normalizeDoi(raw)).toBeUndefined();
  });
});

describe('yearOf', () => {
  it.each([
    ['2024/11/18', 2024],
    ['2023-05-31', 2023],
    ['18 Nov 2024', 2024],
    ['1997', 1997],
  ])('%s → %d', (raw, year) => expect(yearOf(raw)).toBe(year));

  it.each(['not a date', '', '12345', 'year 3024'])('no year in %j', (raw) => {
    expect(yearOf(raw)).toBeUndefined();
  });
});

describe('personName', () => {
  it.each([
    ['Cao, Anjia', 'Anjia Cao'],
    ['Gomez, Aidan N.', 'Aidan N. Gomez'],
    ['Natesan Ramamurthy, Karthikeyan', 'Karthikeyan Natesan Ramamurthy'],
    ['Anjia Cao', 'Anjia Cao'],
    ['ATLAS Collaboration', 'ATLAS Collaboration'],
    ['King, Jr.', 'King, Jr.'],
    ['A, B, C', 'A, B, C'],
    [', Anjia', ', Anjia'],
  ])('%s → %s', (raw, name) => expect(personName(raw)).toBe(name));
});
