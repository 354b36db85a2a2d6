// The passkeys on the 2FA settings: each with when it was added and last used, "Verwijderen", and
// the form that adds one.
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { removePasskey, type TwoFactorStatus } from '../../../api/two-factor.ts';
import { Button } from '../../../components/Button.tsx';
import { Form } from '../../../components/Form.tsx';
import { Paragraph } from '../../../components/Paragraph.tsx';
import { Section } from '../../../components/Section.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { formatDate } from '../../../i18n/format-date.ts';
import type { Change } from './useTwoFactorSettings.ts';

interface PasskeysSectionProps {
  passkeys: TwoFactorStatus['passkeys'];
  change: Change;
  form: UseFormReturn<{ name: string }>;
  onAdd: (values: { name: string }) => Promise<void>;
}

export function PasskeysSection({ passkeys, change, form, onAdd }: PasskeysSectionProps) {
  const { t } = useTranslation();
  return (
    <Section title={t('twoFactor.settings.passkeys')}>
      {passkeys.length === 0 && <Paragraph>{t('twoFactor.settings.noPasskeys')}</Paragraph>}
      {passkeys.length > 0 && (
        <ul className="utrecht-unordered-list nr-item-list">
          {passkeys.map((p) => (
            <li key={p.id} className="utrecht-unordered-list__item nr-item-list__item">
              <span>
                <strong>{p.name}</strong> — {t('twoFactor.settings.passkeyAdded', { date: formatDate(p.createdAt) })},{' '}
                {p.lastUsedAt ? t('twoFactor.settings.lastUsed', { date: formatDate(p.lastUsedAt) }) : t('twoFactor.settings.neverUsed')}
              </span>
              <Button
                onClick={() => void change(() => removePasskey(p.id))}
                aria-label={t('twoFactor.settings.namedAction', { action: t('twoFactor.settings.remove'), name: p.name })}
              >
                {t('twoFactor.settings.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Form form={form} onSubmit={onAdd}>
        <TextField name="name" label={t('twoFactor.setup.passkeyName')} width="md" />
        <div className="nr-form-actions">
          <Button type="submit" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('twoFactor.setup.addPasskey')}
          </Button>
        </div>
      </Form>
    </Section>
  );
}
