import type { ReportDetailFieldsFragment } from '../../gql/graphql';
import { formatDateTime, formatNumber } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { useReportLabels } from './labels';

type Report = Pick<
  ReportDetailFieldsFragment,
  'status' | 'submittedAt' | 'late' | 'scoreTotal' | 'band' | 'returnReason' | 'returnedAt' | 'reviewedAt' | 'approvedAt' | 'history'
>;

/** Where the report stands: its status, when it was sent, its score, and why it was returned when it was. */
export function ReportStatusLine({ report }: { report: Report }) {
  const { t, lang } = useLang();
  const r = useReportLabels();
  return (
    <div data-testid="report-state" data-status={report.status}>
      <p className="status-line">
        <span className={`badge status-${report.status}`} data-testid="report-status-badge">
          {t(`reportStatus_${report.status}`)}
        </span>
        {report.submittedAt && <span>{t('submittedAt', { time: formatDateTime(report.submittedAt) })}</span>}
        {report.submittedAt && (report.late ? <span className="badge late">{t('late')}</span> : <span className="badge ok">{t('onTime')}</span>)}
      </p>
      {report.scoreTotal != null && report.band && (
        <p>{t('reportScore', { total: formatNumber(report.scoreTotal, lang), band: t(`band_${report.band}`) })}</p>
      )}
      {report.status === 'RETURNED' && report.returnReason && (
        <div className="message warning" role="status" data-testid="return-reason">
          <span>
            <strong>{r('returnedBecause', { time: report.returnedAt ? formatDateTime(report.returnedAt) : '' })}</strong> {report.returnReason}
            <br />
            {r('returnedWhatToDo')}
          </span>
        </div>
      )}
    </div>
  );
}

/** "Quá trình xử lý": every transition, oldest first, with who did it and the reason of a return. */
export function ReportHistory({ history }: { history: Report['history'] }) {
  const { t } = useLang();
  const r = useReportLabels();
  if (history.length === 0) return <p className="hint">{r('historyNone')}</p>;
  return (
    <ol className="timeline" data-testid="report-history">
      {history.map((step, i) => (
        <li key={i} data-testid="history-step" data-action={step.action}>
          <span className="timeline-time">{formatDateTime(step.at)}</span>
          <span>
            <strong>{r(`reportActionDone_${step.action}`)}</strong>
            {step.snapshotNumber != null && ` (${r('versionNumber', { number: step.snapshotNumber })})`}
            {' · '}
            {r('historyStatus', { from: t(`reportStatus_${step.fromStatus}`), to: t(`reportStatus_${step.toStatus}`) })}
            {step.reason && (
              <>
                <br />
                <span className="timeline-reason">{r('historyReason', { reason: step.reason })}</span>
              </>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
