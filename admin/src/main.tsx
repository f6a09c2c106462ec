import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/app-providers';
import { createAppRouter } from './app/app-router';
import { HtmlLang } from './app/html-lang';
import { createApolloClient } from './graphql/apollo-client';
import { clearToken } from './graphql/token-store';
import './app/app.css';

const router = createAppRouter();

const client = createApolloClient({
  onUnauthenticated: () => {
    // The token expired or was revoked: forget it and everything fetched with it.
    clearToken();
    void client.clearStore();
    if (router.state.location.pathname !== '/login') void router.navigate('/login', { replace: true });
  },
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders client={client}>
      <HtmlLang />
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
