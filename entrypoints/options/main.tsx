import { DEFAULT_SORT } from '../../lib/contacts/query-model';
import { mountPage } from '../../components/mount';
import { startFirstRead } from '../../components/manager/contacts/useContactQuery';
import { ManagerPage } from '../../components/pages/ManagerPage';

// The contacts table is the manager's home: its first rows are read while the page renders.
if (/^(#\/?(contacts)?\/?)?$/.test(location.hash)) startFirstRead({ search: '' }, DEFAULT_SORT);
mountPage(<ManagerPage />);
