import { Edit } from 'react-admin';
import type { WorkingGroupResponse } from '@caseatlas/contracts';
import { useApiErrorNotifier } from '../common/apiErrors';
import { GroupInputs, groupBody } from './GroupInputs';

/** Pessimistic, like the other edit screens: inline 400s and a clear 409 on a stale version. */
export const GroupEdit = () => {
  const onError = useApiErrorNotifier('caseatlas.group.conflict');
  return (
    <Edit<WorkingGroupResponse>
      mutationMode="pessimistic"
      mutationOptions={{ onError }}
      transform={groupBody}
      redirect="show"
    >
      <GroupInputs />
    </Edit>
  );
};
