import { Navigate, useParams } from 'react-router';
import { NotFound } from '../../app/NotFound';
import { paths, periodKindOf, yearOf } from '../../app/paths';
import { useViewer } from '../../app/viewer';
import { OrgUnitsDocument } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { yearInVietnam } from '../../shared/clock';
import { useLang } from '../../shared/i18n';
import { PeriodGate } from '../../shared/periods/PeriodGate';
import type { PeriodRef } from '../../shared/periods/period';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { UnitProfileForm } from './UnitProfileForm';

/**
 * "/ho-so/<unit>/<year>/<nam|6-thang>": a unit's profile for a period. The unit's reporter and head edit it
 * (from their unit's screen); the bloc reviewer, the committee and the admin read it (from the overview),
 * for the units of their subtree. Any other unit is not a page.
 */
export function UnitProfileRoute() {
  const { unitId = '', year, period } = useParams();
  const { workspaces } = useViewer();
  const own = workspaces.find((w) => w.screen === 'unit' && w.orgUnit.id === unitId);
  const reads = workspaces.some((w) => w.screen === 'overview' || w.screen === 'admin');
  if (!own && !reads) return <NotFound />;
  if (year === undefined) return <Navigate replace to={paths.profile(unitId, { year: yearInVietnam(), kind: 'YEAR' })} />;
  const y = yearOf(year);
  if (y === null) return <NotFound />;
  if (period === undefined) return <Navigate replace to={paths.profile(unitId, { year: y, kind: 'YEAR' })} />;
  const kind = periodKindOf(period);
  if (!kind) return <NotFound />;
  const ref = { year: y, kind };
  return own?.orgUnit ? (
    <UnitProfileScreen key={unitId} unit={own.orgUnit} period={ref} editable />
  ) : (
    <UnitInSubtree key={unitId} unitId={unitId} period={ref} />
  );
}

/** A reader's unit: one of the units of their subtrees (the tree as it stands today), else not a page. */
function UnitInSubtree({ unitId, period }: { unitId: string; period: PeriodRef }) {
  const { t } = useLang();
  const units = useGraphQuery(OrgUnitsDocument, { asOf: null });
  if (units.error) return <ErrorMessage error={units.error} onRetry={() => void units.refetch()} />;
  if (!units.data) return <p>{t('loading')}</p>;
  const unit = units.data.orgUnits.find((u) => u.id === unitId && u.kind === 'UNIT');
  if (!unit) return <NotFound />;
  return <UnitProfileScreen unit={unit} period={period} editable={false} />;
}

interface ScreenProps {
  unit: { id: string; code: string; name: string };
  period: PeriodRef;
  editable: boolean;
}

/** "Hồ sơ đơn vị": the unit's staff, Party and union members, and its boards with their members. */
function UnitProfileScreen({ unit, period, editable }: ScreenProps) {
  const { t } = useLang();
  return (
    <div data-testid="profile-screen">
      <PeriodGate
        eyebrow={t('screen_profile')}
        title={unit.name}
        titleTestId="profile-unit-name"
        hint={unit.code}
        period={period}
        pathOf={(p) => paths.profile(unit.id, p)}
      >
        {(p) => <UnitProfileForm key={p.id} unitId={unit.id} periodId={p.id} editable={editable} />}
      </PeriodGate>
    </div>
  );
}
