// Where a look-up's answer appears: a section named by its heading, which takes focus so screen
// reader users hear that the answer is there.
import { useId, type ReactNode } from 'react';
import { Heading } from '../../components/Heading.tsx';

export function ResultSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="nr-inspection-result" aria-labelledby={id}>
      <Heading level={2} id={id} focusOnMount>
        {title}
      </Heading>
      {children}
    </section>
  );
}
