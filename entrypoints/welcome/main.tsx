import { mountPage } from '../../components/mount';
import { WelcomePage } from '../../components/pages/WelcomePage';

mountPage(<WelcomePage />);
