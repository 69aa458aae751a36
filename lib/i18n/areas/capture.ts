import { defineMessages } from '../define';

export const capture = defineMessages({
  en: {
    'capture.onThisPage': 'On this page',
    'capture.nothingHere': 'Nothing to capture here. Open a LinkedIn profile, then come back.',
    'capture.noTab': 'No page is open in this window.',
    'capture.emailNeeded': 'Add an email to save this person as a contact.',
    'capture.saved': 'Saved to your contacts.',
    'capture.updated': 'Contact updated: {fields}.',
    'capture.unchanged': 'Already in your contacts, nothing new.',
    'capture.alreadyKnown': 'Already in your contacts',
    'capture.recent': 'Recent contacts',
    'capture.noRecent': 'No contacts yet. Save a profile from LinkedIn to start.',
  },
  fr: {
    'capture.onThisPage': 'Sur cette page',
    'capture.nothingHere': 'Rien à capturer ici. Ouvrez un profil LinkedIn, puis revenez.',
    'capture.noTab': 'Aucune page ouverte dans cette fenêtre.',
    'capture.emailNeeded': 'Ajoutez un email pour enregistrer cette personne comme contact.',
    'capture.saved': 'Enregistré dans vos contacts.',
    'capture.updated': 'Contact mis à jour : {fields}.',
    'capture.unchanged': 'Déjà dans vos contacts, rien de nouveau.',
    'capture.alreadyKnown': 'Déjà dans vos contacts',
    'capture.recent': 'Contacts récents',
    'capture.noRecent': 'Aucun contact pour l\'instant. Enregistrez un profil LinkedIn pour commencer.',
  },
});
