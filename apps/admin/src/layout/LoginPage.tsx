import { Box, Typography } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm, useTranslate } from 'react-admin';

/**
 * react-admin's login page with the workbench's name above the form and the language menu in the
 * page's corner (outside the card, which clips): a reader chooses the language before signing in.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ position: 'relative' }}>
      <Box sx={{ position: 'absolute', top: 8, right: 8, zIndex: 1 }}>
        <LocalesMenuButton />
      </Box>
      <Login>
        <Typography variant="h5" component="p" align="center" sx={{ px: 2 }}>
          {translate('caseatlas.title')}
        </Typography>
        <LoginForm />
      </Login>
    </Box>
  );
};
