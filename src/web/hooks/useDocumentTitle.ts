// Gives every page its own document title, so tabs, history and screen readers tell pages apart.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { page });
  }, [page, t]);
}
