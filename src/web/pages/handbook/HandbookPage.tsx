// "Handleiding": the user manual, public (linked from the sign-in page) and inside the application.
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { HandbookArticle } from '../../handbook/HandbookArticle.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';

export function HandbookPage({ inApp = false }: { inApp?: boolean }) {
  const { t } = useTranslation();
  useDocumentTitle(t('handbook.title'));
  return (
    <>
      <HandbookArticle appBase={inApp ? '/app' : ''} />
      {!inApp && (
        <Paragraph>
          <Link to="/inloggen">{t('common.backToLogin')}</Link>
        </Paragraph>
      )}
    </>
  );
}
