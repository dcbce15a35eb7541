import { useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { NotFound } from '../../app/NotFound';
import { paths, periodKindOf, yearOf } from '../../app/paths';
import { useViewer } from '../../app/viewer';
import { yearInVietnam } from '../../shared/clock';
import { useLang } from '../../shared/i18n';
import { useLegacyText } from './legacy-texts';
import { PeriodGate } from '../../shared/periods/PeriodGate';
import type { PeriodRef, ReportingPeriod } from '../../shared/periods/period';
import { LegacyReview } from './LegacyReview';
import { LegacySource } from './LegacySource';
import type { LegacyRead } from './legacy-upload';

/**
 * "/nhap-bao-cao-cu/<unit>/<year>/<nam|6-thang>": a past report of the unit (pasted or uploaded) read, checked
 * by the person, and confirmed into the unit's draft for the period. Its reporter and head only.
 */
export function LegacyImportRoute() {
  const { unitId = '', year, period } = useParams();
  const { workspaces } = useViewer();
  const own = workspaces.find((w) => w.screen === 'unit' && w.orgUnit.id === unitId);
  if (!own?.orgUnit) return <NotFound />;
  if (year === undefined) return <Navigate replace to={paths.legacyImport(unitId, { year: yearInVietnam(), kind: 'YEAR' })} />;
  const y = yearOf(year);
  if (y === null) return <NotFound />;
  if (period === undefined) return <Navigate replace to={paths.legacyImport(unitId, { year: y, kind: 'YEAR' })} />;
  const kind = periodKindOf(period);
  if (!kind) return <NotFound />;
  return <LegacyImportScreen key={unitId} unit={own.orgUnit} period={{ year: y, kind }} />;
}

function LegacyImportScreen({ unit, period }: { unit: { id: string; code: string; name: string }; period: PeriodRef }) {
  const { t } = useLang();
  return (
    <div data-testid="legacy-import-screen">
      <PeriodGate
        eyebrow={t('screen_legacyImport')}
        title={unit.name}
        titleTestId="legacy-unit-name"
        hint={unit.code}
        period={period}
        pathOf={(p) => paths.legacyImport(unit.id, p)}
      >
        {(p) => <LegacyImport key={p.id} unit={unit} period={p} />}
      </PeriodGate>
    </div>
  );
}

/** Two steps: read the past report, then check what was read and confirm it. */
function LegacyImport({ unit, period }: { unit: { id: string; name: string }; period: ReportingPeriod }) {
  const lt = useLegacyText();
  const [read, setRead] = useState<{ n: number; read: LegacyRead }>();
  const [imported, setImported] = useState(false);
  if (imported) {
    return (
      <section className="card" data-testid="legacy-imported">
        <div className="message success" role="status">
          {lt('legacyImported')}
        </div>
        <p>
          <Link to={paths.unit(unit.id, period)} data-testid="legacy-back-to-unit">
            {lt('legacyBackToUnit')}
          </Link>
        </p>
      </section>
    );
  }
  return (
    <>
      <p className="hint">{lt('legacyIntro')}</p>
      {period.status !== 'OPEN' && (
        <div className="message warning" role="status" data-testid="legacy-period-closed">
          {lt('legacyPeriodClosed')}
        </div>
      )}
      {/* Each reading starts the check afresh (a new review form). */}
      <LegacySource onRead={(next) => setRead((last) => ({ n: (last?.n ?? 0) + 1, read: next }))} />
      {read && <LegacyReview key={read.n} read={read.read} unit={unit} period={period} onImported={() => setImported(true)} />}
    </>
  );
}
