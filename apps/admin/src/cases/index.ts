import CasesIcon from '@mui/icons-material/Cases';
import type { CaseResponse } from '@caseatlas/contracts';
import { CaseCreate } from './CaseCreate';
import { CaseEdit } from './CaseEdit';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';

export default {
  list: CaseList,
  show: CaseShow,
  edit: CaseEdit,
  create: CaseCreate,
  icon: CasesIcon,
  recordRepresentation: (record: CaseResponse) => `${record.reference} — ${record.title}`,
};
