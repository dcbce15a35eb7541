import { ActivitiesDocument, type ActivitiesQuery } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { formatDate } from '../../shared/format';
import { knownKey, useLang } from '../../shared/i18n';
import { useOutbox } from '../../shared/offline/outbox';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { TableBox } from '../../shared/ui/TableBox';

type Activity = ActivitiesQuery['activities'][number];
interface BriefingInput {
  unitId: string;
  occurredOn: string;
  topic: string;
  documents: string | null;
  present: number;
  eligible: number;
}

/**
 * The unit's recorded activities of the year, attendance written the way reports write it ("15/16"); below
 * them, the briefings of this unit and year still waiting in the outbox, marked as such.
 */
export function ActivityList({ unitId, year }: { unitId: string; year: number }) {
  const { t } = useLang();
  const activities = useGraphQuery(ActivitiesDocument, { unitId, year });
  const waiting = useOutbox().flatMap((e) => {
    const input = e.operation === 'RecordBriefing' && !e.refusal ? (e.variables['input'] as BriefingInput) : null;
    return input && input.unitId === unitId && input.occurredOn.startsWith(`${year}-`) ? [{ id: e.id, input }] : [];
  });
  const rows = activities.data?.activities ?? [];
  const attendance = (a: Activity) =>
    a.attendance ?? (a.present != null && a.eligible != null ? `${a.present}/${a.eligible}` : t('notAvailable'));

  return (
    <div className="subsection">
      <h3>{t('activityListTitle', { year })}</h3>
      {activities.error && <ErrorMessage error={activities.error} onRetry={() => void activities.refetch()} />}
      {activities.data && rows.length === 0 && waiting.length === 0 && (
        <p className="hint" data-testid="activities-empty">
          {t('activityListEmpty', { year })}
        </p>
      )}
      {rows.length + waiting.length > 0 && (
        <TableBox label={t('activityListTitle', { year })}>
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
                const kind = knownKey('kind', a.kind);
                return (
                  <tr key={a.id} data-testid="activity-row">
                    <td className="nowrap" data-label={t('colDate')}>
                      {formatDate(a.occurredOn)}
                    </td>
                    <td data-label={t('colKind')}>{kind ? t(kind) : a.kind}</td>
                    <td className="card-title">{a.topic}</td>
                    <td data-label={t('colDocuments')}>{a.documents || t('notAvailable')}</td>
                    <td className="num" data-label={t('colAttendance')} data-testid="activity-attendance">
                      {attendance(a)}
                    </td>
                  </tr>
                );
              })}
              {waiting.map(({ id, input }) => (
                <tr key={`waiting-${id}`} className="activity-waiting" data-testid="activity-waiting">
                  <td className="nowrap" data-label={t('colDate')}>
                    {formatDate(input.occurredOn)}
                  </td>
                  <td data-label={t('colKind')}>
                    {t('kind_BRIEFING')} ({t('outboxStateWaiting')})
                  </td>
                  <td className="card-title">{input.topic}</td>
                  <td data-label={t('colDocuments')}>{input.documents || t('notAvailable')}</td>
                  <td className="num" data-label={t('colAttendance')}>{`${input.present}/${input.eligible}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </div>
  );
}
