import { DeleteButton, SaveButton, Toolbar, ToolbarClasses } from 'react-admin';
import type { DeleteButtonProps } from 'react-admin';
import { ClientValidationNotifier } from './ClientValidationNotifier';

/**
 * react-admin's default form toolbar (save, and delete on edit) plus the notifier that stands
 * in for the built-in "form is invalid" notification (the form sets disableInvalidFormNotification).
 */
export const FormToolbar = ({
  deleteMutationOptions,
}: {
  deleteMutationOptions?: DeleteButtonProps['mutationOptions'];
}) => (
  <Toolbar>
    <div className={ToolbarClasses.defaultToolbar}>
      <SaveButton />
      <DeleteButton mutationOptions={deleteMutationOptions} />
    </div>
    <ClientValidationNotifier />
  </Toolbar>
);
