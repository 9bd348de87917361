import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import cases from './cases';
import { dataProvider } from './dataProvider';
import { Dashboard } from './Dashboard';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { SystemStatus } from './status/SystemStatus';
import statutes from './statutes';

export const App = () => (
  <Admin
    title="CaseAtlas"
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    dashboard={Dashboard}
    disableTelemetry
  >
    <Resource name="cases" {...cases} />
    <Resource name="statutes" {...statutes} />
    <CustomRoutes>
      <Route path="/status" element={<SystemStatus />} />
    </CustomRoutes>
  </Admin>
);
