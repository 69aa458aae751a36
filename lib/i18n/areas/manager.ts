import { defineMessages } from '../define';

export const manager = defineMessages({
  en: {
    'manager.nav.label': 'Sections',
    'manager.nav.contacts': 'Contacts',
    'manager.nav.settings': 'Settings',
  },
  fr: {
    'manager.nav.label': 'Sections',
    'manager.nav.contacts': 'Contacts',
    'manager.nav.settings': 'Paramètres',
  },
});
