import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startServiceWorker } from './app/serviceWorker';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The single-file build is opened from disk, where service workers cannot run; it has no offline copy
// to keep because the whole app is the file.
if (import.meta.env.MODE !== 'single') startServiceWorker();
