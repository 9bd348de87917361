import PeopleIcon from '@mui/icons-material/People';
import type { UserResponse } from '@caseatlas/contracts';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';
import { UserShow } from './UserShow';

/** Accounts, for administrators only (authProvider.canAccess). No delete: accounts are deactivated. */
export default {
  list: UserList,
  show: UserShow,
  edit: UserEdit,
  create: UserCreate,
  icon: PeopleIcon,
  recordRepresentation: (record: UserResponse) => `${record.displayName} (${record.username})`,
};
