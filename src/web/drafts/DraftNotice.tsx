// "Uw niet-opgeslagen invoer is teruggezet.", with "Invoer wissen" for whoever wants to start anew
// (on a shared desk, the next person).
import { useTranslation } from 'react-i18next';
import { Alert } from '../components/Alert.tsx';
import { Button } from '../components/Button.tsx';
import { Paragraph } from '../components/Paragraph.tsx';
import type { FormDraft } from './useFormDraft.ts';

export function DraftNotice({ draft }: { draft: FormDraft }) {
  const { t } = useTranslation();
  if (!draft.restored) return null;
  return (
    <Alert type="info">
      <Paragraph>{t('drafts.restored')}</Paragraph>
      <Button onClick={draft.discard}>{t('drafts.discard')}</Button>
    </Alert>
  );
}
