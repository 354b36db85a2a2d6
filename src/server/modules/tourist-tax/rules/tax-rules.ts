// "Tarieven": the municipality's tax settings and rule versions. A version in effect is never
// changed or removed (returns were computed with it); a later version replaces it from its day on.
import { dutchToday } from '../../../../shared/register/dates.ts';
import type { TaxRule, TaxRuleInput, TaxSettings } from '../../../../shared/schemas/tourist-tax.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { AppError, fieldError, notFound } from '../../../platform/errors.ts';
import { deleteRule, findRule, insertRule, rulesOf, settingsOf, updateSettings } from '../repository.ts';

export interface TaxAdministrator {
  userId: string;
  municipalityId: string;
}

export async function taxSettingsOf(deps: Deps, admin: TaxAdministrator): Promise<{ settings: TaxSettings; rules: TaxRule[] }> {
  const settings = await settingsOf(deps.db, admin.municipalityId);
  return { settings: { period: settings.period, deadlineDays: settings.deadlineDays }, rules: await rulesOf(deps.db, admin.municipalityId) };
}

export async function changeTaxSettings(deps: Deps, admin: TaxAdministrator, settings: TaxSettings, meta: RequestMeta): Promise<TaxSettings> {
  await deps.db.transaction(async (tx) => {
    await updateSettings(tx, admin.municipalityId, settings);
    await recordAudit(tx, {
      action: 'tax.settings_changed',
      occurredAt: deps.clock.now(),
      actorUserId: admin.userId,
      municipalityId: admin.municipalityId,
      ip: meta.ip,
      details: { ...settings },
    });
  });
  return settings;
}

export async function addTaxRule(deps: Deps, admin: TaxAdministrator, input: TaxRuleInput, meta: RequestMeta): Promise<TaxRule> {
  return deps.db.transaction(async (tx) => {
    const rule = await insertRule(tx, admin.municipalityId, input, admin.userId, deps.clock.now());
    // Two versions of one rule cannot start on the same day: which one would apply?
    if (!rule) throw fieldError('validFrom', 'TAX_RULE_DUPLICATE');
    await recordAudit(tx, {
      action: 'tax.rule_added',
      occurredAt: deps.clock.now(),
      actorUserId: admin.userId,
      municipalityId: admin.municipalityId,
      ip: meta.ip,
      details: { ...rule },
    });
    return rule;
  });
}

export async function withdrawTaxRule(deps: Deps, admin: TaxAdministrator, id: string, meta: RequestMeta): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const rule = await findRule(tx, admin.municipalityId, id);
    if (!rule) throw notFound();
    if (rule.validFrom <= dutchToday(deps.clock.now())) throw new AppError('TAX_RULE_IN_EFFECT');
    await deleteRule(tx, id);
    await recordAudit(tx, {
      action: 'tax.rule_withdrawn',
      occurredAt: deps.clock.now(),
      actorUserId: admin.userId,
      municipalityId: admin.municipalityId,
      ip: meta.ip,
      details: { id, validFrom: rule.validFrom },
    });
  });
}
