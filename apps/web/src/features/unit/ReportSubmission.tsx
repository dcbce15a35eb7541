import { Link } from 'react-router';
import { isFrozen } from '@qcdc/reports/domain';
import { paths } from '../../app/paths';
import { ReportDocument } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import type { ReportingPeriod } from '../../shared/periods/period';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';

/**
 * The report's status under the scoring, and the way to the report itself ("3. Soạn và gửi báo cáo"), where
 * it is written, checked and submitted by the unit's head.
 */
export function ReportSubmission({ unitId, period }: { unitId: string; period: ReportingPeriod }) {
  const { lang, t } = useLang();
  const loaded = useGraphQuery(ReportDocument, { unitId, periodId: period.id });
  if (loaded.error) return <ErrorMessage error={loaded.error} onRetry={() => void loaded.refetch()} />;
  if (!loaded.data) return <p>{t('loading')}</p>;
  const report = loaded.data.report;
  const frozen = report ? isFrozen(report.status) : false;

  return (
    <div data-testid="report-submission">
      <p className="status-line" data-testid="report-status">
        <strong>{report ? t(`reportStatus_${report.status}`) : t('statusNotStarted')}</strong>
        {report?.submittedAt && (
          <>
            <span>{t('submittedAt', { time: formatDateTime(report.submittedAt) })}</span>
            {report.late ? (
              <span className="badge late" data-testid="report-late">
                {t('late')}
              </span>
            ) : (
              <span className="badge ok">{t('onTime')}</span>
            )}
          </>
        )}
      </p>
      {report?.scoreTotal != null && report.band && (
        <p>{t('reportScore', { total: formatNumber(report.scoreTotal, lang), band: t(`band_${report.band}`) })}</p>
      )}
      {!frozen && (
        <p className="hint" data-testid="report-due">
          {t(period.graceDays ? 'dueOnWithGrace' : 'dueOn', { date: formatDate(period.dueOn), days: period.graceDays })}
        </p>
      )}
      <p>
        <Link className="button-link" to={paths.unit(unitId, period, 'report')} data-testid="open-report-editor">
          {t(`submitButton_${period.kind}`)}
        </Link>
      </p>
    </div>
  );
}
