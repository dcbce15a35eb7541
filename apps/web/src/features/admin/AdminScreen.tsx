import { useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { NotFound } from '../../app/NotFound';
import { ADMIN_TABS, adminTabOf, paths, yearOf, type AdminTab } from '../../app/paths';
import { useViewer } from '../../app/viewer';
import { workspaceFor, type OrgUnit } from '../../app/workspaces';
import { OrgUnitsDocument } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { yearInVietnam } from '../../shared/clock';
import { useLang } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { PageHeading } from '../../shared/ui/PageHeading';
import { ProvinceAuditLog } from '../audit/AuditLog';
import { ImportData } from './ImportData';
import { OrgTreeTable } from './OrgTreeTable';
import { OrgUnitChangeForm } from './OrgUnitChangeForm';
import { OrgUnitForm } from './OrgUnitForm';
import type { OrgUnit as TreeUnit } from './org-tree';
import { ReportingCalendar } from './ReportingCalendar';
import { UnitTypeCatalogue } from './UnitTypeCatalogue';
import { useUnitTypes, type UnitTypes } from './unit-types';
import { UserAccounts } from './UserAccounts';

/**
 * "/quan-tri/<committee>/<step>[/<year>]": the province administrator's set-up, one step per address
 * ("co-cau", "nguoi-dung", "ky-bao-cao/2026", "loai-hinh"), and the province's audit log ("nhat-ky"); the
 * bare address opens the first step.
 */
export function AdminRoute() {
  const { unitId = '', tab: tabSegment, year: yearSegment } = useParams();
  const workspace = workspaceFor(useViewer().workspaces, 'admin', unitId);
  if (!workspace?.orgUnit) return <NotFound />;
  if (tabSegment === undefined) return <Navigate replace to={paths.admin(unitId, 'units')} />;
  const tab = adminTabOf(tabSegment);
  if (!tab || (yearSegment !== undefined && tab !== 'calendar')) return <NotFound />;
  if (tab !== 'calendar') return <AdminScreen root={workspace.orgUnit} tab={tab} />;
  if (yearSegment === undefined) return <Navigate replace to={paths.admin(unitId, 'calendar', yearInVietnam())} />;
  const year = yearOf(yearSegment);
  if (year === null) return <NotFound />;
  return <AdminScreen root={workspace.orgUnit} tab={tab} year={year} />;
}

/**
 * "Quản trị": the province administrator sets up the org tree, the users, the periods and the rubric, and the
 * unit types, and reads the audit log.
 */
function AdminScreen({ root, tab, year }: { root: OrgUnit; tab: AdminTab; year?: number }) {
  const { t } = useLang();
  return (
    <div data-testid="admin-screen">
      <PageHeading eyebrow={t('screen_admin')} title={t('adminTitle')} hint={root.name} />
      <nav className="tabs" aria-label={t('adminTabs')}>
        {ADMIN_TABS.map((x) => (
          <Link
            key={x}
            to={paths.admin(root.id, x, x === 'calendar' ? year : undefined)}
            className="tab"
            aria-current={x === tab ? 'page' : undefined}
            data-testid={`admin-tab-${x}`}
          >
            {t(`tab_${x}`)}
          </Link>
        ))}
      </nav>
      {tab === 'calendar' && <ReportingCalendar root={root} year={year ?? yearInVietnam()} />}
      {tab === 'audit' && <ProvinceAuditLog root={root} />}
      {tab === 'import' && <ImportData rootId={root.id} />}
      {tab === 'unitTypes' && <UnitTypeCatalogue />}
      {(tab === 'units' || tab === 'users') && <OrgSetup tab={tab} />}
    </div>
  );
}

/** The steps that need the org tree: adding units to it, changing them over time, and accounts on its units. */
function OrgSetup({ tab }: { tab: 'units' | 'users' }) {
  const { t } = useLang();
  const units = useGraphQuery(OrgUnitsDocument, {});
  // The unit just added or changed, highlighted in the tree.
  const [added, setAdded] = useState<string>();
  if (units.error) return <ErrorMessage error={units.error} onRetry={() => void units.refetch()} />;
  if (!units.data) return <p>{t('loading')}</p>;
  if (tab === 'users') return <UserAccounts units={units.data.orgUnits} />;
  return <OrgUnits units={units.data.orgUnits} added={added} onChanged={setAdded} />;
}

/** Adding units to the tree and changing them, with the tree beneath: all of them name the province's unit types. */
function OrgUnits({ units, added, onChanged }: { units: TreeUnit[]; added?: string; onChanged: (id: string) => void }) {
  const { t } = useLang();
  const { query, ...unitTypes } = useUnitTypes();
  if (query.error) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <p>{t('loading')}</p>;
  return (
    <>
      <section className="card">
        <h2>{t('orgUnitFormTitle')}</h2>
        <OrgUnitForm units={units} unitTypes={unitTypes} onCreated={onChanged} />
      </section>
      <section className="card">
        <h2>{t('orgUnitChangeTitle')}</h2>
        <OrgUnitChangeForm units={units} unitTypes={unitTypes} onChanged={onChanged} />
      </section>
      <section className="card">
        <h2>{t('orgTreeTitle')}</h2>
        <OrgTreeAsOf today={units} unitTypes={unitTypes} highlight={added} />
      </section>
    </>
  );
}

/** The tree of today, or as it stood on a chosen day (the same query with `asOf`). */
function OrgTreeAsOf({ today, unitTypes, highlight }: { today: TreeUnit[]; unitTypes: UnitTypes; highlight?: string }) {
  const { t } = useLang();
  const [asOf, setAsOf] = useState('');
  const chosen = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null;
  const then = useGraphQuery(OrgUnitsDocument, { asOf: chosen }, { enabled: chosen !== null });
  return (
    <>
      <label className="inline-field no-print">
        {t('orgTreeAsOf')}
        <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} data-testid="org-tree-as-of" />
        <span className="hint">{t('orgTreeAsOfHint')}</span>
      </label>
      {chosen && then.error && <ErrorMessage error={then.error} onRetry={() => void then.refetch()} />}
      {chosen && !then.data && !then.error && <p>{t('loading')}</p>}
      {(!chosen || then.data) && (
        <OrgTreeTable units={chosen ? (then.data?.orgUnits ?? []) : today} unitTypes={unitTypes} highlight={chosen ? undefined : highlight} />
      )}
    </>
  );
}
