import HistoryIcon from '@mui/icons-material/History';
import type { AuditEventResponse } from '@caseatlas/contracts';
import { AuditList } from './AuditList';
import { AuditShow } from './AuditShow';

/** The audit trail, for administrators only (authProvider.canAccess); nobody writes to it here. */
export default {
  list: AuditList,
  show: AuditShow,
  icon: HistoryIcon,
  recordRepresentation: (record: AuditEventResponse) => `${record.action} · ${record.at}`,
};
