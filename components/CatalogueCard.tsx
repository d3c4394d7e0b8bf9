import type { CatalogueMatch } from '@/lib/catalogue/match';

/** Props of CatalogueCard. */
export interface CatalogueCardProps {
  match: CatalogueMatch;
  abstractOpen: boolean;
  onToggleAbstract(): void;
}

const METHOD_LABEL = { id: 'matched by id', title: 'matched by title', fuzzy: 'similar title' } as const;

/** The catalogue entry matching this paper: its title, abstract, links and catalogue. */
export function CatalogueCard({ match, abstractOpen, onToggleAbstract }: CatalogueCardProps) {
  const { entry } = match;
  const names = match.catalogueNames ?? [match.catalogueName];
  return (
    <section className="card catalogue" aria-label="Catalogue entry">
      <p className="eyebrow">
        {names.length > 1 ? 'In catalogues ' : 'In catalogue '}
        {names.map((name, i) => (
          <span key={`${i}:${name}`}>{i > 0 ? ', ' : ''}<strong data-testid="catalogue-name">{name}</strong></span>
        ))}
        <span className="muted"> · {METHOD_LABEL[match.method]}
          {match.method === 'fuzzy' ? ` (${Math.round(match.confidence * 100)}%)` : ''}</span>
      </p>
      <h2 data-testid="catalogue-title" className="catalogue-title">{entry.title}</h2>
      {entry.abstract && (
        <>
          <p className={abstractOpen ? 'abstract' : 'abstract clamped'}>{entry.abstract}</p>
          <button type="button" className="link" onClick={onToggleAbstract} aria-expanded={abstractOpen}>
            {abstractOpen ? 'Show less' : 'Show full abstract'}
          </button>
        </>
      )}
      {entry.links.length > 0 && (
        <ul className="links">
          {entry.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} target="_blank" rel="noreferrer noopener">
                {link.kind === 'code' ? 'Code' : link.kind === 'project' ? 'Project page' : 'Link'}: {link.url.replace(/^https?:\/\//, '')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
