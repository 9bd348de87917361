import { useCallback } from 'react';
import type { ReactNode } from 'react';
import { Box, ThemeProvider } from '@mui/material';
import type { Theme } from '@mui/material';
import { useIsFetching } from '@tanstack/react-query';
import {
  AppBar,
  Logout,
  Menu,
  MenuItemLink,
  Layout as RaLayout,
  LoadingIndicator,
  LocalesMenuButton,
  TitlePortal,
  UserMenu,
  useCanAccess,
  useGetIdentity,
  useLocaleState,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import InsightsIcon from '@mui/icons-material/Insights';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import MonitorHeartIcon from '@mui/icons-material/MonitorHeart';
import { AlertsMenuItem } from '../alerts/AlertsMenuItem';
import { ANALYTICS_PATH } from '../analytics/analyticsState';
import { formatLocale } from '../common/format';

/** Search and analytics read cases, so they are offered with the permission to list them. */
const SearchMenuItems = () => {
  const { canAccess } = useCanAccess({ resource: 'cases', action: 'list' });
  return canAccess ? (
    <>
      <Menu.Item to="/search" primaryText="caseatlas.menu.search" leftIcon={<ManageSearchIcon />} />
      <Menu.Item to={ANALYTICS_PATH} primaryText="caseatlas.menu.analytics" leftIcon={<InsightsIcon />} />
    </>
  ) : null;
};

// Resource items are filtered by authProvider.canAccess; the dashboard and status are for everyone.
const AppMenu = () => (
  <Menu>
    <Menu.DashboardItem />
    <SearchMenuItems />
    <AlertsMenuItem />
    <Menu.ResourceItems />
    <Menu.Item to="/status" primaryText="caseatlas.menu.status" leftIcon={<MonitorHeartIcon />} />
  </Menu>
);

const AccountMenuItem = () => {
  const userMenu = useUserMenu();
  return (
    <MenuItemLink
      to="/account"
      primaryText="caseatlas.account.menu"
      leftIcon={<AccountCircleIcon />}
      onClick={userMenu?.onClose}
    />
  );
};

/** The menu button shows the account's name, so its accessible name starts with that name. */
const AppUserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const menu = translate('ra.auth.user_menu');
  return (
    <UserMenu label={identity?.fullName ? `${identity.fullName}, ${menu}` : menu}>
      <AccountMenuItem />
      <Logout />
    </UserMenu>
  );
};

/**
 * Page titles wrap onto a second line (and shrink a little on a phone) rather than being cut
 * after a few letters; on a phone the language menu shows its icon only, its name staying the
 * button's accessible name, so the title keeps the room.
 */
const TITLE_SX = {
  minWidth: 0,
  whiteSpace: 'normal',
  overflowWrap: 'anywhere',
  lineHeight: 1.2,
  fontSize: { xs: '1.05rem', sm: '1.25rem' },
  // At most two lines, with an ellipsis: the page's title element must flow inline for that.
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
  maxHeight: '2.4em',
  '&& > *': { display: 'inline' },
} as const;

const COMPACT_ON_PHONE_SX = {
  display: 'flex',
  alignItems: 'center',
  flexShrink: 0,
  '& .MuiButton-root': { minWidth: { xs: 0, sm: 64 }, fontSize: { xs: 0, sm: undefined } },
  '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } },
  '& .MuiButton-endIcon': { display: { xs: 'none', sm: 'inherit' } },
} as const;

const AppToolbar = () => (
  <Box sx={COMPACT_ON_PHONE_SX}>
    <LocalesMenuButton />
    <LoadingIndicator />
  </Box>
);

const AppAppBar = () => (
  <AppBar userMenu={<AppUserMenu />} toolbar={<AppToolbar />}>
    <TitlePortal sx={TITLE_SX} />
  </AppBar>
);

/**
 * The page says it is busy while any request or permission check is pending, so assistive
 * technology (and browser tests) know when what is shown, and what is left out, is final.
 */
const BusyRegion = ({ children }: { children: ReactNode }) => {
  const pending = useIsFetching();
  return (
    <Box aria-busy={pending > 0} data-region="content">
      {children}
    </Box>
  );
};

/**
 * react-admin's DateField and NumberField format with the browser's locale unless told one:
 * every page's fields take the UI language's conventions from here instead. Spinners are named
 * here too ("Loading"), for screen readers.
 */
const LanguageDefaults = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const withLocale = useCallback(
    (outer: Theme): Theme => {
      const locales = formatLocale(locale);
      const loading = { 'aria-label': translate('ra.page.loading') };
      const components = outer.components ?? {};
      return {
        ...outer,
        components: {
          ...components,
          RaDateField: {
            ...components.RaDateField,
            defaultProps: { ...components.RaDateField?.defaultProps, locales },
          },
          RaNumberField: {
            ...components.RaNumberField,
            defaultProps: { ...components.RaNumberField?.defaultProps, locales },
          },
          MuiCircularProgress: {
            ...components.MuiCircularProgress,
            defaultProps: { ...components.MuiCircularProgress?.defaultProps, ...loading },
          },
          MuiLinearProgress: {
            ...components.MuiLinearProgress,
            defaultProps: { ...components.MuiLinearProgress?.defaultProps, ...loading },
          },
        },
      };
    },
    [locale, translate],
  );
  return <ThemeProvider theme={withLocale}>{children}</ThemeProvider>;
};

/**
 * A wide table scrolls within its list on a phone rather than widening the whole page, which
 * would stretch the app bar past the screen and push its menus out of sight.
 */
const CONTAINED_SX = {
  // react-admin lets the layout grow to fit its content (min-width: fit-content).
  minWidth: 0,
  '& .RaLayout-content': { minWidth: 0 },
  '& .RaList-main': { minWidth: 0 },
  '& .RaDatagrid-tableWrapper': { overflowX: 'auto' },
} as const;

export const Layout = ({ children }: { children: ReactNode }) => (
  <LanguageDefaults>
    <RaLayout menu={AppMenu} appBar={AppAppBar} sx={CONTAINED_SX}>
      <BusyRegion>{children}</BusyRegion>
    </RaLayout>
  </LanguageDefaults>
);
