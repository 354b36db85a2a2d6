// A row of related links under a form ("Ik heb geen code ontvangen.", "Terug naar inloggen").
import { Children, type ReactNode } from 'react';

export function LinkGroup({ children }: { children: ReactNode }) {
  return (
    <ul className="nr-link-group">
      {Children.toArray(children).map((child, index) => (
        <li key={index}>{child}</li>
      ))}
    </ul>
  );
}
