import type { ReactNode } from 'react';
import { Layout as RaLayout, Menu } from 'react-admin';
import MonitorHeartIcon from '@mui/icons-material/MonitorHeart';

const AppMenu = () => (
  <Menu>
    <Menu.DashboardItem />
    <Menu.ResourceItems />
    <Menu.Item to="/status" primaryText="caseatlas.menu.status" leftIcon={<MonitorHeartIcon />} />
  </Menu>
);

export const Layout = ({ children }: { children: ReactNode }) => <RaLayout menu={AppMenu}>{children}</RaLayout>;
