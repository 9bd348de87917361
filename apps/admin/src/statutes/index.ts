import BalanceIcon from '@mui/icons-material/Balance';
import type { StatuteResponse } from '@caseatlas/contracts';
import { StatuteCreate } from './StatuteCreate';
import { StatuteEdit } from './StatuteEdit';
import { StatuteList } from './StatuteList';
import { StatuteShow } from './StatuteShow';

export default {
  list: StatuteList,
  show: StatuteShow,
  edit: StatuteEdit,
  create: StatuteCreate,
  icon: BalanceIcon,
  recordRepresentation: (record: StatuteResponse) => `${record.key} — ${record.title}`,
};
