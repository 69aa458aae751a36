import { defineMessages } from '../define';

export const welcome = defineMessages({
  en: {
    'welcome.title': 'Welcome to FluenzR Capture',
    'welcome.intro': 'Capture prospects from LinkedIn, Gmail and any page, and manage them here, in your browser. Three steps to start:',
    'welcome.step': 'Step {n}',
    'welcome.capture.title': 'Capture a prospect',
    'welcome.capture.body': 'Open a LinkedIn profile, then click the FluenzR icon in the toolbar (or press Alt+Shift+S) to save the person. In Gmail, the popup lists the people of the open thread.',
    'welcome.import.title': 'Import your list',
    'welcome.import.body': 'Already have prospects in a spreadsheet or a CRM export? Import the CSV file: columns are recognized, and a dry run shows what will happen before anything is written.',
    'welcome.import.action': 'Import a CSV file',
    'welcome.board.title': 'Work the pipeline',
    'welcome.board.body': 'Move contacts through the stages on the board (from the popup: Open board), and filter, tag and segment them in the manager.',
    'welcome.samples.title': 'Try it on sample contacts first',
    'welcome.samples.open': 'See the sample contacts',
    'welcome.privacy': 'Everything stays in this browser: FluenzR makes no network request, and nothing leaves your machine unless you export it.',
  },
  fr: {
    'welcome.title': 'Bienvenue dans FluenzR Capture',
    'welcome.intro': 'Capturez des prospects depuis LinkedIn, Gmail et n\'importe quelle page, et gérez-les ici, dans votre navigateur. Trois étapes pour commencer :',
    'welcome.step': 'Étape {n}',
    'welcome.capture.title': 'Capturer un prospect',
    'welcome.capture.body': 'Ouvrez un profil LinkedIn, puis cliquez sur l\'icône FluenzR de la barre d\'outils (ou appuyez sur Alt+Maj+S) pour enregistrer la personne. Dans Gmail, la fenêtre de l\'extension liste les personnes du fil ouvert.',
    'welcome.import.title': 'Importer votre liste',
    'welcome.import.body': 'Vous avez déjà des prospects dans un tableur ou un export de CRM ? Importez le fichier CSV : les colonnes sont reconnues, et un essai à blanc montre ce qui se passera avant toute écriture.',
    'welcome.import.action': 'Importer un fichier CSV',
    'welcome.board.title': 'Faire avancer le pipeline',
    'welcome.board.body': 'Faites passer les contacts d\'une étape à l\'autre sur le tableau (depuis la fenêtre de l\'extension : Ouvrir le tableau), puis filtrez, étiquetez et segmentez-les dans le gestionnaire.',
    'welcome.samples.title': 'Essayez d\'abord sur des contacts d\'exemple',
    'welcome.samples.open': 'Voir les contacts d\'exemple',
    'welcome.privacy': 'Tout reste dans ce navigateur : FluenzR ne fait aucune requête réseau, et rien ne quitte votre machine sauf si vous l\'exportez.',
  },
});
