import { arxivIdFromUrl, arxivPdfUrl, parseArxivId } from '../../../lib/detect/arxiv-id';

describe('parseArxivId', () => {
  it.each([
    ['2403.01234', { id: '2403.01234' }],
    ['2403.01234v2', { id: '2403.01234', version: 'v2' }],
    ['0704.0001', { id: '0704.0001' }],
    ['1412.6980v9', { id: '1412.6980', version: 'v9' }],
    ['arXiv:2403.01234v12', { id: '2403.01234', version: 'v12' }],
    ['  2403.01234  ', { id: '2403.01234' }],
    ['cs/0112017', { id: 'cs/0112017' }],
    ['hep-th/9901001v3', { id: 'hep-th/9901001', version: 'v3' }],
    // The subject class files the paper; arXiv itself names it math/0309136.
    ['math.GT/0309136', { id: 'math/0309136' }],
    ['https://arxiv.org/abs/2403.01234v2', { id: '2403.01234', version: 'v2' }],
  ])('reads %s', (input, expected) => {
    expect(parseArxivId(input)).toEqual(expected);
  });

  it.each([
    '2403.1234x',
    'abs/',
    '9999.99999999',
    '',
    '2403.1234', // four digits after 2015
    '1412.12345', // five digits before 2015
    '0703.0001', // before the scheme began
    '2413.01234', // month 13
    '2403.01234v0',
    '2403.01234v',
    'foo/0112017', // unknown archive
    'cs/011201', // six digits
    'cs/9913001', // month 13
    'arXiv:',
    'https://example.org/abs/2403.01234',
    '10.48550/arXiv.2403.01234',
  ])('rejects %j', (input) => {
    expect(parseArxivId(input)).toBeNull();
  });
});

describe('arxivIdFromUrl', () => {
  it.each([
    ['https://arxiv.org/abs/2403.01234', '2403.01234', undefined, 'abstract'],
    ['https://arxiv.org/abs/2403.01234v2', '2403.01234', 'v2', 'abstract'],
    ['https://arxiv.org/abs/2403.01234/', '2403.01234', undefined, 'abstract'],
    ['https://arxiv.org/abs/2403.01234?context=cs.LG', '2403.01234', undefined, 'abstract'],
    ['http://arxiv.org/abs/2403.01234v2', '2403.01234', 'v2', 'abstract'],
    ['https://www.arxiv.org/abs/2403.01234', '2403.01234', undefined, 'abstract'],
    ['https://export.arxiv.org/abs/2403.01234v1', '2403.01234', 'v1', 'abstract'],
    ['https://arxiv.org/abs/cs/0112017', 'cs/0112017', undefined, 'abstract'],
    ['https://arxiv.org/abs/math.GT/0309136', 'math/0309136', undefined, 'abstract'],
    ['https://arxiv.org/html/2403.01234', '2403.01234', undefined, 'html'],
    ['https://arxiv.org/html/2403.01234v1', '2403.01234', 'v1', 'html'],
    ['https://arxiv.org/html/2403.01234v1/', '2403.01234', 'v1', 'html'],
    ['https://arxiv.org/html/2403.01234v1/#S2', '2403.01234', 'v1', 'html'],
    ['https://arxiv.org/html/hep-th/9901001v3', 'hep-th/9901001', 'v3', 'html'],
    ['https://arxiv.org/pdf/2403.01234', '2403.01234', undefined, 'pdf'],
    ['https://arxiv.org/pdf/2403.01234v3', '2403.01234', 'v3', 'pdf'],
    ['https://arxiv.org/pdf/2403.01234.pdf', '2403.01234', undefined, 'pdf'],
    ['https://arxiv.org/pdf/2403.01234v3.pdf', '2403.01234', 'v3', 'pdf'],
    ['https://arxiv.org/pdf/2403.01234v3/', '2403.01234', 'v3', 'pdf'],
    ['https://export.arxiv.org/pdf/cs/0112017', 'cs/0112017', undefined, 'pdf'],
    ['https://arxiv.org/pdf/math.GT/0309136v1', 'math/0309136', 'v1', 'pdf'],
    ['https://arxiv.org/pdf/math.GT/0309136v1.pdf', 'math/0309136', 'v1', 'pdf'],
  ])('reads %s', (url, id, version, kind) => {
    const found = arxivIdFromUrl(url);
    expect(found).toEqual(version ? { id, version, kind } : { id, kind });
  });

  it.each([
    'https://arxiv.org/',
    'https://arxiv.org/abs/',
    'https://arxiv.org/list/cs.LG/recent',
    'https://arxiv.org/search/?query=transformers&searchtype=all',
    'https://arxiv.org/help',
    'https://arxiv.org/abs/2403.1234x',
    'https://arxiv.org/abs/2403.01234v2.pdf',
    'https://arxiv.org/html/2403.01234v1/x1.png',
    'https://arxiv.org/format/2403.01234',
    'https://notarxiv.org/abs/2403.01234',
    'https://arxiv.org.evil.example/abs/2403.01234',
    'ftp://arxiv.org/abs/2403.01234',
    'not a url',
  ])('rejects %s', (url) => {
    expect(arxivIdFromUrl(url)).toBeNull();
  });

  it('accepts URL objects', () => {
    expect(arxivIdFromUrl(new URL('https://arxiv.org/abs/2411.11927'))?.id).toBe('2411.11927');
  });
});

describe('arxivPdfUrl', () => {
  it('pins the version only when one is given', () => {
    expect(arxivPdfUrl('2411.11927')).toBe('https://arxiv.org/pdf/2411.11927');
    expect(arxivPdfUrl('cs/0112017', 'v2')).toBe('https://arxiv.org/pdf/cs/0112017v2');
  });
});
