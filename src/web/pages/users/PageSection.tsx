// A section of the "Gebruikers" page with its h2, named by it for assistive technology.
import { useId, type ReactNode } from 'react';
import { Heading } from '../../components/Heading.tsx';

export function PageSection({ title, children }: { title: string; children: ReactNode }) {
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
