import {
  AutocompleteArrayInput,
  ReferenceArrayInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
  useRecordContext,
} from 'react-admin';
import type { WorkingGroupResponse } from '@caseatlas/contracts';

/**
 * Name, description and the member picker (accounts: administrators hold users.read). The
 * record lists its members; the form edits their ids, which is what the API takes.
 */
export const GroupInputs = () => {
  const record = useRecordContext<WorkingGroupResponse>();
  return (
    <SimpleForm defaultValues={{ description: '', memberIds: record?.members.map((member) => member.id) ?? [] }}>
      <TextInput source="name" validate={[required(), maxLength(120)]} />
      <TextInput source="description" multiline minRows={2} validate={maxLength(2000)} />
      <ReferenceArrayInput
        source="memberIds"
        reference="users"
        perPage={50}
        sort={{ field: 'displayName', order: 'ASC' }}
      >
        <AutocompleteArrayInput optionText="displayName" helperText="caseatlas.group.members_help" />
      </ReferenceArrayInput>
    </SimpleForm>
  );
};

/** Only what the API accepts: it refuses unknown fields (members, dates) in the body. */
export const groupBody = (values: Partial<WorkingGroupResponse> & { memberIds?: string[] }) => ({
  name: values.name,
  description: values.description ?? '',
  memberIds: values.memberIds ?? [],
  ...(values.version !== undefined ? { version: values.version } : {}),
});
