/** The parts of a runtime message sender that decide what it may ask. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** A content script of this extension, in the top frame of a web page: it may report that page. */
export function isContentScript(sender: SenderInfo, extensionId: string): sender is SenderInfo & { tab: { id: number } } {
  return (
    sender.id === extensionId &&
    typeof sender.tab?.id === 'number' &&
    sender.frameId === 0 &&
    /^https?:\/\//.test(sender.url ?? '')
  );
}

/** One of this extension's own pages (popup, library, reader): it may ask about any tab. */
export function isExtensionPage(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && (sender.url ?? '').startsWith(extensionOrigin);
}
