/** `resources.users`: the accounts an administrator manages. */
export const usersResourceEn = {
  name: 'User |||| Users',
  fields: {
    id: 'Id',
    username: 'Username',
    displayName: 'Display name',
    role: 'Role',
    profession: 'Profession',
    active: 'Active',
    password: 'Password',
    createdAt: 'Created',
    updatedAt: 'Updated',
    lastLoginAt: 'Last sign-in',
  },
};

/** `caseatlas.user`: help texts of the user screens. */
export const userTextsEn = {
  never_signed_in: 'Never',
  no_profession: 'Not stated',
  help: {
    username: 'Lower-case letters, digits, ".", "_" and "-"; it cannot change later',
    password: 'At least %{min} characters; hand it over in person and ask for it to be changed',
    password_reset: 'Leave empty to keep the current password',
    active: 'An inactive account cannot sign in; accounts are deactivated, never deleted',
  },
};
