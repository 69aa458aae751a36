import { mountPage } from '../../components/mount';
import { PopupPage } from '../../components/pages/PopupPage';

mountPage(<PopupPage />);
