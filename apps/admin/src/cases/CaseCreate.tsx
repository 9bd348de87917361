import { Create } from 'react-admin';
import type { CaseResponse } from '@caseatlas/contracts';
import { useApiErrorNotifier } from '../common/apiErrors';
import { CaseInputs } from './CaseInputs';
import { caseDefaults, toCaseBody } from './caseBody';

const defaults = caseDefaults();

export const CaseCreate = () => {
  // A 409 here is not about versions (e.g. the reference is taken): show the API's message.
  const onError = useApiErrorNotifier();
  return (
    <Create<CaseResponse> mutationOptions={{ onError }} transform={toCaseBody} redirect="show">
      <CaseInputs defaultValues={defaults} />
    </Create>
  );
};
