import type { Viewer } from '../shared/api/api-types';
import { AdminScreen } from '../features/admin/AdminScreen';
import { Header } from './Header';
import { useLang } from '../shared/i18n';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { ProvincesScreen } from '../features/provinces/ProvincesScreen';
import { UnitScreen } from '../features/unit/UnitScreen';
import { useHash } from './useHash';
import { workspaceAt, workspacesOf } from './workspaces';

/** The signed-in frame: the header, and the screen of the workspace named by the location hash. */
export function WorkspaceScreen({ viewer, onLogout }: { viewer: Viewer; onLogout: () => void }) {
  const { t } = useLang();
  const [hash, setHash] = useHash();
  const workspaces = workspacesOf(viewer);
  const current = workspaceAt(workspaces, hash);

  return (
    <>
      <Header
        viewer={viewer}
        workspaces={workspaces}
        current={current}
        onSwitch={(w) => setHash(w.route)}
        onLogout={onLogout}
      />
      <main className="page">
        {!current && (
          <section className="card" data-testid="no-screen">
            <h1>{t('noScreenTitle')}</h1>
            <p>{t('noScreenMember')}</p>
            <button type="button" onClick={onLogout}>
              {t('logout')}
            </button>
          </section>
        )}
        {current?.screen === 'unit' && <UnitScreen key={current.route} unit={current.orgUnit} />}
        {current?.screen === 'overview' && (
          <OverviewScreen
            key={current.route}
            scope={current.orgUnit}
            provinceWide={current.role !== 'BLOC_REVIEWER'}
          />
        )}
        {current?.screen === 'admin' && <AdminScreen key={current.route} root={current.orgUnit} route={current.route} />}
        {current?.screen === 'provinces' && <ProvincesScreen />}
      </main>
    </>
  );
}
