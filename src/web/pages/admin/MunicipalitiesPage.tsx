// "Gemeenten" (/app/gemeenten) for admins: the participating municipalities, adding one, editing
// one, and the way to invite a municipality's first user.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listManagedMunicipalities, type ManagedMunicipality } from '../../api/admin-municipalities.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { RequireRole } from '../../session/RequireRole.tsx';
import '../../theme/portal.css';
import { AddMunicipalityForm } from './AddMunicipalityForm.tsx';
import { EditMunicipalityForm } from './EditMunicipalityForm.tsx';
import { editButtonId, inviteHref, MunicipalitiesTable } from './MunicipalitiesTable.tsx';

interface Notice {
  text: string;
  invite?: { href: string; label: string };
}

function MunicipalitiesContent() {
  const { t } = useTranslation();
  useDocumentTitle(t('adminMunicipalities.title'));
  const [municipalities, setMunicipalities] = useState<ManagedMunicipality[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<ManagedMunicipality | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const load = useCallback(async () => {
    try {
      setMunicipalities(await listManagedMunicipalities());
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const stopEditing = (id: string) => {
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(editButtonId(id))?.focus());
  };

  const onAdded = (added: ManagedMunicipality) => {
    setNotice({
      text: t('adminMunicipalities.added', { name: added.name }),
      invite: { href: inviteHref(added.id), label: t('adminMunicipalities.namedAction', { action: t('adminMunicipalities.invite'), name: added.name }) },
    });
    void load();
  };

  const onSaved = (saved: ManagedMunicipality) => {
    setNotice({ text: t('adminMunicipalities.saved', { name: saved.name }) });
    void load();
    stopEditing(saved.id);
  };

  return (
    <>
      <PageHeading>{t('adminMunicipalities.heading')}</PageHeading>
      <Paragraph>{t('adminMunicipalities.intro')}</Paragraph>
      {notice && (
        <Alert type="ok">
          <Paragraph>{notice.text}</Paragraph>
          {notice.invite && (
            <Paragraph>
              <Link to={notice.invite.href}>{notice.invite.label}</Link>
            </Paragraph>
          )}
        </Alert>
      )}
      <ErrorAlert error={error} />
      {!municipalities && !error && <Paragraph>{t('app.loading')}</Paragraph>}
      {municipalities?.length === 0 && <Paragraph>{t('adminMunicipalities.empty')}</Paragraph>}
      {municipalities && municipalities.length > 0 && (
        <MunicipalitiesTable
          municipalities={municipalities}
          onEdit={(m) => {
            setNotice(null);
            setEditing(m);
          }}
        />
      )}
      {editing && <EditMunicipalityForm key={editing.id} municipality={editing} onSaved={onSaved} onCancel={() => stopEditing(editing.id)} />}
      <AddMunicipalityForm onAdded={onAdded} />
    </>
  );
}

export function MunicipalitiesPage() {
  return (
    <RequireRole roles={['admin']}>
      <MunicipalitiesContent />
    </RequireRole>
  );
}
