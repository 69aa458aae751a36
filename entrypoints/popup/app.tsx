import { mountPage } from '../../components/mount';
import { startTabLookup } from '../../components/hooks/useActiveTabPage';
import { PopupPage } from '../../components/pages/PopupPage';

// The capture card follows the active tab's page: asked before the first render.
startTabLookup();
mountPage(<PopupPage />);
