import { browser } from 'wxt/browser';
import type { ContentMessage, Replies } from '../../messaging';

/** Asks the background; a dead channel (extension reloaded, worker gone) becomes an error value. */
export async function ask<M extends ContentMessage>(message: M): Promise<Replies[M['type']]> {
  const failure = (error: string) => ({ ok: false, error }) as Replies[M['type']];
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Replies[M['type']] | undefined;
    return reply ?? failure('Marginalia did not answer.');
  } catch (error) {
    return failure(error instanceof Error ? error.message : 'Marginalia did not answer.');
  }
}
