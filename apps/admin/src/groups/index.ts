import GroupsIcon from '@mui/icons-material/Groups';
import type { WorkingGroupResponse } from '@caseatlas/contracts';
import { GroupCreate } from './GroupCreate';
import { GroupEdit } from './GroupEdit';
import { GroupList } from './GroupList';
import { GroupShow } from './GroupShow';

/** Working groups: everyone reads them; administrators create and edit them (authProvider.canAccess). */
export default {
  list: GroupList,
  show: GroupShow,
  edit: GroupEdit,
  create: GroupCreate,
  icon: GroupsIcon,
  recordRepresentation: (record: WorkingGroupResponse) => record.name,
};
