import type { Activity } from '../../shared/api/api-types';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { formatDate } from '../../shared/format';
import { kindKey, useLang } from '../../shared/i18n';
import type { Loaded } from '../../shared/api/useLoad';

/** The unit's recorded activities of the year, attendance written the way reports write it ("15/16"). */
export function ActivityList({ year, activities }: { year: number; activities: Loaded<Activity[]> }) {
  const { t } = useLang();
  const rows = activities.data ?? [];
  const attendance = (a: Activity) =>
    a.attendance ?? (a.present != null && a.eligible != null ? `${a.present}/${a.eligible}` : t('notAvailable'));

  return (
    <div className="subsection">
      <h3>{t('activityListTitle', { year })}</h3>
      {activities.error && <ErrorMessage error={activities.error} onRetry={activities.reload} />}
      {!activities.error && !activities.loading && rows.length === 0 && (
        <p className="hint" data-testid="activities-empty">
          {t('activityListEmpty', { year })}
        </p>
      )}
      {rows.length > 0 && (
        <table className="table" data-testid="activity-list">
          <thead>
            <tr>
              <th>{t('colDate')}</th>
              <th>{t('colKind')}</th>
              <th>{t('colTopic')}</th>
              <th>{t('colDocuments')}</th>
              <th className="num">{t('colAttendance')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => {
              const kind = kindKey(a.kind);
              return (
                <tr key={a.id} data-testid="activity-row">
                  <td className="nowrap">{formatDate(a.occurredOn)}</td>
                  <td>{kind ? t(kind) : a.kind}</td>
                  <td>{a.topic}</td>
                  <td>{a.documents || t('notAvailable')}</td>
                  <td className="num" data-testid="activity-attendance">
                    {attendance(a)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
