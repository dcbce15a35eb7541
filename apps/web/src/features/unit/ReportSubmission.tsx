import { useState } from 'react';
import { isLate } from '@qcdc/reports/domain';
import { ReportDocument, SubmitReportDocument } from '../../gql/graphql';
import { useGraphMutation, useGraphQuery } from '../../shared/api/query';
import { now } from '../../shared/clock';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import type { ReportingPeriod } from '../../shared/periods/period';
import { isRetryable } from '../../shared/api/errors';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';

/** "Nộp báo cáo": the report's status, and submitting it after a confirmation. */
export function ReportSubmission({ unitId, period }: { unitId: string; period: ReportingPeriod }) {
  const { lang, t } = useLang();
  const loaded = useGraphQuery(ReportDocument, { unitId, periodId: period.id });
  const [confirming, setConfirming] = useState(false);
  // A CONFLICT means someone else submitted it meanwhile: the report is read again either way.
  const submitReport = useGraphMutation(SubmitReportDocument, {
    invalidates: [ReportDocument],
    onSuccess: () => setConfirming(false),
    onError: () => void loaded.refetch(),
  });

  if (loaded.error) return <ErrorMessage error={loaded.error} onRetry={() => void loaded.refetch()} />;
  if (!loaded.data) return <p>{t('loading')}</p>;
  const report = submitReport.data?.submitReport ?? loaded.data.report;
  const submitted = report?.status === 'SUBMITTED';
  // The same rule the server applies when the report arrives: past the due date plus the grace days.
  const lateNow = isLate(now(), period.dueOn, period.graceDays);

  return (
    <div data-testid="report-submission">
      <p className="status-line" data-testid="report-status">
        {submitted && report.submittedAt ? (
          <>
            <strong>{t('submittedAt', { time: formatDateTime(report.submittedAt) })}</strong>
            {report.late ? (
              <span className="badge late" data-testid="report-late">
                {t('late')}
              </span>
            ) : (
              <span className="badge ok">{t('onTime')}</span>
            )}
          </>
        ) : (
          <strong>{report ? t('statusDraft') : t('statusNotStarted')}</strong>
        )}
      </p>
      {report?.scoreTotal != null && report.band && (
        <p>{t('reportScore', { total: formatNumber(report.scoreTotal, lang), band: t(`band_${report.band}`) })}</p>
      )}
      {!submitted && (
        <p className="hint" data-testid="report-due">
          {t(period.graceDays ? 'dueOnWithGrace' : 'dueOn', { date: formatDate(period.dueOn), days: period.graceDays })}
        </p>
      )}
      {!submitted && lateNow && (
        <div className="message warning" data-testid="report-would-be-late">
          {t('lateIfSubmittedNow')}
        </div>
      )}
      {submitReport.error && <ErrorMessage error={submitReport.error} onRetry={isRetryable(submitReport.error) ? submitReport.retry : undefined} />}
      {!submitted && !confirming && (
        <div className="actions">
          <button type="button" onClick={() => setConfirming(true)} data-testid="submit-report">
            {t(`submitButton_${period.kind}`)}
          </button>
        </div>
      )}
      {!submitted && confirming && (
        <div className="confirm" role="alertdialog" aria-labelledby="confirm-text" data-testid="submit-confirm">
          <p id="confirm-text">{t(`submitConfirm_${period.kind}`, { year: period.year })}</p>
          <div className="actions">
            <SubmitButton
              busy={submitReport.isPending}
              label={t('confirmSubmit')}
              busyLabel={t('submitting')}
              testId="confirm-submit"
              onClick={() => submitReport.mutate({ input: { unitId, periodId: period.id } })}
            />
            <button
              type="button"
              className="secondary"
              onClick={() => setConfirming(false)}
              disabled={submitReport.isPending}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
