// "API-sleutels" (/app/register/api): the owner makes a token per booking system (shown once,
// with "Kopiëren"; after a fresh second factor), sees who made each and when it was last used, and
// revokes one with "Intrekken". Staff read that this is the owner's; the API documentation is one
// link away.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_DOCS_URL, listApiTokens, revokeApiToken, type ApiToken } from '../../api/register-io.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { ExternalLink, Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Section } from '../../components/Section.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useCurrentSession } from '../../session/useCurrentSession.ts';
import { EntrepreneursOnly } from '../register/EntrepreneursOnly.tsx';
import { useRemote } from '../../hooks/useRemote.ts';
import { CreateTokenForm } from './CreateTokenForm.tsx';
import { NewTokenNotice } from './NewTokenNotice.tsx';
import { TokensTable } from './TokensTable.tsx';

function TokenList({ tokens, onRevoked }: { tokens: readonly ApiToken[]; onRevoked: (token: ApiToken) => Promise<void> }) {
  const { t } = useTranslation();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const revoke = async (token: ApiToken) => {
    setProblem(null);
    setBusyId(token.id);
    try {
      await revokeApiToken(token.id);
      await onRevoked(token);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusyId(null);
    }
  };
  return (
    <Section title={t('registerIo.apiTokens.listHeading')}>
      {problem !== null && <ErrorAlert error={problem} />}
      {tokens.length === 0 ? (
        <Paragraph>{t('registerIo.apiTokens.empty')}</Paragraph>
      ) : (
        <TokensTable tokens={tokens} busyId={busyId} onRevoke={(token) => void revoke(token)} />
      )}
    </Section>
  );
}

function OwnerTokens() {
  const { t } = useTranslation();
  const load = useCallback(() => listApiTokens(), []);
  const { state, reload } = useRemote(load);
  const [created, setCreated] = useState<{ token: string; apiToken: ApiToken } | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  return (
    <>
      {revoked && (
        <Alert type="ok">
          <Paragraph>{t('registerIo.apiTokens.revoked', { name: revoked })}</Paragraph>
        </Alert>
      )}
      {created && <NewTokenNotice token={created.token} apiToken={created.apiToken} />}
      <CreateTokenForm
        onCreated={(next) => {
          setRevoked(null);
          setCreated(next);
          void reload();
        }}
      />
      {state.status === 'loading' && <Paragraph>{t('app.loading')}</Paragraph>}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'loaded' && (
        <TokenList
          tokens={state.data}
          onRevoked={async (token) => {
            setCreated(null);
            setRevoked(token.name);
            await reload();
          }}
        />
      )}
    </>
  );
}

function ApiTokensContent() {
  const { t } = useTranslation();
  useDocumentTitle(t('registerIo.apiTokens.title'));
  const { user } = useCurrentSession();
  return (
    <>
      <PageHeading>{t('registerIo.apiTokens.heading')}</PageHeading>
      <Paragraph>{t('registerIo.apiTokens.intro')}</Paragraph>
      <Paragraph>{t('registerIo.apiTokens.makerNote')}</Paragraph>
      <Paragraph>
        {t('registerIo.apiTokens.docsIntro')} <ExternalLink href={API_DOCS_URL}>{t('registerIo.apiTokens.docs')}</ExternalLink>.
      </Paragraph>
      {user.role === 'owner' ? <OwnerTokens /> : <Paragraph>{t('registerIo.apiTokens.ownerOnly')}</Paragraph>}
      <Paragraph>
        <Link to="/app/register">{t('registerIo.apiTokens.back')}</Link>
      </Paragraph>
    </>
  );
}

export function ApiTokensPage() {
  return (
    <EntrepreneursOnly>
      <ApiTokensContent />
    </EntrepreneursOnly>
  );
}
