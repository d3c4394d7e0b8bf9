/** What the library says when it has no papers yet: how to add one. */
export function EmptyLibrary({ onBrowseCatalogue }: { onBrowseCatalogue(): void }) {
  return (
    <div className="empty-state" data-testid="library-empty">
      <h2>Your library is empty</h2>
      <p>
        Open a paper's page — on arXiv, OpenReview, the ACL Anthology, a proceedings or publisher site — then click the
        Marginalia button in the toolbar and choose <strong>Add to my list</strong>. Highlighting a passage adds the paper too.
      </p>
      <p>Or start from a catalogue of papers you follow.</p>
      <button type="button" className="primary" onClick={onBrowseCatalogue}>Browse the catalogue</button>
    </div>
  );
}
