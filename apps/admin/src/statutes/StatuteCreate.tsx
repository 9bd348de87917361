import { Create } from 'react-admin';
import type { StatuteRecord, StatuteResponse } from '@caseatlas/contracts';
import { useApiErrorNotifier } from '../common/apiErrors';
import { StatuteInputs } from './StatuteInputs';

const defaults: Partial<StatuteRecord> = { lifePossible: false, purposes: [], validFrom: null, validTo: null };

export const StatuteCreate = () => {
  // A 409 on create is a key already in the catalogue: the API's message says so.
  const onError = useApiErrorNotifier();
  return (
    <Create<StatuteResponse> mutationOptions={{ onError }} redirect="show">
      <StatuteInputs defaultValues={defaults} />
    </Create>
  );
};
