/** `caseatlas.auth`: signing in and out. */
export const authTextsEn = {
  session_expired: 'Your session has expired: sign in again.',
  too_many_attempts:
    'Too many sign-in attempts. Wait %{smart_count} second and try again. |||| Too many sign-in attempts. Wait %{smart_count} seconds and try again.',
  unreachable: 'The server does not answer; try again in a moment.',
  wrong_credentials: 'Wrong username or password.',
  sign_in_failed: 'Sign-in failed; try again.',
};

/** `caseatlas.account`: the signed-in user's own account page. */
export const accountTextsEn = {
  menu: 'My account',
  title: 'My account',
  profile: 'Profile',
  password: 'Password',
  save_profile: 'Save profile',
  change_password: 'Change password',
  profile_saved: 'Profile saved',
  password_changed: 'Password changed',
  fields: {
    username: 'Username',
    role: 'Role',
    profession: 'Profession',
    displayName: 'Display name',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Repeat the new password',
  },
  help: {
    new_password: 'At least %{min} characters; a long phrase is better than a complicated word',
  },
};
