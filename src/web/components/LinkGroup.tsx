// A row of related links under a form ("Ik heb geen code ontvangen.", "Terug naar inloggen").
import { Children, isValidElement, type ReactNode } from 'react';

export function LinkGroup({ children }: { children: ReactNode }) {
  return (
    <ul className="nr-link-group">
      {/* Children.toArray gives every link a key of its own (its key, else its place among the children). */}
      {Children.toArray(children).map((child) => (
        <li key={isValidElement(child) ? child.key : String(child)}>{child}</li>
      ))}
    </ul>
  );
}
