// A page section with its h2, named by it for assistive technology.
import { useId, type ReactNode } from 'react';
import { Heading } from './Heading.tsx';

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="nr-section" aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
