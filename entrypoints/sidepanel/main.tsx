import { mountPage } from '../../components/mount';
import { startTabLookup } from '../../components/hooks/useActiveTabPage';
import { startBoardEarly } from '../../components/board/useBoard';
import { SidePanelPage } from '../../components/pages/SidePanelPage';

// Asked before the first render: the active tab decides between the board and the capture view,
// and the board's first cards are read meanwhile (the board is the usual view).
startTabLookup();
startBoardEarly();
mountPage(<SidePanelPage />);
