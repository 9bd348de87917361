import { Admin, CustomRoutes } from 'react-admin';
import { Route } from 'react-router-dom';
import { dataProvider } from './dataProvider';
import { Dashboard } from './Dashboard';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { SystemStatus } from './status/SystemStatus';

export const App = () => (
  <Admin
    title="CaseAtlas"
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    dashboard={Dashboard}
    disableTelemetry
  >
    <CustomRoutes>
      <Route path="/status" element={<SystemStatus />} />
    </CustomRoutes>
  </Admin>
);
