// The municipality's presence in the application header: applies its main colour to the theme
// and shows its logo, for its own staff and for the entrepreneurs in it.
import { useTranslation } from 'react-i18next';
import { useMunicipalityTheme, type MunicipalityTheme } from '../theme/useMunicipalityTheme.ts';
import '../theme/municipality-theme.css';

export function MunicipalityBrand({ municipality }: { municipality: MunicipalityTheme | null }) {
  const { t } = useTranslation();
  useMunicipalityTheme(municipality);
  if (!municipality?.logoUrl) return null;
  return <img className="nr-municipality-logo" src={municipality.logoUrl} alt={t('portal.theme.logoAlt', { name: municipality.name })} />;
}
