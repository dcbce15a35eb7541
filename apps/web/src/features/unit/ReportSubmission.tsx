import { useState } from 'react';
import type { Report, ReportingPeriod } from '../../shared/api/api-types';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format';
import { gql } from '../../shared/api/graphql';
import { bandKey, useLang } from '../../shared/i18n';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { useLoad } from '../../shared/api/useLoad';
import { useSubmit } from '../../shared/useSubmit';

const REPORT_FIELDS = 'id status submittedAt late scoreTotal band';
const REPORT = `query Report($unitId: ID!, $periodId: ID!) {
  report(unitId: $unitId, periodId: $periodId) { ${REPORT_FIELDS} }
}`;
const SUBMIT_REPORT = `mutation SubmitReport($input: SubmitReportInput!) {
  submitReport(input: $input) { ${REPORT_FIELDS} }
}`;

interface Props {
  unitId: string;
  period: ReportingPeriod;
  /** Changes when the self-assessment is saved: the report's score is read again. */
  scoreVersion: number;
}

/** "Nộp báo cáo năm": the report's status, and submitting it after a confirmation. */
export function ReportSubmission({ unitId, period, scoreVersion }: Props) {
  const { lang, t } = useLang();
  const loaded = useLoad(
    () => gql<{ report: Report | null }>(REPORT, { unitId, periodId: period.id }).then((d) => d.report),
    [unitId, period.id, scoreVersion],
  );
  const [confirming, setConfirming] = useState(false);
  const { busy, error, send } = useSubmit();
  const [justSubmitted, setJustSubmitted] = useState<Report>();

  async function submit() {
    const accepted = await send(async () => {
      const data = await gql<{ submitReport: Report }>(SUBMIT_REPORT, { input: { unitId, periodId: period.id } });
      setJustSubmitted(data.submitReport);
      setConfirming(false);
    });
    // A CONFLICT means someone else submitted it meanwhile: show the report as it now stands.
    if (!accepted) loaded.reload();
  }

  if (loaded.error) return <ErrorMessage error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <p>{t('loading')}</p>;
  const report = justSubmitted ?? loaded.data;
  const submitted = report?.status === 'SUBMITTED';

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
        <p>{t('reportScore', { total: formatNumber(report.scoreTotal, lang), band: t(bandKey(report.band)) })}</p>
      )}
      {!submitted && <p className="hint">{t('dueOn', { date: formatDate(period.dueOn) })}</p>}
      {error && <ErrorMessage error={error} />}
      {!submitted && !confirming && (
        <div className="actions">
          <button type="button" onClick={() => setConfirming(true)} data-testid="submit-report">
            {t('submitButton')}
          </button>
        </div>
      )}
      {!submitted && confirming && (
        <div className="confirm" role="alertdialog" aria-labelledby="confirm-text" data-testid="submit-confirm">
          <p id="confirm-text">{t('submitConfirm', { year: period.year })}</p>
          <div className="actions">
            <SubmitButton
              busy={busy}
              label={t('confirmSubmit')}
              busyLabel={t('submitting')}
              testId="confirm-submit"
              onClick={submit}
            />
            <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={busy}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
