// "Nieuwe registratie" (/app/register/nieuw): staff register a stay by hand. Problems appear next
// to the fields, in the form's own checks and the API's alike, with everything typed kept; after
// saving, the stay's page opens with a notice. What is typed is kept in this browser as a draft of
// this user in this accommodation until it is saved (it outlives an expired session; see drafts/).
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { StayInput } from '../../../shared/schemas/register.ts';
import { registerStay, type RegisterSettings, type Unit } from '../../api/register.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { DraftNotice } from '../../drafts/DraftNotice.tsx';
import { userDraftKey, type DraftPlace } from '../../drafts/draft-store.ts';
import { useFormDraft } from '../../drafts/useFormDraft.ts';
import { useCurrentSession } from '../../session/useCurrentSession.ts';
import { EntrepreneursOnly } from './EntrepreneursOnly.tsx';
import { NotApprovedNotice } from './NotApprovedNotice.tsx';
import { formRulesOf, newStayFormSchema, newStayValues, stayFieldNames, stayFormFields, type StayFormValues } from './stay-form.ts';
import type { StayNotice } from './stay-notice.ts';
import { StayFormFields } from './StayFormFields.tsx';
import { DeskSignatureFields, type DeskSignatures } from './DeskSignatures.tsx';
import { signatureInput, UNSIGNED } from './PersonSignatureFields.tsx';
import { signersOf } from '../../../shared/register/signatures.ts';
import { useRegisterSettings } from './useRegisterSettings.ts';
import { useUnits } from './useUnits.ts';
import './register.css';

/** A desk computer keeps a draft at most a day (and until saving or signing out). */
const DRAFT_MAX_AGE_MS = 24 * 60 * 60_000;

function parseStayDraft(values: unknown): StayFormValues | null {
  const parsed = stayFormFields.safeParse(values);
  return parsed.success ? parsed.data : null;
}

function NewStayForm({ settings, units }: { settings: RegisterSettings; units: readonly Unit[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const session = useCurrentSession();
  const empty = useMemo(() => newStayValues(settings.today), [settings.today]);
  const form = useForm<StayFormValues, unknown, StayInput>({
    resolver: zodResolver(newStayFormSchema(formRulesOf(settings))),
    defaultValues: empty,
  });
  const place: DraftPlace = {
    storage: 'local',
    key: `${userDraftKey(session.user.id)}accommodation:${session.accommodation?.id ?? 'none'}:new-stay`,
    maxAgeMs: DRAFT_MAX_AGE_MS,
  };
  const draft = useFormDraft(form, place, { empty, parse: parseStayDraft });
  const [signatures, setSignatures] = useState<DeskSignatures>({});

  const onSubmit = async (stay: StayInput) => {
    setProblem(null);
    try {
      const signers = signersOf({ ...stay, coTravellers: stay.coTravellers });
      const taken = signers.flatMap((s) => {
        const input = signatureInput(s.person, signatures[s.person] ?? UNSIGNED);
        return input ? [input] : [];
      });
      const saved = await registerStay({ ...stay, signatures: taken });
      draft.forget();
      const notice: StayNotice = { saved: saved.number };
      navigate(`/app/register/${saved.id}`, { state: notice });
    } catch (error) {
      setProblem(applyApiError(error, form.setError, stayFieldNames(form.getValues('coTravellers').length)));
    }
  };

  return (
    <>
      <DraftNotice draft={draft} />
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit} label={t('nightRegister.form.newHeading')}>
        <StayFormFields units={units} settings={settings} />
        <DeskSignatureFields value={signatures} onChange={setSignatures} />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('nightRegister.form.submit')}
          </Button>
          <Link to="/app/register" className="nr-form-actions__link">
            {t('nightRegister.form.back')}
          </Link>
        </div>
      </Form>
    </>
  );
}

function NewStayContent() {
  const { t } = useTranslation();
  useDocumentTitle(t('nightRegister.form.newTitle'));
  const settings = useRegisterSettings();
  const units = useUnits().state;
  const failed = settings.status === 'failed' ? settings.error : units.status === 'failed' ? units.error : null;

  return (
    <>
      <PageHeading>{t('nightRegister.form.newHeading')}</PageHeading>
      <Paragraph>{t('nightRegister.form.newIntro')}</Paragraph>
      <NotApprovedNotice settings={settings} />
      <ErrorAlert error={failed} />
      {!failed && (settings.status === 'loading' || units.status === 'loading') && <Paragraph>{t('app.loading')}</Paragraph>}
      {settings.status === 'loaded' && units.status === 'loaded' && <NewStayForm settings={settings.data} units={units.data} />}
    </>
  );
}

export function NewStayPage() {
  return (
    <EntrepreneursOnly>
      <NewStayContent />
    </EntrepreneursOnly>
  );
}
