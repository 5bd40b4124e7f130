import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { SessionProvider } from './auth/session';
import { setupI18n } from './i18n/setup';
import './styles/base.css';
import './styles/header.css';
import './styles/content.css';
import './styles/forms.css';
import './styles/map.css';
import './styles/manage.css';
import './finance/finance.css';

setupI18n();

const root = document.getElementById('root');
if (!root) throw new Error('no #root element in index.html');
createRoot(root).render(
  <StrictMode>
    <SessionProvider>
      <App />
    </SessionProvider>
  </StrictMode>,
);
