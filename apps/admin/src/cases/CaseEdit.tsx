import { Edit } from 'react-admin';
import type { CaseResponse } from '@caseatlas/contracts';
import { useApiErrorNotifier } from '../common/apiErrors';
import { CaseInputs } from './CaseInputs';
import { toCaseBody } from './caseBody';

/**
 * Pessimistic so that a 400 comes back while the form is still on screen (its messages go
 * inline) and a 409 (someone saved a newer version) stops the user here with a message.
 * The form holds the whole record, `version` included, and sends it back as it is.
 */
export const CaseEdit = () => {
  const onError = useApiErrorNotifier('caseatlas.errors.case_conflict');
  return (
    <Edit<CaseResponse> mutationMode="pessimistic" mutationOptions={{ onError }} transform={toCaseBody} redirect="show">
      <CaseInputs />
    </Edit>
  );
};
