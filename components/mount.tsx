import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from './i18n';
import { ToastProvider } from './ui/Toast';
import './styles.css';

/** Every extension page starts here: one root, its providers (strings, toasts). */
export function mountPage(page: ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('Missing #root');
  createRoot(container).render(
    <StrictMode>
      <I18nProvider>
        <ToastProvider>{page}</ToastProvider>
      </I18nProvider>
    </StrictMode>,
  );
}
