import { Create } from 'react-admin';
import { useApiErrorNotifier } from '../common/apiErrors';
import { GroupInputs, groupBody } from './GroupInputs';

export const GroupCreate = () => {
  const onError = useApiErrorNotifier();
  return (
    <Create transform={groupBody} mutationOptions={{ onError }} redirect="show">
      <GroupInputs />
    </Create>
  );
};
