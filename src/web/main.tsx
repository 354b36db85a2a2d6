// Entry point of the web app: styles (NL Design System components, design tokens, our token
// overrides), translations, the CSRF token, and the React tree.
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
import './theme/tokens.css';
import './theme/layout.css';
import './i18n/index.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { refreshCsrfToken } from './api/client.ts';
import { App } from './App.tsx';
import { removeExpiredDrafts } from './drafts/draft-store.ts';
import { SessionProvider } from './session/SessionContext.tsx';

// Fetched once at start so the first form submit does not wait for it; failures are retried
// when a request needs the token.
void refreshCsrfToken().catch(() => undefined);
// Drafts older than their limit are thrown away unread, whoever left them (docs/decisions/0008).
removeExpiredDrafts();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <BrowserRouter>
      <SessionProvider>
        <App />
      </SessionProvider>
    </BrowserRouter>
  </StrictMode>,
);
