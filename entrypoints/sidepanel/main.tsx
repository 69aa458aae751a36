import { mountPage } from '../../components/mount';
import { SidePanelPage } from '../../components/pages/SidePanelPage';

mountPage(<SidePanelPage />);
