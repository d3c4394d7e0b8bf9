import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchExact, matchFuzzy, matchQuote, maxErrorsFor } from '@/lib/anchoring';

const TEXT =
  'Multifaceted prompt distillation asks the frozen model to summarise a long caption under several prompts. ' +
  'Facet-decoupled attention lets each image token attend to the facet embeddings independently. ' +
  'Multifaceted prompt distillation is cheap because the embeddings are computed offline.';

describe('matchQuote', () => {
  it('finds an exact quote and picks the occurrence whose context fits', () => {
    const second = TEXT.lastIndexOf('Multifaceted prompt distillation');
    const quote = { exact: 'Multifaceted prompt distillation', prefix: 'independently. ', suffix: ' is cheap' };
    expect(matchExact(TEXT, quote)).toMatchObject({ start: second, errors: 0 });
    expect(matchExact(TEXT, { ...quote, prefix: '', suffix: ' asks the' })?.start).toBe(0);
  });

  it('tolerates small edits inside the quote, up to one edit in eight characters', () => {
    const quote = { exact: 'lets each image token attend to the facet embeddings', prefix: 'attention ', suffix: ' independently' };
    const edited = TEXT.replace('token attend to the facet', 'token attends to all facet');
    const found = matchQuote(edited, quote)!;
    expect(edited.slice(found.start, found.end)).toBe('lets each image token attends to all facet embeddings');
    expect(found.errors).toBeLessThanOrEqual(maxErrorsFor(quote.exact));
  });

  it('finds nothing when the passage is gone', () => {
    const quote = { exact: 'lets each image token attend to the facet embeddings', prefix: '', suffix: '' };
    expect(matchQuote(TEXT.replace(/Facet-decoupled[^.]*\./, ''), quote)).toBeNull();
  });

  it('never matches short quotes approximately', () => {
    expect(matchFuzzy(TEXT, { exact: 'facet tokn', prefix: '', suffix: '' })).toBeNull();
  });

  it('prefers the approximate match near the stored position', () => {
    const text = `${'filler words here. '.repeat(300)}the encoder truncates long captions. ${'more filler text. '.repeat(300)}the encoder truncates long captions.`;
    const quote = { exact: 'the encoder truncated long captions', prefix: '', suffix: '' };
    const late = text.lastIndexOf('the encoder');
    expect(matchFuzzy(text, quote, late)?.start).toBe(late);
    expect(matchFuzzy(text, quote, 0)?.start).toBe(text.indexOf('the encoder'));
  });

  it('finds any quote cut from a text at its own place', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 20, maxLength: 300 }), fc.nat(), fc.integer({ min: 1, max: 40 }), (text, at, len) => {
        const start = at % (text.length - 1);
        const exact = text.slice(start, start + len);
        const found = matchQuote(text, { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + exact.length, start + exact.length + 32) }, start);
        expect(found && text.slice(found.start, found.end)).toBe(exact);
      }),
    );
  });
});
