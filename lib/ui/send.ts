import { browser } from 'wxt/browser';
import type { PageMessage, Replies } from '../messaging';

/** Sends a message from an extension page to the background; a dead channel becomes an error value. */
export async function send<M extends PageMessage>(message: M): Promise<Replies[M['type']]> {
  // Every reply type is a Result, so an error value fits each of them.
  const failure = (error: string) => ({ ok: false, error }) as Replies[M['type']];
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Replies[M['type']] | undefined;
    return reply ?? failure('The extension did not answer.');
  } catch (error) {
    return failure(error instanceof Error ? error.message : 'The extension did not answer.');
  }
}
