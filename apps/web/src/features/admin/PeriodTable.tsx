import { formatDate } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import type { ReportingPeriod } from '../../shared/periods/period';
import { TableBox } from '../../shared/ui/TableBox';
import { useCalendarText } from './calendar-texts';
import { PeriodStatusAction } from './PeriodStatusAction';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useReminderText } from '../reminders/reminder-texts';

/** The year's reporting periods: data window, due date, grace days and status. */
export function PeriodTable({ year, periods, highlight }: { year: number; periods: ReportingPeriod[]; highlight?: string }) {
  const { t } = useLang();
  const ct = useCalendarText();
  const rt = useReminderText();
  if (periods.length === 0) {
    return (
      <div className="message warning" data-testid="no-periods">
        {t('noPeriods', { year })}
      </div>
    );
  }
  return (
    <TableBox label={t('periodsTitle', { year })}>
      <table className="table" data-testid="period-table">
        <thead>
          <tr>
            <th>{t('colPeriodKind')}</th>
            <th>{t('colWindow')}</th>
            <th>{t('colDueOn')}</th>
            <th className="num">{t('colGraceDays')}</th>
            <th>{t('colPeriodStatus')}</th>
            <th title={ct('closeHint')}>{ct('close')}</th>
            <th>{rt('scheduleLink')}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => {
            return (
              <tr key={p.id} className={p.id === highlight ? 'just-added' : undefined} data-testid={`period-row-${p.kind}`}>
                <td className="card-title">
                  <strong>{t(`periodKind_${p.kind}`)}</strong>
                </td>
                <td data-label={t('colWindow')} data-testid="period-window">
                  {formatDate(p.windowStart)} – {formatDate(p.windowEnd)}
                </td>
                <td className="nowrap" data-label={t('colDueOn')} data-testid="period-due">
                  {formatDate(p.dueOn)}
                </td>
                <td className="num" data-label={t('colGraceDays')}>
                  {t('graceDaysValue', { days: p.graceDays })}
                </td>
                <td className="nowrap" data-label={t('colPeriodStatus')}>
                  <span className={`badge ${p.status === 'OPEN' ? 'ok' : 'pending'}`} data-testid="period-status">
                    {t(`periodStatus_${p.status}`)}
                  </span>
                </td>
                <td data-label={ct('close')}>
                  <PeriodStatusAction period={p} />
                </td>
                <td data-label={rt('scheduleLink')}>
                  <Link to={paths.reminderSchedule(p.id)} data-testid={`period-reminders-${p.kind}`}>
                    {rt('scheduleLink')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableBox>
  );
}
