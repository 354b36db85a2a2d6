// The devices remembered at sign-in ("Dit apparaat 30 dagen onthouden") on the 2FA settings: each
// with its browser and system, when it was remembered, until when and when last used, "Vergeten".
import { useTranslation } from 'react-i18next';
import { forgetDevice, type TwoFactorStatus } from '../../../api/two-factor.ts';
import { Button } from '../../../components/Button.tsx';
import { Paragraph } from '../../../components/Paragraph.tsx';
import { Section } from '../../../components/Section.tsx';
import { formatDate } from '../../../i18n/format-date.ts';
import { describeUserAgent } from '../device-name.ts';
import type { Change } from './useTwoFactorSettings.ts';

export function TrustedDevicesSection({ devices, change }: { devices: TwoFactorStatus['trustedDevices']; change: Change }) {
  const { t } = useTranslation();
  return (
    <Section title={t('twoFactor.settings.devices')}>
      <Paragraph>{t('twoFactor.settings.devicesIntro')}</Paragraph>
      {devices.length === 0 && <Paragraph>{t('twoFactor.settings.noDevices')}</Paragraph>}
      {devices.length > 0 && (
        <ul className="utrecht-unordered-list nr-item-list">
          {devices.map((d) => {
            const described = describeUserAgent(d.userAgent);
            const name = described ? t('twoFactor.settings.deviceName', described) : t('twoFactor.settings.unknownDevice');
            return (
              <li key={d.id} className="utrecht-unordered-list__item nr-item-list__item">
                <span>
                  <strong>{name}</strong> — {t('twoFactor.settings.rememberedOn', { date: formatDate(d.createdAt) })}{' '}
                  {t('twoFactor.settings.rememberedUntil', { date: formatDate(d.expiresAt) })}
                  {d.lastUsedAt && <>, {t('twoFactor.settings.lastUsed', { date: formatDate(d.lastUsedAt) })}</>}
                </span>
                <Button
                  onClick={() => void change(() => forgetDevice(d.id), t('twoFactor.settings.forgotten'))}
                  aria-label={t('twoFactor.settings.namedAction', { action: t('twoFactor.settings.forget'), name })}
                >
                  {t('twoFactor.settings.forget')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
