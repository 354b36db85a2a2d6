// The settings form's values: the shared API schema decides what is valid; the form keeps text
// ('' = not filled in), which is also what the API takes to clear a field.
import { z } from 'zod';
import { municipalitySettingsSchema } from '../../../shared/schemas/organisations.ts';
import type { MunicipalitySettings, MunicipalitySettingsInput } from '../../api/municipality-portal.ts';

export const settingsFormSchema = municipalitySettingsSchema;

export type SettingsFormValues = z.input<typeof settingsFormSchema>;
export type SettingsFormOutput = z.output<typeof settingsFormSchema>;

export const SETTINGS_FIELD_NAMES = [
  'name',
  'approvalRequired',
  'twoFactorRequired',
  'contactEmail',
  'contactPhone',
  'contactText',
  'themeColor',
] as const;

export function formValuesOf(settings: MunicipalitySettings): SettingsFormValues {
  return {
    name: settings.name,
    approvalRequired: settings.approvalRequired,
    twoFactorRequired: settings.twoFactorRequired,
    contactEmail: settings.contactEmail ?? '',
    contactPhone: settings.contactPhone ?? '',
    contactText: settings.contactText ?? '',
    themeColor: settings.themeColor ?? '',
  };
}

export function toSettingsInput(values: SettingsFormOutput): MunicipalitySettingsInput {
  return {
    name: values.name,
    approvalRequired: values.approvalRequired,
    twoFactorRequired: values.twoFactorRequired,
    contactEmail: values.contactEmail ?? '',
    contactPhone: values.contactPhone ?? '',
    contactText: values.contactText ?? '',
    themeColor: values.themeColor ?? '',
  };
}
