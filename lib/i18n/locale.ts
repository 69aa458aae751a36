/**
 * Locales and message templates, without the dictionaries: the popup's first
 * paint (lib/first-paint) formats its one string before they have loaded.
 */
export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];

export type Params = Record<string, string | number>;

/** The browser's language when it is French, English otherwise. */
export function browserLocale(language = globalThis.navigator?.language ?? 'en'): Locale {
  return language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function resolveLocale(setting: 'auto' | Locale): Locale {
  return setting === 'auto' ? browserLocale() : setting;
}

/** A template with its {name} placeholders filled; an unknown placeholder stays as written. */
export function fillTemplate(template: string, params?: Params): string {
  return params ? template.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match)) : template;
}
