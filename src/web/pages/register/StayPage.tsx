// One stay (/app/register/:id): its number, status, details and guests, what can happen to it
// ("Bevestigen", "Inchecken", "Uitchecken", "Corrigeren", "Annuleren") and its history.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { getStay, markStay, type StayEvent } from '../../api/register.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import '../../theme/portal.css';
import { useRemote } from '../../hooks/useRemote.ts';
import { CancelStayForm } from './CancelStayForm.tsx';
import { CorrectStayForm } from './CorrectStayForm.tsx';
import { EntrepreneursOnly } from './EntrepreneursOnly.tsx';
import { stayNoticeFrom } from './stay-notice.ts';
import { StayActions } from './StayActions.tsx';
import { StayDetails } from './StayDetails.tsx';
import { StaySignatures } from './StaySignatures.tsx';
import { StayHistoryTable } from './StayHistoryTable.tsx';
import { useRegisterSettings } from './useRegisterSettings.ts';
import { useUnits } from './useUnits.ts';
import './register.css';

type Mode = 'view' | 'correct' | 'cancel';

const MARKED_NOTICE = {
  confirm: 'nightRegister.detail.confirmed',
  'check-in': 'nightRegister.detail.checkedInNotice',
  'check-out': 'nightRegister.detail.checkedOutNotice',
} as const;

function focusPageHeading() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
}

function StayContent({ id }: { id: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>(() => {
    const saved = stayNoticeFrom(location.state);
    return saved ? t('nightRegister.form.saved', { number: saved.saved }) : null;
  });
  const [mode, setMode] = useState<Mode>('view');
  const [busy, setBusy] = useState<StayEvent | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const load = useCallback(() => getStay(id), [id]);
  const { state, reload } = useRemote(load);
  const settings = useRegisterSettings();
  const units = useUnits().state;
  const stay = state.status === 'loaded' ? state.data.stay : null;
  useDocumentTitle(stay ? t('nightRegister.detail.title', { number: stay.number }) : t('nightRegister.overview.title'));

  const start = (next: Mode) => {
    setNotice(null);
    setActionError(null);
    setMode(next);
  };
  const finish = async (text: string | null) => {
    await reload();
    setMode('view');
    setNotice(text);
    focusPageHeading();
  };
  const onMark = async (event: StayEvent) => {
    if (!stay) return;
    start('view');
    setBusy(event);
    try {
      await markStay(stay.id, event);
      await finish(t(MARKED_NOTICE[event]));
    } catch (error) {
      setActionError(error);
    } finally {
      setBusy(null);
    }
  };

  if (state.status === 'loading') return <Paragraph>{t('nightRegister.detail.loading')}</Paragraph>;
  if (state.status === 'failed') {
    const missing = state.error instanceof ApiError && (state.error.status === 404 || state.error.status === 400);
    return (
      <>
        <PageHeading>{t('nightRegister.overview.heading')}</PageHeading>
        {missing ? <Paragraph>{t('nightRegister.detail.notFound')}</Paragraph> : <ErrorAlert error={state.error} />}
        <Paragraph>
          <Link to="/app/register">{t('nightRegister.form.back')}</Link>
        </Paragraph>
      </>
    );
  }
  const { stay: current, history } = state.data;

  return (
    <>
      <PageHeading>{t('nightRegister.detail.heading', { number: current.number })}</PageHeading>
      {notice && (
        <Alert type="ok">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <ErrorAlert error={actionError} />
      {current.status === 'pending' && <Paragraph>{t('nightRegister.detail.pendingHint')}</Paragraph>}
      {mode === 'correct' && settings.status === 'loaded' && units.status === 'loaded' ? (
        <CorrectStayForm
          stay={current}
          settings={settings.data}
          units={units.data}
          onCorrected={(corrected) => void finish(t('nightRegister.form.corrected', { version: corrected.version }))}
          onStop={() => {
            setMode('view');
            focusPageHeading();
          }}
        />
      ) : (
        <>
          {mode === 'view' && (
            <StayActions
              stay={current}
              busy={busy}
              onMark={(event) => void onMark(event)}
              onCorrect={() => start('correct')}
              onCancel={() => start('cancel')}
            />
          )}
          {mode === 'cancel' && (
            <CancelStayForm
              stay={current}
              onCancelled={() => void finish(t('nightRegister.detail.cancelled'))}
              onKeep={() => {
                setMode('view');
                focusPageHeading();
              }}
            />
          )}
          {mode === 'view' && <StaySignatures stay={current} onSigned={(name) => void finish(t('nightRegister.signatures.saved', { name }))} />}
          <StayDetails stay={current} />
        </>
      )}
      <StayHistoryTable stay={current} history={history} />
      <Paragraph>
        <Link to="/app/register">{t('nightRegister.form.back')}</Link>
      </Paragraph>
    </>
  );
}

function StayRoute() {
  const { id = '' } = useParams();
  // A new address is a new stay: nothing of the previous one (mode, notice) carries over.
  return <StayContent key={id} id={id} />;
}

export function StayPage() {
  return (
    <EntrepreneursOnly>
      <StayRoute />
    </EntrepreneursOnly>
  );
}
