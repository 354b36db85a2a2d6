// The submission form of a period: "Correctie (€, plus of min)" with "Reden van de correctie",
// "Al afgedragen via boekingsplatform (€)" with "Kenmerk van het platform", a live "Te betalen"
// (with the forfait of the jaarplaatsen and seizoensplaatsen marked in "Kamers en plaatsen",
// decision 0013), and "Indienen" (or
// "Correctie-aangifte indienen" once the period has a return). That button first shows the check
// page ("Controleer uw aangifte"), which sends the return or goes back to the form as typed.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { submitTaxReturn, type SubmittedTaxReturn, type TaxReturnView } from '../../api/tax-returns.ts';
import { Button } from '../../components/Button.tsx';
import { DataList, type DataListItem } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { formatMoney } from '../../tourist-tax/figures.ts';
import { ReturnCheck } from './ReturnCheck.tsx';
import { initialValues, liveNumbers, TAX_RETURN_FIELDS, taxReturnFormSchema, type TaxReturnFormOutput, type TaxReturnFormValues } from './tax-return-form.ts';

const SUBMIT_BUTTON_ID = 'tax-return-submit';

interface TaxReturnFormProps {
  view: TaxReturnView;
  onSubmitted: (submission: SubmittedTaxReturn) => void | Promise<void>;
}

/** "Te betalen" as the owner types: the register's amount, the forfait, correction and deduction. */
function LiveTotal({ view }: { view: TaxReturnView }) {
  const { t } = useTranslation();
  const values = useWatch<TaxReturnFormValues>();
  const { correction, deduction } = liveNumbers(values);
  const { totals } = view;
  const register = totals.computedCents - totals.forfaitCents;
  const forfait = totals.forfaitCents;
  const withForfait = forfait !== 0 || (totals.forfaits ?? []).length > 0;
  const due = correction === null || deduction === null ? null : register + forfait + correction - deduction;
  const money = (cents: number | null) => (cents === null ? t('taxReturn.form.unknown') : formatMoney(cents));
  const items: DataListItem[] = [
    { key: 'register', label: t('taxReturn.form.computed'), value: formatMoney(register) },
    ...(withForfait ? [{ key: 'forfait', label: t('taxReturn.form.forfait', { count: (totals.forfaits ?? []).length }), value: money(forfait) }] : []),
    { key: 'correction', label: t('taxReturn.form.correction'), value: money(correction) },
    { key: 'deduction', label: t('taxReturn.form.deduction'), value: money(deduction === null || deduction === 0 ? deduction : -deduction) },
    {
      key: 'due',
      label: t('taxReturn.form.due'),
      value: (
        <output className="nr-tax-total" htmlFor={TAX_RETURN_FIELDS.map((name) => `field-${name}`).join(' ')}>
          {money(due)}
        </output>
      ),
    },
  ];
  if (view.declaredCents !== null) {
    items.push(
      { key: 'previous', label: t('taxReturn.form.previous'), value: formatMoney(view.declaredCents) },
      { key: 'difference', label: t('taxReturn.form.difference'), value: money(due === null ? null : due - view.declaredCents) },
    );
  }
  return (
    <>
      <Heading level={3}>{t('taxReturn.form.totalsLabel')}</Heading>
      <DataList items={items} />
    </>
  );
}

export function TaxReturnForm({ view, onSubmitted }: TaxReturnFormProps) {
  const { t } = useTranslation();
  const correcting = view.submissions.length > 0;
  const form = useForm<TaxReturnFormValues, unknown, TaxReturnFormOutput>({
    resolver: zodResolver(taxReturnFormSchema),
    defaultValues: initialValues(view.submissions.at(-1)),
  });
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  /** The checked values while the check page is shown. */
  const [checking, setChecking] = useState<TaxReturnFormOutput | null>(null);
  const [sending, setSending] = useState(false);

  const onSubmit = async (values: TaxReturnFormOutput) => {
    setProblem(null);
    setChecking(values);
  };
  const backToForm = () => {
    setChecking(null);
    requestAnimationFrame(() => document.getElementById(SUBMIT_BUTTON_ID)?.focus());
  };
  const confirm = async () => {
    if (!checking) return;
    setSending(true);
    try {
      const { submission } = await submitTaxReturn(view.period, checking);
      await onSubmitted(submission);
    } catch (error) {
      // The server's objection (e.g. a deduction above the amount) belongs next to its field.
      setChecking(null);
      setProblem(applyApiError(error, form.setError, TAX_RETURN_FIELDS));
    } finally {
      setSending(false);
    }
  };

  if (checking) return <ReturnCheck view={view} values={checking} busy={sending} onConfirm={() => void confirm()} onBack={backToForm} />;
  const busy = form.formState.isSubmitting;
  return (
    <>
      <Paragraph>{correcting ? t('taxReturn.form.correctionIntro') : t('taxReturn.form.intro')}</Paragraph>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} label={correcting ? t('taxReturn.form.correctionLabel') : t('taxReturn.form.label')} onSubmit={onSubmit}>
        <TextField
          name="correctionCents"
          label={t('taxReturn.form.correctionCents')}
          description={t('taxReturn.form.correctionCentsDescription')}
          inputMode="decimal"
          autoComplete="off"
          width="sm"
        />
        <TextField name="correctionReason" label={t('taxReturn.form.correctionReason')} description={t('taxReturn.form.correctionReasonDescription')} />
        <TextField
          name="platformDeductionCents"
          label={t('taxReturn.form.platformDeductionCents')}
          description={t('taxReturn.form.platformDeductionCentsDescription')}
          inputMode="decimal"
          autoComplete="off"
          width="sm"
        />
        <TextField
          name="platformReference"
          label={t('taxReturn.form.platformReference')}
          description={t('taxReturn.form.platformReferenceDescription')}
          autoComplete="off"
          width="md"
        />
        <LiveTotal view={view} />
        <div className="nr-form-actions">
          <Button id={SUBMIT_BUTTON_ID} type="submit" appearance="primary-action" busy={busy} disabled={busy}>
            {correcting ? t('taxReturn.form.submitCorrection') : t('taxReturn.form.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
