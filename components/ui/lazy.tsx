import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useT } from '../i18n';

/**
 * React.lazy for a named export: the module becomes its own chunk, fetched
 * the first time the component renders (kept out of the page's first scripts).
 */
export function lazyNamed<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<unknown> })) as M[K];
}

/** What shows while a lazy part's chunk loads (a few ms from the extension's own files). */
export function Loading({ className = 'text-sm text-slate-500 dark:text-slate-400' }: { className?: string }) {
  const t = useT();
  return (
    <p role="status" className={className} data-testid="loading">
      {t('common.loading')}
    </p>
  );
}

/** A lazy part with the standard loading state. */
export function Deferred({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) {
  return <Suspense fallback={fallback === undefined ? <Loading /> : fallback}>{children}</Suspense>;
}
