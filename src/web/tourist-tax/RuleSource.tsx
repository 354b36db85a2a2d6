// Where a rate comes from (decision 0010): the by-law it cites, linked to its text when the
// municipality gave the address, or plainly "Geen bron opgegeven" for a version entered without
// one (and for rules stored in returns before sources were kept). Both tax pages show it.
import { useTranslation } from 'react-i18next';

interface SourceOf {
  sourceCitation?: string | null;
  sourceUrl?: string | null;
}

export function RuleSource({ rule }: { rule: SourceOf }) {
  const { t } = useTranslation();
  const citation = rule.sourceCitation ?? null;
  const url = rule.sourceUrl ?? null;
  if (!citation && !url) return <span className="nr-rule-source nr-rule-source--missing">{t('taxBase.source.none')}</span>;
  const label = citation ?? url ?? '';
  return (
    <span className="nr-rule-source">
      {url ? (
        <a className="utrecht-link" href={url} rel="noopener noreferrer" target="_blank">
          {label}
          <span className="nr-visually-hidden"> {t('taxBase.source.opensInNewWindow')}</span>
        </a>
      ) : (
        label
      )}
    </span>
  );
}
