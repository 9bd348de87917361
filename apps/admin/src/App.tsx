import type { ReactNode } from 'react';
import { Admin, CanAccess, CustomRoutes, Resource } from 'react-admin';
import { Navigate, Route } from 'react-router-dom';
import { AccountPage } from './account/AccountPage';
import { AlertsPage } from './alerts/AlertsPage';
import { ANALYTICS_PATH, COMPARE_PATH, LEGISLATION_PATH } from './analytics/analyticsState';
import { AnalyticsPage } from './analytics/AnalyticsPage';
import { ComparePage } from './analytics/ComparePage';
import { LegislationPage } from './analytics/LegislationPage';
import { ALERTS_PATH } from './alerts/useAlerts';
import audit from './audit';
import { authProvider } from './authProvider';
import cases from './cases';
import { dataProvider } from './dataProvider';
import { Dashboard } from './Dashboard';
import groups from './groups';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { SearchPage } from './search/SearchPage';
import { SystemStatus } from './status/SystemStatus';
import statutes from './statutes';
import { darkTheme, lightTheme } from './theme';
import users from './users';

/** Analytics count the cases a reader may read: offered with the permission to list them. */
const ReaderOnly = ({ children }: { children: ReactNode }) => (
  <CanAccess resource="cases" action="list" accessDenied={<Navigate to="/access-denied" replace />}>
    {children}
  </CanAccess>
);

// requireAuth: nothing but the login page renders before the session is known (restored from
// the refresh cookie after a reload), so canAccess never answers for a missing account.
export const App = () => (
  <Admin
    title="CaseAtlas"
    dataProvider={dataProvider}
    authProvider={authProvider}
    requireAuth
    loginPage={LoginPage}
    i18nProvider={i18nProvider}
    layout={Layout}
    theme={lightTheme}
    darkTheme={darkTheme}
    dashboard={Dashboard}
    disableTelemetry
  >
    <Resource name="cases" {...cases} />
    <Resource name="statutes" {...statutes} />
    <Resource name="groups" {...groups} />
    <Resource name="users" {...users} />
    <Resource name="audit" {...audit} />
    <CustomRoutes>
      <Route path="/search" element={<SearchPage />} />
      <Route
        path={ALERTS_PATH}
        element={
          // Like a resource's list: without the permission, "access denied" even by the address.
          <CanAccess resource="savedSearches" action="list" accessDenied={<Navigate to="/access-denied" replace />}>
            <AlertsPage />
          </CanAccess>
        }
      />
      <Route
        path={ANALYTICS_PATH}
        element={
          <ReaderOnly>
            <AnalyticsPage />
          </ReaderOnly>
        }
      />
      <Route
        path={COMPARE_PATH}
        element={
          <ReaderOnly>
            <ComparePage />
          </ReaderOnly>
        }
      />
      <Route
        path={LEGISLATION_PATH}
        element={
          <ReaderOnly>
            <LegislationPage />
          </ReaderOnly>
        }
      />
      <Route path="/status" element={<SystemStatus />} />
      <Route path="/account" element={<AccountPage />} />
    </CustomRoutes>
  </Admin>
);
