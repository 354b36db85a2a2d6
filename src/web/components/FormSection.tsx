// A group of related fields within a long form: a fieldset whose legend is the group's h2, so the
// group is both announced with the fields and found by heading navigation.
import type { ReactNode } from 'react';
import { Paragraph } from './Paragraph.tsx';

export function FormSection({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset nr-form-section">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        <h2 className="utrecht-heading-2">{title}</h2>
      </legend>
      {intro && <Paragraph>{intro}</Paragraph>}
      {children}
    </fieldset>
  );
}
