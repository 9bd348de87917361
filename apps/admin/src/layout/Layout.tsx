import type { ReactNode } from 'react';
import { AppBar, Logout, Menu, MenuItemLink, Layout as RaLayout, UserMenu, useUserMenu } from 'react-admin';
import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import MonitorHeartIcon from '@mui/icons-material/MonitorHeart';

// Resource items are filtered by authProvider.canAccess; the dashboard and status are for everyone.
const AppMenu = () => (
  <Menu>
    <Menu.DashboardItem />
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

const AppUserMenu = () => (
  <UserMenu>
    <AccountMenuItem />
    <Logout />
  </UserMenu>
);

const AppAppBar = () => <AppBar userMenu={<AppUserMenu />} />;

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={AppMenu} appBar={AppAppBar}>
    {children}
  </RaLayout>
);
