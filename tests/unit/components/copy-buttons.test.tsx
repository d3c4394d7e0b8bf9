import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyButtons } from '@/components/CopyButtons';
import { attention } from '../export/sample';

afterEach(cleanup);

describe('popup copy buttons', () => {
  it('copy one paper as BibTeX or as a Markdown link and say so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    render(<CopyButtons entry={attention} onError={() => {}} clipboard={{ writeText }} />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('copy-bibtex'));
    expect(writeText).toHaveBeenLastCalledWith(expect.stringMatching(/^@inproceedings\{vaswani2017attention,\n {2}title = \{Attention Is All You Need\}/));
    await waitFor(() => expect(screen.getByTestId('copy-status')).toHaveTextContent('Copied BibTeX'));
    await user.click(screen.getByTestId('copy-markdown-link'));
    expect(writeText).toHaveBeenLastCalledWith('[Attention Is All You Need](https://arxiv.org/abs/1706.03762)');
    await waitFor(() => expect(screen.getByTestId('copy-status')).toHaveTextContent('Copied Markdown link'));
  });

  it('reports a clipboard that refuses', async () => {
    const onError = vi.fn();
    render(<CopyButtons entry={attention} onError={onError} clipboard={{ writeText: () => Promise.reject(new Error('Document is not focused.')) }} />);
    await userEvent.setup().click(screen.getByTestId('copy-bibtex'));
    await waitFor(() => expect(onError).toHaveBeenCalledWith('Could not copy to the clipboard: Document is not focused.'));
    expect(screen.getByTestId('copy-status')).toHaveTextContent('');
  });
});
