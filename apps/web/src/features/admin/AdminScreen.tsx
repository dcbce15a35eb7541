import { useState } from 'react';
import type { OrgUnit } from '../../shared/api/api-types';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { gql } from '../../shared/api/graphql';
import { useLang } from '../../shared/i18n';
import { OrgTreeTable } from './OrgTreeTable';
import { OrgUnitForm } from './OrgUnitForm';
import { PageHeading } from '../../shared/ui/PageHeading';
import { ReportingCalendar } from './ReportingCalendar';
import { useHash } from '../../app/useHash';
import { useLoad } from '../../shared/api/useLoad';
import { UserAccounts } from './UserAccounts';

const ORG_UNITS = `query OrgUnits { orgUnits { id code name kind unitType parentId } }`;

// The setup steps, in the order a new province takes them; each is a page "<route>/<tab>".
const TABS = ['units', 'users', 'calendar'] as const;
type Tab = (typeof TABS)[number];

/** "Quản trị": the province administrator sets up the org tree, the users, the periods and the rubric. */
export function AdminScreen({ root, route }: { root: OrgUnit; route: string }) {
  const { t } = useLang();
  const [hash, setHash] = useHash();
  const tab: Tab = TABS.find((x) => hash === `${route}/${x}`) ?? 'units';
  const units = useLoad(() => gql<{ orgUnits: OrgUnit[] }>(ORG_UNITS).then((d) => d.orgUnits), []);
  // The unit just added, highlighted in the tree.
  const [added, setAdded] = useState<string>();

  return (
    <div data-testid="admin-screen">
      <PageHeading eyebrow={t('screen_admin')} title={t('adminTitle')} hint={root.name} />
      <nav className="tabs" aria-label={t('adminTabs')}>
        {TABS.map((x) => (
          <button
            key={x}
            type="button"
            className="tab"
            aria-current={x === tab ? 'page' : undefined}
            onClick={() => setHash(`${route}/${x}`)}
            data-testid={`admin-tab-${x}`}
          >
            {t(`tab_${x}`)}
          </button>
        ))}
      </nav>

      {tab !== 'calendar' && units.error && <ErrorMessage error={units.error} onRetry={units.reload} />}
      {tab !== 'calendar' && !units.data && units.loading && <p>{t('loading')}</p>}
      {tab === 'units' && units.data && (
        <>
          <section className="card">
            <h2>{t('orgUnitFormTitle')}</h2>
            <OrgUnitForm
              units={units.data}
              onCreated={(id) => {
                setAdded(id);
                units.reload();
              }}
            />
          </section>
          <section className="card">
            <h2>{t('orgTreeTitle')}</h2>
            <OrgTreeTable units={units.data} highlight={added} />
          </section>
        </>
      )}
      {tab === 'users' && units.data && <UserAccounts units={units.data} />}
      {tab === 'calendar' && <ReportingCalendar />}
    </div>
  );
}
