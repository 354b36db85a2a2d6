// After a client-side navigation, moves focus to the new page's h1 so keyboard and screen reader
// users start at the top of the new content, as they would after a full page load.
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

export function useFocusHeadingOnNavigate(): void {
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pathname]);
}
