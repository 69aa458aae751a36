import { defineMessages } from '../define';

/** Messages for failures of the browser itself (storage full…), shown wherever they happen. */
export const faults = defineMessages({
  en: {
    'error.storage_full':
      'Your browser has no storage space left for FluenzR Capture, so nothing was saved. Free some disk space (or export and delete contacts you no longer need), then try again.',
  },
  fr: {
    'error.storage_full':
      'Votre navigateur n\'a plus d\'espace de stockage pour FluenzR Capture : rien n\'a été enregistré. Libérez de l\'espace disque (ou exportez puis supprimez les contacts dont vous n\'avez plus besoin), puis réessayez.',
  },
});
