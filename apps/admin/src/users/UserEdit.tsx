import { Edit } from 'react-admin';
import type { UserResponse } from '@caseatlas/contracts';
import { useApiErrorNotifier } from '../common/apiErrors';
import { UserInputs, toUserBody } from './UserInputs';
import type { UserFormValues } from './UserInputs';

const transform = (values: UserFormValues) => toUserBody(values, true);

/** Pessimistic, like CaseEdit: a 400 comes back while the form is on screen, its messages inline. */
export const UserEdit = () => {
  const onError = useApiErrorNotifier();
  return (
    <Edit<UserResponse> mutationMode="pessimistic" mutationOptions={{ onError }} transform={transform} redirect="show">
      <UserInputs isEdit />
    </Edit>
  );
};
