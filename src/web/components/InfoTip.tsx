// The "i" next to a label: a disclosure button that shows a short explanation. The text is also
// linked to the input (aria-describedby), so screen reader users hear it without opening it.
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface InfoTipProps {
  id: string;
  label: string;
  text: string;
}

export function InfoTip({ id, label, text }: InfoTipProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="nr-info-tip__button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('common.moreInfo', { label })}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={closeOnEscape}
      >
        <span aria-hidden="true">{t('common.infoIcon')}</span>
      </button>
      <div id={id} className="nr-info-tip__panel utrecht-form-field-description" hidden={!open}>
        {text}
      </div>
    </>
  );
}
