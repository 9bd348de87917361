import { Edit } from 'react-admin';
import type { StatuteResponse } from '@caseatlas/contracts';
import { useApiErrorNotifier } from '../common/apiErrors';
import { StatuteInputs } from './StatuteInputs';

/** Pessimistic for the same reasons as CaseEdit: inline 400s and a clear 409 on a stale version. */
export const StatuteEdit = () => {
  const onError = useApiErrorNotifier('caseatlas.errors.statute_conflict');
  return (
    <Edit<StatuteResponse> mutationMode="pessimistic" mutationOptions={{ onError }} redirect="show">
      <StatuteInputs isEdit />
    </Edit>
  );
};
