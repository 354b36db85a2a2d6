// The user manual, shown on the public handbook page and inside the application. Links to pages
// of this app navigate without reloading.
import { useMemo, type MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import handbookNl from '../../../docs/handbook/nl.md?raw';
import { Alert } from '../components/Alert.tsx';
import { renderHandbook } from './render.ts';

export function HandbookArticle({ appBase = '' }: { appBase?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const html = useMemo(() => renderHandbook(handbookNl), []);
  const notice = t('handbook.languageNotice');

  const followInternalLinks = (event: MouseEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!(event.target instanceof Element)) return;
    const anchor = event.target.closest('a');
    const href = anchor?.getAttribute('href');
    if (!href?.startsWith('/') || href.startsWith('//')) return;
    event.preventDefault();
    // Inside the application the handbook stays in the shell.
    navigate(href === '/handleiding' && appBase ? `${appBase}/handleiding` : href);
  };

  return (
    <>
      {notice && <Alert type="info">{notice}</Alert>}
      {/* The manual is written in Dutch whatever the interface language. */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: catches clicks on the links inside, which the keyboard activates with Enter (a click too) */}
      <article
        lang="nl"
        className="utrecht-rich-text nr-handbook"
        onClick={followInternalLinks}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: our own Markdown from docs/handbook, bundled at build time (render.ts); no user input
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </>
  );
}
