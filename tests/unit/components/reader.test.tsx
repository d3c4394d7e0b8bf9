import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadError } from '@/components/reader/LoadError';
import { OutlinePanel } from '@/components/reader/OutlinePanel';
import { byPage, ReaderHighlightList } from '@/components/reader/ReaderHighlightList';
import { ReaderToolbar, type ReaderToolbarProps } from '@/components/reader/ReaderToolbar';
import type { Highlight, Selector } from '@/lib/paper';
import { loadFailure } from '@/lib/reader/load-error';

afterEach(cleanup);

let n = 0;
const hl = (page: number | null, exact: string, comment = ''): Highlight => {
  const selector: Selector[] = [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: n, end: n + 5 }];
  if (page !== null) selector.unshift({ type: 'PageSelector', index: page });
  n++;
  return { id: `h${n}`, paperId: 'p', target: { source: 'https://arxiv.org/pdf/1', selector }, color: 'yellow', comment, createdAt: n, updatedAt: n };
};

describe('ReaderHighlightList', () => {
  it('groups by page in reading order, web-page highlights last; clicking one shows it', async () => {
    const a = hl(3, 'on page four');
    const b = hl(0, 'on page one', 'a <b>comment</b>');
    const c = hl(null, 'on the abstract page');
    const onShow = vi.fn();
    const { container } = render(<ReaderHighlightList highlights={[a, b, c]} places={new Map([[a.id, 'orphan']])} onShow={onShow} />);
    expect([...container.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Page 1', 'Page 4', 'Made on a web page of this paper']);
    expect(screen.getByText('a <b>comment</b>')).toBeInTheDocument();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('Not found on this page of the PDF')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /on page one/ }));
    expect(onShow).toHaveBeenCalledWith(b.id);
    // Orphans and web-page highlights are listed but lead nowhere.
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(byPage([a, b, c]).map((g) => g.page)).toEqual([0, 3, null]);
  });

  it('has an empty state', () => {
    render(<ReaderHighlightList highlights={[]} places={new Map()} onShow={() => {}} />);
    expect(screen.getByTestId('reader-no-highlights')).toHaveTextContent('Select text');
  });
});

describe('LoadError', () => {
  it('is an alert with the reason and the original one click away', () => {
    render(<LoadError failure={loadFailure(Object.assign(new Error(), { name: 'PasswordException' }))} url="https://arxiv.org/pdf/1#page=2" />);
    expect(screen.getByRole('alert')).toHaveTextContent(/password/);
    expect(screen.getByTestId('open-original')).toHaveAttribute('href', 'https://arxiv.org/pdf/1#marginalia-original');
  });
});

describe('ReaderToolbar', () => {
  const props = (over: Partial<ReaderToolbarProps> = {}): ReaderToolbarProps => ({
    url: 'https://arxiv.org/pdf/1', page: 1, pageCount: 12, scale: 1.5, zoom: { mode: 'fit-width' }, pageTheme: 'auto', panelOpen: true,
    onPage: vi.fn(), onStep: vi.fn(), onZoom: vi.fn(), onZoomBy: vi.fn(), onFind: vi.fn(), onPageTheme: vi.fn(), onTogglePanel: vi.fn(), ...over,
  });

  it('goes to a typed page, and refuses pages that do not exist', async () => {
    const p = props();
    render(<ReaderToolbar {...p} />);
    const input = screen.getByTestId('reader-page-input');
    expect(input).toHaveValue('2');
    await userEvent.clear(input);
    await userEvent.type(input, '7{Enter}');
    expect(p.onPage).toHaveBeenCalledWith(6);
    await userEvent.clear(input);
    await userEvent.type(input, '99{Enter}');
    expect(p.onPage).toHaveBeenCalledTimes(1);
    expect(input).toHaveValue('2');
  });

  it('zooms, steps pages, cycles page colours and links the original', async () => {
    const p = props({ page: 0 });
    render(<ReaderToolbar {...p} />);
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(p.onStep).toHaveBeenCalledWith(1);
    await userEvent.selectOptions(screen.getByTestId('reader-zoom'), '2');
    expect(p.onZoom).toHaveBeenCalledWith({ mode: 'scale', scale: 2 });
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(p.onZoomBy).toHaveBeenCalledWith(1);
    await userEvent.click(screen.getByTestId('reader-page-theme'));
    expect(p.onPageTheme).toHaveBeenCalledWith('dark');
    expect(screen.getByTestId('open-original')).toHaveAttribute('href', 'https://arxiv.org/pdf/1#marginalia-original');
  });
});

describe('OutlinePanel', () => {
  it('jumps to entries, shows unresolved ones as text, and says when there is none', async () => {
    const onGo = vi.fn();
    const { rerender } = render(
      <OutlinePanel outline={[{ title: 'Intro', page: 0, top: 700, items: [{ title: 'Sub', page: 1, top: null, items: [] }] }, { title: 'Lost', page: null, top: null, items: [] }]} onGo={onGo} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Sub' }));
    expect(onGo).toHaveBeenCalledWith(1, null);
    expect(screen.queryByRole('button', { name: 'Lost' })).toBeNull();
    rerender(<OutlinePanel outline={[]} onGo={onGo} />);
    expect(screen.getByText('This PDF has no outline.')).toBeInTheDocument();
  });
});

describe('the popup\'s way into the reader', () => {
  it('offers "Read with highlights" when the paper\'s PDF is known', async () => {
    const { PopupView } = await import('@/components/PopupView');
    const onOpenReader = vi.fn();
    const ref = { ids: { arxiv: '1706.03762' }, title: 'Attention Is All You Need', authors: [], url: 'https://arxiv.org/abs/1706.03762', pdfUrl: 'https://arxiv.org/pdf/1706.03762', site: 'arxiv', kind: 'abstract' as const };
    const view = { loading: false as const, state: { tabId: 1, url: ref.url, phase: 'paper' as const, ref, match: null } };
    const actions = {} as Parameters<typeof PopupView>[0]['actions'];
    const { rerender } = render(<PopupView view={view} entry={undefined} suggestions={[]} actions={actions} onRetryMetadata={() => {}} onOpenReader={onOpenReader} />);
    await userEvent.click(screen.getByTestId('read-with-highlights'));
    expect(onOpenReader).toHaveBeenCalledWith('https://arxiv.org/pdf/1706.03762');
    const noPdf = { ...view, state: { ...view.state, ref: { ...ref, pdfUrl: undefined } } };
    rerender(<PopupView view={noPdf} entry={undefined} suggestions={[]} actions={actions} onRetryMetadata={() => {}} onOpenReader={onOpenReader} />);
    expect(screen.queryByTestId('read-with-highlights')).toBeNull();
  });
});
