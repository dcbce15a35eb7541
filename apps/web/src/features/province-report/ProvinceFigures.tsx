import { ACTIVITY_KIND_REGISTRY, isActivityKind } from '@qcdc/activities/domain';
import type { ProvinceReportFieldsFragment } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { useLang, type Lang } from '../../shared/i18n';
import { TableBox } from '../../shared/ui/TableBox';
import { activityRows, shareOf } from './figures';
import { useProvinceReportLabels } from './labels';

type Figures = ProvinceReportFieldsFragment['figures'];

/** "66,7%" ("66.7%" in English); a dash when there is nothing to take a share of. */
const percent = (value: number | null, lang: Lang) => (value === null ? '–' : `${formatNumber(value, lang, 1)}%`);
/** "Số liệu tổng hợp": the units' reporting, the bands, the activities by kind and the units that did not submit, as big tables. */
export function ProvinceFigures({ figures: f, refresh, refreshing }: { figures: Figures; refresh: () => void; refreshing: boolean }) {
  const { t, lang, say } = useLang();
  const p = useProvinceReportLabels();
  const kindName = (kind: string) => (isActivityKind(kind) ? say(ACTIVITY_KIND_REGISTRY[kind].name) : kind);
  const activities = activityRows(f.activityCounts);
  const units: [string, string, number, number | null][] = [
    ['expected', p('rowExpected'), f.unitsExpected, f.unitsExpected > 0 ? 100 : null],
    ['submitted', p('rowSubmitted'), f.unitsSubmitted, f.submittedPercent],
    ['onTime', p('rowOnTime'), f.unitsOnTime, f.onTimePercent],
    ['approved', p('rowApproved'), f.unitsApproved, f.approvedPercent],
  ];
  return (
    <section className="card province-figures" data-testid="province-figures">
      <div className="figures-bar">
        <h2>{p('figuresTitle')}</h2>
        <button type="button" className="secondary no-print" onClick={refresh} disabled={refreshing} data-testid="refresh-figures">
          {refreshing ? p('refreshing') : p('refreshFigures')}
        </button>
      </div>
      <p className="hint">{p('figuresHint')}</p>
      <div className="figures-grid">
        <div>
          <TableBox label={p('figuresTitle')}>
            <table className="table figures-table" data-testid="figures-units">
              <thead>
                <tr>
                  <th>{p('colIndicator')}</th>
                  <th className="num">{p('colUnits')}</th>
                  <th className="num">{p('colPercent')}</th>
                </tr>
              </thead>
              <tbody>
                {units.map(([key, label, count, share]) => (
                  <tr key={key} data-testid={`figure-${key}`}>
                    <td data-label={p('colIndicator')}>{label}</td>
                    <td className="num" data-label={p('colUnits')} data-testid="figure-count">
                      {formatNumber(count, lang)}
                    </td>
                    <td className="num" data-label={p('colPercent')} data-testid="figure-percent">
                      {percent(share, lang)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
          <p data-testid="figure-average">
            {f.averageScore === null ? p('averageScoreNone') : p('averageScore', { score: formatNumber(f.averageScore, lang) })}
          </p>
        </div>
        <div>
          <h3>{p('bandsTitle')}</h3>
          <TableBox label={p('bandsTitle')}>
            <table className="table figures-table" data-testid="figures-bands">
              <thead>
                <tr>
                  <th>{p('colBand')}</th>
                  <th className="num">{p('colUnits')}</th>
                  <th className="num">{p('colPercent')}</th>
                </tr>
              </thead>
              <tbody>
                {f.bands.map((b) => (
                  <tr key={b.band} data-testid={`band-${b.band}`}>
                    <td data-label={p('colBand')}>{t(`band_${b.band}`)}</td>
                    <td className="num" data-label={p('colUnits')}>
                      {formatNumber(b.count, lang)}
                    </td>
                    <td className="num" data-label={p('colPercent')}>
                      {percent(shareOf(b.count, f.unitsSubmitted), lang)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        </div>
        <div>
          <h3>{p('activitiesTitle')}</h3>
          {activities.length === 0 ? (
            <p className="hint" data-testid="activities-none">
              {p('activitiesNone')}
            </p>
          ) : (
            <TableBox label={p('activitiesTitle')}>
              <table className="table figures-table" data-testid="figures-activities">
                <thead>
                  <tr>
                    <th>{p('colActivityKind')}</th>
                    <th className="num">{p('colActivities')}</th>
                  </tr>
                </thead>
                <tbody>
                  {activities.map((a) => (
                    <tr key={a.kind} data-testid={`activity-${a.kind}`}>
                      <td data-label={p('colActivityKind')}>{kindName(a.kind)}</td>
                      <td className="num" data-label={p('colActivities')}>
                        {formatNumber(a.count, lang)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
          )}
        </div>
        <div>
          <h3>{p('notSubmittedTitle', { count: f.notSubmitted.length })}</h3>
          {f.notSubmitted.length === 0 ? (
            <p className="hint" data-testid="not-submitted-none">
              {p('notSubmittedNone')}
            </p>
          ) : (
            <TableBox label={p('notSubmittedTitle', { count: f.notSubmitted.length })}>
              <table className="table figures-table" data-testid="figures-not-submitted">
                <thead>
                  <tr>
                    <th className="num">{p('colNo')}</th>
                    <th>{t('colCode')}</th>
                    <th>{t('colUnitName')}</th>
                    <th>{t('colBloc')}</th>
                  </tr>
                </thead>
                <tbody>
                  {f.notSubmitted.map((u, i) => (
                    <tr key={u.unitId} data-testid="not-submitted-row">
                      <td className="num" data-label={p('colNo')}>
                        {i + 1}
                      </td>
                      <td data-label={t('colCode')}>{u.code}</td>
                      <td data-label={t('colUnitName')}>{u.name}</td>
                      <td data-label={t('colBloc')}>{u.blocName ?? '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
          )}
        </div>
      </div>
    </section>
  );
}
