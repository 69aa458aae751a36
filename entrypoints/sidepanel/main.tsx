import { mountPage } from '../../components/mount';
import { startTabLookup } from '../../components/hooks/useActiveTabPage';
import { SidePanelPage } from '../../components/pages/SidePanelPage';

// The active tab decides between the board and the capture view: asked before the first render.
startTabLookup();
mountPage(<SidePanelPage />);
