// After a client-side navigation, moves focus to the new page's h1 so keyboard and screen reader
// users start at the top of the new content, as they would after a full page load. The page the
// browser loads first keeps the browser's own focus handling.
import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

// Shared by every layout, so that switching layouts (sign-in page → application) counts as a
// navigation too.
let firstPageShown = false;

export function useFocusHeadingOnNavigate(): void {
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger: the effect runs once per page
  useEffect(() => {
    if (!firstPageShown) {
      firstPageShown = true;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pathname]);
}
