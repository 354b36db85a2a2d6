// The token just made, shown this once with "Kopiëren" and the warning that it will not be shown
// again. Focus moves to its heading, so a screen reader user hears it at once.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../api/register-io.ts';
import { Alert } from '../../components/Alert.tsx';
import { FormField } from '../../components/FormField.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { CopyButton } from '../two-factor/CopyButton.tsx';

export function NewTokenNotice({ token, apiToken }: { token: string; apiToken: ApiToken }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="nr-section" aria-labelledby={`${id}-heading`}>
      <Heading level={2} id={`${id}-heading`} focusOnMount>
        {t('registerIo.apiTokens.createdHeading', { name: apiToken.name })}
      </Heading>
      <Alert type="warning">
        <Paragraph>{t('registerIo.apiTokens.createdWarning')}</Paragraph>
      </Alert>
      <div className="nr-secret-row">
        <FormField id={id} label={t('registerIo.apiTokens.tokenLabel')}>
          {(aria) => (
            <input
              {...aria}
              readOnly
              value={token}
              spellCheck={false}
              className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--read-only nr-width-lg"
              onFocus={(event) => event.target.select()}
            />
          )}
        </FormField>
        <CopyButton value={token} />
      </div>
    </section>
  );
}
