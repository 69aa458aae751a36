import { mountPage } from '../../components/mount';
import { ManagerPage } from '../../components/pages/ManagerPage';

mountPage(<ManagerPage />);
