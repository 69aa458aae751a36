import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** "#/contacts?x=1" → { section: 'contacts', params }. */
export function useHashRoute(): { section: string; params: URLSearchParams } {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  return { section: path.split('/')[0] ?? '', params: new URLSearchParams(query) };
}

export function navigate(section: string, params?: Record<string, string>): void {
  const query = params ? `?${new URLSearchParams(params)}` : '';
  location.hash = `#/${section}${query}`;
}
