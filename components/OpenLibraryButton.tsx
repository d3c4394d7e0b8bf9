/** The popup's way to the whole library, shown whatever the tab is. */
export function OpenLibraryButton({ onOpen }: { onOpen(): void }) {
  return (
    <button type="button" className="link" data-testid="open-library" onClick={onOpen} style={{ alignSelf: 'flex-end', fontSize: 12 }}>
      Open your library ↗
    </button>
  );
}
