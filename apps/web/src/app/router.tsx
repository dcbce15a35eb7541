// Every screen has an address (see paths.ts); the screens behind sign-in are loaded when first opened.
import { createBrowserRouter, Outlet } from 'react-router';
import { LoginScreen } from '../features/auth/LoginScreen';
import { ProgressBar } from '../shared/ui/ProgressBar';
import { SkipLink } from '../shared/ui/SkipLink';
import { ServiceWorker } from '../shared/ui/ServiceWorker';
import { Home } from './Home';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';
import { SignedIn } from './SignedIn';

function Root() {
  return (
    <>
      <ProgressBar />
      <SkipLink />
      <ServiceWorker />
      <Outlet />
    </>
  );
}

export function createRouter() {
  return createBrowserRouter(
    [
      {
        Component: Root,
        ErrorBoundary: RouteError,
        children: [
          { path: 'dang-nhap', Component: LoginScreen },
          // The links of the mails: public, and rarely opened, so loaded when first opened.
          {
            path: 'moi/:token',
            lazy: async () => ({ Component: (await import('../features/auth/InvitationScreen')).InvitationScreen }),
          },
          {
            path: 'dat-lai-mat-khau/:token?',
            lazy: async () => ({ Component: (await import('../features/auth/PasswordResetScreen')).PasswordResetScreen }),
          },
          {
            Component: SignedIn,
            children: [
              { index: true, Component: Home },
              {
                path: 'tinh-thanh/:tab?',
                lazy: async () => ({ Component: (await import('../features/provinces/ProvincesScreen')).ProvincesRoute }),
              },
              {
                path: 'quan-tri/:unitId/:tab?/:year?',
                lazy: async () => ({ Component: (await import('../features/admin/AdminScreen')).AdminRoute }),
              },
              {
                path: 'tong-quan/:unitId/:year/:period/bao-cao-tong-hop',
                lazy: async () => ({ Component: (await import('../features/province-report/ProvinceReportScreen')).ProvinceReportRoute }),
              },
              {
                path: 'tong-quan/:unitId/:year/:period/bao-cao/:reportUnitId?',
                lazy: async () => ({ Component: (await import('../features/reports/ReviewScreen')).ReviewRoute }),
              },
              // The committee's dashboards: each screen its own chunk, ECharts in one they share.
              {
                path: 'tong-quan/:unitId/:year/:period/tien-do/:blocId?',
                lazy: async () => ({ Component: (await import('../features/dashboards/CompletenessScreen')).CompletenessRoute }),
              },
              {
                path: 'tong-quan/:unitId/:year/:period/xep-hang',
                lazy: async () => ({ Component: (await import('../features/dashboards/RankingScreen')).RankingRoute }),
              },
              {
                path: 'tong-quan/:unitId/:year/:period/xep-hang/:standingUnitId',
                lazy: async () => ({ Component: (await import('../features/dashboards/StandingScreen')).StandingRoute }),
              },
              {
                path: 'don-vi/:unitId/:year/:period/thu-hang',
                lazy: async () => ({ Component: (await import('../features/dashboards/StandingScreen')).OwnStandingRoute }),
              },
              {
                path: 'tong-quan/:unitId/:year?/:period?',
                lazy: async () => ({ Component: (await import('../features/overview/OverviewScreen')).OverviewRoute }),
              },
              {
                path: 'don-vi/:unitId/:year?/:period?/:part?',
                lazy: async () => ({ Component: (await import('../features/unit/UnitScreen')).UnitRoute }),
              },
              {
                path: 'tai-khoan/phien-dang-nhap',
                lazy: async () => ({ Component: (await import('../features/account/SessionsScreen')).SessionsRoute }),
              },
              {
                path: 'ho-so/:unitId/:year?/:period?',
                lazy: async () => ({ Component: (await import('../features/profile/UnitProfileScreen')).UnitProfileRoute }),
              },
              {
                path: 'nhap-bao-cao-cu/:unitId/:year?/:period?',
                lazy: async () => ({ Component: (await import('../features/legacy-import/LegacyImportScreen')).LegacyImportRoute }),
              },
              {
                path: 'thong-bao',
                lazy: async () => ({ Component: (await import('../features/reminders/NotificationsScreen')).NotificationsRoute }),
              },
              {
                path: 'lich-nhac/:periodId',
                lazy: async () => ({ Component: (await import('../features/reminders/ReminderScheduleScreen')).ReminderScheduleRoute }),
              },
              { path: '*', Component: NotFound },
            ],
          },
        ],
      },
    ],
    // Served under a base path (WEB_BASE_PATH at build time), the addresses start after it.
    { basename: import.meta.env.BASE_URL },
  );
}
