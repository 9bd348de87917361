import { Create } from 'react-admin';
import type { UserResponse } from '@caseatlas/contracts';
import { useApiErrorNotifier } from '../common/apiErrors';
import { UserInputs, toUserBody } from './UserInputs';
import type { UserFormValues } from './UserInputs';

const defaults: UserFormValues = { role: 'member', profession: null };
const transform = (values: UserFormValues) => toUserBody(values, false);

export const UserCreate = () => {
  // A 409 is a username already taken: the API's message says so.
  const onError = useApiErrorNotifier();
  return (
    <Create<UserResponse> mutationOptions={{ onError }} transform={transform} redirect="show">
      <UserInputs defaultValues={defaults} />
    </Create>
  );
};
