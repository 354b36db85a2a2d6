// "Huidige accommodatie" in the application header, for an owner or staff member who works for
// more than one accommodation: choose one and "Wisselen". The choice belongs to this session;
// the page then shows the data of the accommodation switched to.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { switchAccommodation } from '../api/accommodations.ts';
import type { AccommodationChoice, Session } from '../api/types.ts';
import { Button } from '../components/Button.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useSession } from '../session/SessionContext.tsx';

export function AccommodationSwitcher({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const currentId = session.accommodation?.id ?? '';
  const [choice, setChoice] = useState(currentId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');

  // Switched elsewhere (after adding an accommodation): show the one now worked in.
  useEffect(() => setChoice(currentId), [currentId]);

  if (session.accommodations.length < 2) return null;

  const labelOf = (accommodation: AccommodationChoice) => {
    const values = { name: accommodation.companyName, city: accommodation.city };
    if (accommodation.status === 'pending') return t('organisation.switcher.optionPending', values);
    if (accommodation.status === 'rejected') return t('organisation.switcher.optionRejected', values);
    return t('organisation.switcher.option', values);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || choice === currentId) return;
    setBusy(true);
    setError(null);
    setAnnouncement('');
    try {
      const next = await switchAccommodation(choice);
      await refresh();
      setAnnouncement(t('organisation.switcher.switched', { name: next.accommodation?.companyName ?? '' }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="nr-switcher" onSubmit={(event) => void submit(event)}>
      <label className="utrecht-form-label nr-switcher__label" htmlFor="accommodation-switcher">
        {t('organisation.switcher.label')}
      </label>
      <select
        id="accommodation-switcher"
        className="utrecht-select utrecht-select--html-select nr-switcher__select"
        value={choice}
        onChange={(event) => setChoice(event.target.value)}
      >
        {session.accommodations.map((accommodation) => (
          <option key={accommodation.id} value={accommodation.id}>
            {labelOf(accommodation)}
          </option>
        ))}
      </select>
      <Button type="submit" busy={busy} aria-disabled={busy || undefined}>
        {t('organisation.switcher.submit')}
      </Button>
      <p role="status" className="nr-visually-hidden">
        {announcement}
      </p>
      {error !== null && (
        <div className="nr-switcher__error">
          <ErrorAlert error={error} />
        </div>
      )}
    </form>
  );
}
