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
import { typeset } from './typography';
import { fillTemplate, type Locale, type Params } from './locale';

export { browserLocale, fillTemplate, LOCALES, resolveLocale, type Locale, type Params } from './locale';

/** Every area's strings; a new area adds one import and one entry here. */
const AREAS = [common, capture, settings, manager, backup, board, contacts, csv, faults, fields, gmail, linkedin, popup, privacy, segments, lists, welcome, followups, undo, team] as const;
type Area = (typeof AREAS)[number];
type KeysOf<A> = A extends { en: infer E } ? keyof E & string : never;
export type MessageKey = KeysOf<Area>;

const BUILD: Record<Locale, () => Record<string, string>> = {
  en: () => Object.assign({}, ...AREAS.map((area) => area.en)),
  // French punctuation is applied once here, so no string can forget it.
  fr: () => Object.fromEntries(Object.entries(Object.assign({}, ...AREAS.map((area) => area.fr)) as Record<string, string>).map(([key, text]) => [key, typeset('fr', text)])),
};
const built: Partial<Record<Locale, Record<string, string>>> = {};
/** Built on first use: a page shown in English never pays for the French typography pass over every string (every page opens with it). */
const dictionary = (locale: Locale): Record<string, string> => (built[locale] ??= BUILD[locale]());

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(locale: Locale): Translate {
  const strings = dictionary(locale);
  const english = dictionary('en');
  return (key, params) => fillTemplate(strings[key] ?? english[key] ?? key, params);
}

export function messageKeys(locale: Locale): string[] {
  return Object.keys(dictionary(locale));
}
