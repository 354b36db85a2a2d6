// The settings form's values: the shared API schema decides what is valid; the form keeps text
// ('' = not filled in), which is also what the API takes to clear a field.
import { z } from 'zod';
import { municipalitySettingsSchema, RETENTION_MONTHS_MAX, RETENTION_MONTHS_MIN } from '../../../shared/schemas/organisations.ts';
import type { MunicipalitySettings, MunicipalitySettingsInput } from '../../api/municipality-portal.ts';

/** The API's schema; the retention period arrives from a text input, so it is read as a number first. */
export const settingsFormSchema = municipalitySettingsSchema.extend({
  retentionMonths: z.coerce
    .number({ error: 'RETENTION_INVALID' })
    .int('RETENTION_INVALID')
    .min(RETENTION_MONTHS_MIN, 'RETENTION_INVALID')
    .max(RETENTION_MONTHS_MAX, 'RETENTION_INVALID'),
});

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
  'recordDocumentNumber',
  'retentionMonths',
  'monthlyCopy',
  'askDateOfBirth',
  'askNationality',
  'registerApvCitation',
  'privacyStatement',
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
    recordDocumentNumber: settings.recordDocumentNumber,
    retentionMonths: String(settings.retentionMonths),
    monthlyCopy: settings.monthlyCopy,
    askDateOfBirth: settings.askDateOfBirth,
    askNationality: settings.askNationality,
    registerApvCitation: settings.registerApvCitation ?? '',
    privacyStatement: settings.privacyStatement ?? '',
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
    recordDocumentNumber: values.recordDocumentNumber ?? false,
    retentionMonths: values.retentionMonths,
    monthlyCopy: values.monthlyCopy ?? false,
    askDateOfBirth: values.askDateOfBirth ?? true,
    askNationality: values.askNationality ?? true,
    registerApvCitation: values.registerApvCitation ?? '',
    privacyStatement: values.privacyStatement ?? '',
  };
}
