import { Typography } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';

/** react-admin's login page with the workbench's name above the form. */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <Typography variant="h5" component="p" align="center" sx={{ px: 2 }}>
        {translate('caseatlas.title')}
      </Typography>
      <LoginForm />
    </Login>
  );
};
