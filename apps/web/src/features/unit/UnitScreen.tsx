import { Link, useParams } from 'react-router';
import { NotFound } from '../../app/NotFound';
import { PeriodPage } from '../../app/PeriodPage';
import { isFrozen } from '@qcdc/reports/domain';
import { paths, UNIT_PARTS, unitPartOf, type UnitPart } from '../../app/paths';
import type { OrgUnit } from '../../app/workspaces';
import { ReportDocument, type Role } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { useLang } from '../../shared/i18n';
import { PeriodGate } from '../../shared/periods/PeriodGate';
import { periodLine, type PeriodRef, type ReportingPeriod } from '../../shared/periods/period';
import { ActivityLog } from '../activities/ActivityLog';
import { ReportEditor } from '../reports/ReportEditor';
import { ScoringScreen } from '../scoring/ScoringScreen';
import { ReportSubmission } from './ReportSubmission';
import { useDashboardLabels } from '../dashboards/labels';

/** "/don-vi/<unit>/<year>/<period>" (its activities), ".../cham-diem" (its scoring) and ".../bao-cao" (its report). */
export function UnitRoute() {
  const part = unitPartOf(useParams().part);
  if (!part) return <NotFound />;
  return (
    <PeriodPage screen="unit">
      {(workspace, period) => <UnitScreen key={workspace.path} unit={workspace.orgUnit} role={workspace.role} period={period} part={part} />}
    </PeriodPage>
  );
}

/** "Đơn vị": one unit's reporting period, in the order the work is done: record, then self-score and submit. */
function UnitScreen({ unit, role, period, part }: { unit: OrgUnit; role: Role; period: PeriodRef; part: UnitPart }) {
  const { t } = useLang();
  const { d } = useDashboardLabels();
  return (
    <div data-testid="unit-screen">
      <PeriodGate
        eyebrow={t('screen_unit')}
        title={unit.name}
        titleTestId="unit-name"
        hint={unit.code}
        period={period}
        pathOf={(p) => paths.unit(unit.id, p, part)}
      >
        {(p) => (
          <>
            <p className="hint" data-testid="period-line">
              {periodLine(t, p)}{' '}
              <Link className="no-print" to={paths.profile(unit.id, p)} data-testid="profile-link">
                {t('profileLink')}
              </Link>
              {' · '}
              <Link className="no-print" to={paths.legacyImport(unit.id, p)} data-testid="legacy-import-link">
                {t('legacyImportLink')}
              </Link>
              {' · '}
              <Link className="no-print" to={paths.ownStanding(unit.id, p)} data-testid="own-standing-link">
                {d('ownStandingLink')}
              </Link>
            </p>
            <nav className="tabs no-print" aria-label={t('unitParts')}>
              {UNIT_PARTS.map((to) => (
                <Link key={to} className="tab" to={paths.unit(unit.id, p, to)} aria-current={to === part ? 'page' : undefined} data-testid={`unit-tab-${to}`}>
                  {t(`unitPart_${to}`)}
                </Link>
              ))}
            </nav>
            <UnitPeriod key={`${p.id}.${part}`} unitId={unit.id} role={role} period={p} part={part} />
          </>
        )}
      </PeriodGate>
    </div>
  );
}

function UnitPeriod({ unitId, role, period, part }: { unitId: string; role: Role; period: ReportingPeriod; part: UnitPart }) {
  const { t } = useLang();
  // A submitted report freezes the period's activities and scores until it is returned.
  const report = useGraphQuery(ReportDocument, { unitId, periodId: period.id });
  const frozen = report.data?.report ? isFrozen(report.data.report.status) : false;
  if (part === 'report') return <ReportEditor unitId={unitId} period={period} role={role} />;
  if (part === 'activities') {
    return (
      <section className="card" data-testid="section-activities">
        <h2>{t('activitiesTitle')}</h2>
        <ActivityLog unitId={unitId} period={period} frozen={frozen} />
      </section>
    );
  }
  return (
    <>
      <section className="card" data-testid="section-self-assessment">
        <h2>{t('selfAssessmentTitle')}</h2>
        <ScoringScreen unitId={unitId} period={period} frozen={frozen} />
      </section>
      <section className="card" data-testid="section-report">
        <h2>{t(`submitTitle_${period.kind}`)}</h2>
        <ReportSubmission unitId={unitId} period={period} />
      </section>
    </>
  );
}
