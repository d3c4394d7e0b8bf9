import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightList } from '@/components/HighlightList';
import type { AnchorStatus } from '@/lib/highlight-messages';
import type { Highlight } from '@/lib/paper';

const SOURCE = 'https://arxiv.org/html/2411.11927v1';
const h = (id: string, exact: string, start: number, extra: Partial<Highlight> = {}): Highlight => ({
  id,
  paperId: 'p',
  target: { source: SOURCE, selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start, end: start + exact.length }] },
  color: 'yellow',
  comment: '',
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});
const status = (over: Partial<AnchorStatus>): AnchorStatus => ({ tabId: 1, url: SOURCE, found: [], orphans: [], elsewhere: [], ...over });

afterEach(cleanup);

describe('HighlightList', () => {
  it('lists highlights in reading order with quote, colour and comment', () => {
    render(<HighlightList highlights={[h('b', 'second passage', 500, { comment: 'my <b>note</b>' }), h('a', 'first passage', 20, { color: 'green' })]} status={status({ found: ['a', 'b'] })} onShow={() => {}} />);
    const items = screen.getAllByTestId('highlight-item');
    expect(items.map((i) => i.querySelector('q')!.textContent)).toEqual(['first passage', 'second passage']);
    expect(items[0]!.dataset.color).toBe('green');
    // Comments are text, never HTML.
    expect(within(items[1]!).getByText('my <b>note</b>')).toBeInTheDocument();
    expect(screen.queryByTestId('highlight-orphan')).toBeNull();
  });

  it('keeps highlights the page could not find, marked as not found, with their quote', () => {
    render(<HighlightList highlights={[h('a', 'a passage that was deleted', 20)]} status={status({ orphans: ['a'] })} onShow={() => {}} />);
    const orphan = screen.getByTestId('highlight-orphan');
    expect(orphan).toHaveTextContent('a passage that was deleted');
    expect(orphan).toHaveTextContent(/not found on this page/i);
    expect(within(orphan).queryByRole('button')).toBeNull();
  });

  it('says where a highlight made on another page lives', () => {
    render(<HighlightList highlights={[h('a', 'from the PDF', 20, { target: { source: 'https://arxiv.org/pdf/2411.11927', selector: [{ type: 'TextQuoteSelector', exact: 'from the PDF', prefix: '', suffix: '' }] } })]} status={status({ elsewhere: ['a'] })} onShow={() => {}} />);
    expect(screen.getByRole('link', { name: 'another page' })).toHaveAttribute('href', 'https://arxiv.org/pdf/2411.11927');
    expect(screen.queryByTestId('highlight-orphan')).toBeNull();
  });

  it('shows a highlight on the page when clicked, by keyboard too', async () => {
    const onShow = vi.fn();
    render(<HighlightList highlights={[h('a', 'first passage', 20)]} status={null} onShow={onShow} />);
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onShow).toHaveBeenCalledWith('a');
  });

  it('has an empty state, and shows nothing while loading', () => {
    const { rerender } = render(<HighlightList highlights={[]} status={null} onShow={() => {}} />);
    expect(screen.getByText(/No highlights yet/)).toBeInTheDocument();
    rerender(<HighlightList highlights={undefined} status={null} onShow={() => {}} />);
    expect(screen.queryByText(/Highlights/)).toBeNull();
  });
});
