import { useState } from 'react';
import type { Activity, OrgUnit } from '../../shared/api/api-types';
import { ActivityList } from './ActivityList';
import { BriefingForm } from './BriefingForm';
import { formatDate } from '../../shared/format';
import { gql } from '../../shared/api/graphql';
import { useLang } from '../../shared/i18n';
import { ReportSubmission } from './ReportSubmission';
import { SelfAssessmentForm } from './SelfAssessmentForm';
import { useLoad } from '../../shared/api/useLoad';
import { YearPeriodGate } from '../../shared/ui/YearPeriodGate';

const ACTIVITIES = `query Activities($unitId: ID!, $year: Int!) {
  activities(unitId: $unitId, year: $year) { id unitId kind occurredOn topic documents present eligible attendance }
}`;

/** "Đơn vị": one unit's year, in the order the work is done: record, self-score, submit. */
export function UnitScreen({ unit }: { unit: OrgUnit }) {
  const { t } = useLang();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const activities = useLoad(
    () => gql<{ activities: Activity[] }>(ACTIVITIES, { unitId: unit.id, year }).then((d) => d.activities),
    [unit.id, year],
  );
  // Bumped when the self-assessment is saved, so the report section shows the new score.
  const [scoreVersion, setScoreVersion] = useState(0);

  return (
    <div data-testid="unit-screen">
      <YearPeriodGate
        eyebrow={t('screen_unit')}
        title={unit.name}
        titleTestId="unit-name"
        hint={unit.code}
        year={year}
        onYearChange={setYear}
      >
        {(p) => (
          <>
            <p className="hint" data-testid="period-line">
              {t('periodLine', {
                year,
                start: formatDate(p.windowStart),
                end: formatDate(p.windowEnd),
                due: formatDate(p.dueOn),
              })}
            </p>
            <section className="card" data-testid="section-activities">
              <h2>{t('activitiesTitle')}</h2>
              <BriefingForm unitId={unit.id} period={p} onRecorded={activities.reload} />
              <ActivityList year={year} activities={activities} />
            </section>
            <section className="card" data-testid="section-self-assessment">
              <h2>{t('selfAssessmentTitle')}</h2>
              <SelfAssessmentForm
                key={p.id}
                unitId={unit.id}
                period={p}
                onSaved={() => setScoreVersion((v) => v + 1)}
              />
            </section>
            <section className="card" data-testid="section-report">
              <h2>{t('submitTitle')}</h2>
              <ReportSubmission unitId={unit.id} period={p} scoreVersion={scoreVersion} />
            </section>
          </>
        )}
      </YearPeriodGate>
    </div>
  );
}
