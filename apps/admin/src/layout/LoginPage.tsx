import { Box, Typography } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm, useTranslate } from 'react-admin';

/**
 * react-admin's login page with the workbench's name above the form and the language menu in its
 * corner: a reader chooses the language before signing in, not after.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <Box sx={{ position: 'absolute', top: 8, right: 8 }}>
        <LocalesMenuButton />
      </Box>
      <Typography variant="h5" component="p" align="center" sx={{ px: 2 }}>
        {translate('caseatlas.title')}
      </Typography>
      <LoginForm />
    </Login>
  );
};
