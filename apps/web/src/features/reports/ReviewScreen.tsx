import { useState, type FormEvent } from 'react';
import { REPORT_STATUSES } from '@qcdc/reports/domain';
import { Link, useParams } from 'react-router';
import { PeriodPage } from '../../app/PeriodPage';
import { paths } from '../../app/paths';
import type { OrgUnit } from '../../app/workspaces';
import {
  ApproveReportDocument,
  ReportDetailDocument,
  ReportPreviewDocument,
  ReturnReportDocument,
  ReviewQueueDocument,
  ReviewReportDocument,
  type ReportDetailFieldsFragment,
  type ReportStatus,
} from '../../gql/graphql';
import { isRetryable } from '../../shared/api/errors';
import { useGraphMutation, useGraphQuery } from '../../shared/api/query';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { useReportLabels } from './labels';
import { PeriodGate } from '../../shared/periods/PeriodGate';
import type { PeriodRef, ReportingPeriod } from '../../shared/periods/period';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TableBox } from '../../shared/ui/TableBox';
import { ReportReader } from './ReportEditor';
import './reports.css';

/** "/tong-quan/<scope>/<year>/<period>/bao-cao" (the queue) and ".../bao-cao/<unit>" (one unit's report). */
export function ReviewRoute() {
  const { reportUnitId } = useParams();
  return (
    <PeriodPage screen="overview">
      {(workspace, period) => <ReviewScreen key={workspace.path} scope={workspace.orgUnit} period={period} reportUnitId={reportUnitId ?? null} />}
    </PeriodPage>
  );
}

/** The queue's filters: what waits for a decision first. */
const FILTERS = {
  waiting: ['SUBMITTED', 'REVIEWED'],
  approved: ['APPROVED'],
  returned: ['RETURNED'],
  all: REPORT_STATUSES,
} as const satisfies Record<string, readonly ReportStatus[]>;
type Filter = keyof typeof FILTERS;

function ReviewScreen({ scope, period, reportUnitId }: { scope: OrgUnit; period: PeriodRef; reportUnitId: string | null }) {
  const { t } = useLang();
  const r = useReportLabels();
  return (
    <div data-testid="review-screen">
      <PeriodGate
        eyebrow={t('screen_overview')}
        title={r(`reviewQueueTitle_${period.kind}`, { year: period.year })}
        hint={scope.name}
        period={period}
        pathOf={(p) => paths.reviewQueue(scope.id, p)}
      >
        {(p) =>
          reportUnitId ? (
            <ReviewReport key={`${reportUnitId}.${p.id}`} scopeId={scope.id} unitId={reportUnitId} period={p} />
          ) : (
            <ReviewQueue scopeId={scope.id} period={p} />
          )
        }
      </PeriodGate>
    </div>
  );
}

/** "Báo cáo cần xử lý": the reports of the units the reviewer oversees, in a big table, each opened by its name. */
function ReviewQueue({ scopeId, period }: { scopeId: string; period: ReportingPeriod }) {
  const { t, lang } = useLang();
  const r = useReportLabels();
  const [filter, setFilter] = useState<Filter>('waiting');
  const statuses = FILTERS[filter];
  const queue = useGraphQuery(ReviewQueueDocument, { periodId: period.id, statuses: [...statuses] }, { staleTime: 0 });
  return (
    <section className="card" data-testid="review-queue">
      <div className="toolbar">
        <h2>{r('reviewQueueHeading')}</h2>
        <label className="inline-field">
          {r('reviewFilter')}
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)} data-testid="review-filter">
            {(Object.keys(FILTERS) as Filter[]).map((f) => (
              <option key={f} value={f}>
                {r(`reviewFilter_${f}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="secondary" onClick={() => void queue.refetch()} disabled={queue.isFetching} data-testid="refresh-queue">
          {t('refresh')}
        </button>
      </div>
      {queue.error && <ErrorMessage error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isPending && <p>{t('loading')}</p>}
      {queue.data && queue.data.reviewQueue.length === 0 && (
        <p className="message info" data-testid="review-queue-empty">
          {r('reviewQueueEmpty')}
        </p>
      )}
      {queue.data && queue.data.reviewQueue.length > 0 && (
        <TableBox label={r('reviewQueueHeading')}>
          <table className="table review-table" data-testid="review-table">
            <thead>
              <tr>
                <th>{r('colUnitCode')}</th>
                <th>{t('colUnitName')}</th>
                <th>{t('colBloc')}</th>
                <th>{t('colStatus')}</th>
                <th>{t('colSubmittedAt')}</th>
                <th>{r('colOnTime')}</th>
                <th className="num">{t('colScore')}</th>
                <th>{t('colBand')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.data.reviewQueue.map((item) => (
                <tr key={item.report.id} data-testid="review-row" data-unit={item.unitCode}>
                  <td className="nowrap" data-label={r('colUnitCode')}>
                    {item.unitCode}
                  </td>
                  <td data-label={t('colUnitName')}>
                    <Link to={paths.reviewReport(scopeId, period, item.report.unitId)} data-testid="open-report">
                      {item.unitName}
                    </Link>
                  </td>
                  <td data-label={t('colBloc')}>{item.blocName ?? t('notAvailable')}</td>
                  <td data-label={t('colStatus')}>
                    <span className={`badge status-${item.report.status}`} data-testid="review-status">
                      {t(`reportStatus_${item.report.status}`)}
                    </span>
                  </td>
                  <td className="nowrap" data-label={t('colSubmittedAt')}>
                    {item.report.submittedAt ? formatDateTime(item.report.submittedAt) : t('notAvailable')}
                  </td>
                  <td data-label={r('colOnTime')}>
                    {item.report.submittedAt ? (
                      item.report.late ? (
                        <span className="badge late">{t('late')}</span>
                      ) : (
                        <span className="badge ok">{t('onTime')}</span>
                      )
                    ) : (
                      t('dueOn', { date: formatDate(item.dueOn) })
                    )}
                  </td>
                  <td className="num" data-label={t('colScore')}>
                    {item.report.scoreTotal != null ? formatNumber(item.report.scoreTotal, lang) : t('notAvailable')}</td>
                  <td data-label={t('colBand')}>{item.report.band ? t(`band_${item.report.band}`) : t('notAvailable')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </section>
  );
}

/** One unit's report opened from the queue: read only, with the reviewer's actions on it. */
function ReviewReport({ scopeId, unitId, period }: { scopeId: string; unitId: string; period: ReportingPeriod }) {
  const { t } = useLang();
  const r = useReportLabels();
  const vars = { unitId, periodId: period.id };
  const detail = useGraphQuery(ReportDetailDocument, vars, { staleTime: 0 });
  const preview = useGraphQuery(ReportPreviewDocument, { ...vars, draft: null }, { staleTime: 0 });
  // The unit's code and name, from the queue of every status.
  const units = useGraphQuery(ReviewQueueDocument, { periodId: period.id, statuses: [...REPORT_STATUSES] });
  const unit = units.data?.reviewQueue.find((item) => item.report.unitId === unitId);
  const failed = detail.error ?? preview.error;
  return (
    <>
      <p className="no-print">
        <Link to={paths.reviewQueue(scopeId, period)} data-testid="back-to-queue">
          {r('backToQueue')}
        </Link>
      </p>
      {unit && (
        <h2 data-testid="review-unit">
          {unit.unitCode} — {unit.unitName}
        </h2>
      )}
      {failed && <ErrorMessage error={failed} onRetry={() => void Promise.all([detail.refetch(), preview.refetch()])} />}
      {(detail.isPending || preview.isPending) && <p>{t('loading')}</p>}
      {detail.data && !detail.data.report && (
        <p className="message warning" data-testid="no-report">
          {r('reviewNoReport')}
        </p>
      )}
      {detail.data?.report && preview.data && (
        <ReportReader unitId={unitId} period={period} report={detail.data.report} document={preview.data.reportPreview.document}>
          <ReviewActions report={detail.data.report} />
        </ReportReader>
      )}
    </>
  );
}

/** Thẩm định, duyệt, trả lại: the buttons the report's allowedActions give this reviewer; a return needs its reason. */
function ReviewActions({ report }: { report: ReportDetailFieldsFragment }) {
  const { t } = useLang();
  const r = useReportLabels();
  const invalidates = [ReportDetailDocument, ReportPreviewDocument, ReviewQueueDocument];
  const review = useGraphMutation(ReviewReportDocument, { invalidates });
  const approve = useGraphMutation(ApproveReportDocument, { invalidates, onSuccess: () => setConfirmApprove(false) });
  const giveBack = useGraphMutation(ReturnReportDocument, { invalidates, onSuccess: () => setReturning(false) });
  const [returning, setReturning] = useState(false);
  const [confirmApprove, setConfirmApprove] = useState(false);
  const [reason, setReason] = useState('');
  const can = (action: string) => report.allowedActions.some((a) => a === action);
  const input = { reportId: report.id };
  const busy = review.isPending || approve.isPending || giveBack.isPending;
  if (!can('REVIEW') && !can('APPROVE') && !can('RETURN')) {
    return (
      <p className="hint" data-testid="review-nothing-to-do">
        {r('reviewNothingToDo')}
      </p>
    );
  }
  const sendReturn = (e: FormEvent) => {
    e.preventDefault();
    // A blank reason is sent as it is: the server's refusal (REASON_REQUIRED) says what to write.
    giveBack.mutate({ input: { reportId: report.id, reason } });
  };
  return (
    <div className="review-actions" data-testid="review-actions">
      <div className="actions">
        {can('REVIEW') && (
          <SubmitButton busy={review.isPending} disabled={busy} label={r('reviewButton')} busyLabel={r('reviewBusy')} testId="review-report" onClick={() => review.mutate({ input })} />
        )}
        {can('APPROVE') && !confirmApprove && (
          <button type="button" onClick={() => setConfirmApprove(true)} disabled={busy} data-testid="approve-report">
            {r('approveButton')}
          </button>
        )}
        {can('RETURN') && !returning && (
          <button type="button" className="secondary" onClick={() => setReturning(true)} disabled={busy} data-testid="return-report">
            {r('returnButton')}
          </button>
        )}
      </div>
      {review.error && <ErrorMessage error={review.error} onRetry={isRetryable(review.error) ? review.retry : undefined} />}
      {confirmApprove && (
        <div className="confirm" role="alertdialog" aria-labelledby="approve-confirm-text" data-testid="approve-confirm">
          <p id="approve-confirm-text">{r('approveConfirm')}</p>
          <div className="actions">
            <SubmitButton busy={approve.isPending} label={r('approveButton')} busyLabel={r('approveBusy')} testId="confirm-approve" onClick={() => approve.mutate({ input })} />
            <button type="button" className="secondary" onClick={() => setConfirmApprove(false)} disabled={approve.isPending}>
              {t('cancel')}
            </button>
          </div>
          {approve.error && <ErrorMessage error={approve.error} onRetry={isRetryable(approve.error) ? approve.retry : undefined} />}
        </div>
      )}
      {returning && (
        <form className="confirm" onSubmit={sendReturn} data-testid="return-form">
          <label className="field">
            {r('returnReason')}
            <textarea rows={4} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="return-reason-input" />
            <span className="hint">{r('returnReasonHint')}</span>
          </label>
          {giveBack.error && <ErrorMessage error={giveBack.error} onRetry={isRetryable(giveBack.error) ? giveBack.retry : undefined} />}
          <div className="actions">
            <SubmitButton busy={giveBack.isPending} label={r('returnConfirm')} busyLabel={r('returnBusy')} testId="confirm-return" />
            <button type="button" className="secondary" onClick={() => setReturning(false)} disabled={giveBack.isPending}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
