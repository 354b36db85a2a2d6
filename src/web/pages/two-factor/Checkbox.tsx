// A single checkbox with its label (NL Design System classes), outside react-hook-form: the 2FA
// pages use it for choices that are not form values ("Dit apparaat onthouden", "Ik heb de code…").
import { useId } from 'react';

export function Checkbox({ label, checked, onChange }: { label: string; checked: boolean; onChange: (value: boolean) => void }) {
  const id = useId();
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox nr-checkbox">
      <input
        id={id}
        type="checkbox"
        className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
        {label}
      </label>
    </div>
  );
}
