import { defineMessages } from '../define';

export const settings = defineMessages({
  en: {
    'settings.plan': 'Plan',
    'settings.plan.free': 'Free (300 contacts)',
    'settings.plan.starter': 'Starter (unlimited)',
    'settings.plan.pro': 'Pro (unlimited)',
    'settings.language': 'Language',
    'settings.language.auto': 'Browser language',
    'settings.language.en': 'English',
    'settings.language.fr': 'Français',
    'settings.recovered': 'Your saved settings could not be read, so the defaults are in use. Check them below and save again.',
  },
  fr: {
    'settings.plan': 'Plan',
    'settings.plan.free': 'Free (300 contacts)',
    'settings.plan.starter': 'Starter (illimité)',
    'settings.plan.pro': 'Pro (illimité)',
    'settings.language': 'Langue',
    'settings.language.auto': 'Langue du navigateur',
    'settings.language.en': 'English',
    'settings.language.fr': 'Français',
    'settings.recovered': 'Vos paramètres enregistrés étaient illisibles : les valeurs par défaut s\'appliquent. Vérifiez-les ci-dessous et enregistrez à nouveau.',
  },
});
