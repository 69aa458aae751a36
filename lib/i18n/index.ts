import { backup } from './areas/backup';
import { board } from './areas/board';
import { capture } from './areas/capture';
import { common } from './areas/common';
import { contacts } from './areas/contacts';
import { csv } from './areas/csv';
import { faults } from './areas/faults';
import { fields } from './areas/fields';
import { gmail } from './areas/gmail';
import { linkedin } from './areas/linkedin';
import { lists } from './areas/lists';
import { manager } from './areas/manager';
import { popup } from './areas/popup';
import { privacy } from './areas/privacy';
import { segments } from './areas/segments';
import { settings } from './areas/settings';
import { welcome } from './areas/welcome';
import { followups } from './areas/followups';
import { undo } from './areas/undo';
import { team } from './areas/team';
import { frenchTypography } from './typography';

/** Every area's strings; a new area adds one import and one entry here. */
const AREAS = [common, capture, settings, manager, backup, board, contacts, csv, faults, fields, gmail, linkedin, popup, privacy, segments, lists, welcome, followups, undo, team] as const;
type Area = (typeof AREAS)[number];
type KeysOf<A> = A extends { en: infer E } ? keyof E & string : never;
export type MessageKey = KeysOf<Area>;
export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];

const BUILD: Record<Locale, () => Record<string, string>> = {
  en: () => Object.assign({}, ...AREAS.map((area) => area.en)),
  // French punctuation is applied once here, so no string can forget it.
  fr: () => Object.fromEntries(Object.entries(Object.assign({}, ...AREAS.map((area) => area.fr)) as Record<string, string>).map(([key, text]) => [key, frenchTypography(text)])),
};
const built: Partial<Record<Locale, Record<string, string>>> = {};
/** Built on first use: a page shown in English never pays for the French typography pass over every string (every page opens with it). */
const dictionary = (locale: Locale): Record<string, string> => (built[locale] ??= BUILD[locale]());

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(locale: Locale): Translate {
  const strings = dictionary(locale);
  const english = dictionary('en');
  return (key, params) => {
    const template = strings[key] ?? english[key] ?? key;
    return params ? template.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match)) : template;
  };
}

/** The browser's language when it is French, English otherwise. */
export function browserLocale(language = globalThis.navigator?.language ?? 'en'): Locale {
  return language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function resolveLocale(setting: 'auto' | Locale): Locale {
  return setting === 'auto' ? browserLocale() : setting;
}

export function messageKeys(locale: Locale): string[] {
  return Object.keys(dictionary(locale));
}
