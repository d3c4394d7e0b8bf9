/**
 * The reader's answer to the highlight controller's questions. In pages, the controller asks
 * the background (content scripts never touch the database); the reader is an extension page,
 * so the same questions are answered here, by the lib/db repository functions, one
 * transaction each. A paper added by highlighting is announced (`libraryChanged`) so that
 * badges and listing marks follow.
 */
import type { ask } from '../content/highlighter/channel';
import type { MarginaliaDB } from '../db/database';
import { highlightPaper } from '../db/highlight-paper';
import { deleteHighlight, restoreHighlight, updateHighlight } from '../db/highlights';
import type { NewPaper } from '../db/library';
import type { ContentMessage, Replies, Result } from '../messaging';
import type { Highlight } from '../paper';

/** What the reader's channel needs. */
export interface ReaderChannelDeps {
  db: MarginaliaDB;
  /** The paper shown, once known (null while the reader is still working it out). */
  paper(): NewPaper | null;
  /** The PDF's address without fragment: every highlight's source. */
  source: string;
  now(): number;
  /** Tells the background the library changed (lib/ui/send.ts). */
  libraryChanged(): Promise<unknown>;
}

type AnyReply = Replies[keyof Replies];

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** A drop-in for the content script's `ask`, answering from the database. */
export function readerChannel(deps: ReaderChannelDeps): typeof ask {
  const { db } = deps;
  async function answer(message: ContentMessage): Promise<AnyReply> {
    switch (message.type) {
      case 'createHighlight': {
        const paper = deps.paper();
        if (!paper) throw new Error('The reader has not worked out which paper this is yet; try again in a moment.');
        const input = { source: deps.source, selector: message.selector, color: message.color, comment: message.comment };
        const made = await highlightPaper(db, paper, input, deps.now());
        if (made.addedPaper) await deps.libraryChanged().catch(() => undefined);
        return ok({ highlight: made.highlight, addedPaper: made.addedPaper });
      }
      case 'updateHighlight':
        return ok(await updateHighlight(db, message.id, { color: message.color, comment: message.comment }, deps.now()));
      case 'deleteHighlight':
        return ok((await deleteHighlight(db, message.id)) ?? null);
      case 'restoreHighlight': {
        const highlight = message.highlight as Highlight;
        await restoreHighlight(db, highlight);
        return ok(highlight);
      }
      default:
        throw new Error('The reader does not answer this question.');
    }
  }
  const channel = async (message: ContentMessage): Promise<AnyReply> => {
    try {
      return await answer(message);
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : 'Something went wrong.' };
    }
  };
  // `ask` is generic in the message type; this answers each type with its own reply.
  return channel as typeof ask;
}
