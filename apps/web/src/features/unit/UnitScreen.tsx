import { Link } from 'react-router';
import { PeriodPage } from '../../app/PeriodPage';
import { paths } from '../../app/paths';
import type { OrgUnit } from '../../app/workspaces';
import { formatDate } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { PeriodGate } from '../../shared/periods/PeriodGate';
import type { PeriodRef } from '../../shared/periods/period';
import { ActivityList } from './ActivityList';
import { BriefingForm } from './BriefingForm';
import { ReportSubmission } from './ReportSubmission';
import { SelfAssessmentForm } from './SelfAssessmentForm';

/** "/don-vi/<unit>/<year>/<period>". */
export function UnitRoute() {
  return (
    <PeriodPage screen="unit">
      {(workspace, period) => <UnitScreen key={workspace.path} unit={workspace.orgUnit} period={period} />}
    </PeriodPage>
  );
}

/** "Đơn vị": one unit's reporting period, in the order the work is done: record, self-score, submit. */
function UnitScreen({ unit, period }: { unit: OrgUnit; period: PeriodRef }) {
  const { t } = useLang();
  return (
    <div data-testid="unit-screen">
      <PeriodGate
        eyebrow={t('screen_unit')}
        title={unit.name}
        titleTestId="unit-name"
        hint={unit.code}
        period={period}
        pathOf={(p) => paths.unit(unit.id, p)}
      >
        {(p) => (
          <>
            <p className="hint" data-testid="period-line">
              {t(`periodLine_${p.kind}`, {
                year: p.year,
                start: formatDate(p.windowStart),
                end: formatDate(p.windowEnd),
                due: formatDate(p.dueOn),
              })}
            </p>
            <p className="no-print">
              <Link className="button-link secondary" to={paths.profile(unit.id, p)} data-testid="profile-link">
                {t('profileLink')}
              </Link>
            </p>
            <section className="card" data-testid="section-activities">
              <h2>{t('activitiesTitle')}</h2>
              <BriefingForm unitId={unit.id} period={p} />
              <ActivityList unitId={unit.id} year={p.year} />
            </section>
            <section className="card" data-testid="section-self-assessment">
              <h2>{t('selfAssessmentTitle')}</h2>
              <SelfAssessmentForm key={p.id} unitId={unit.id} period={p} />
            </section>
            <section className="card" data-testid="section-report">
              <h2>{t(`submitTitle_${p.kind}`)}</h2>
              <ReportSubmission key={p.id} unitId={unit.id} period={p} />
            </section>
          </>
        )}
      </PeriodGate>
    </div>
  );
}
