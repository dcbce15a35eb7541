import { useState } from 'react';
import {
  RenderJobDocument,
  RequestReportRenderDocument,
  type RenderJobFieldsFragment,
  type ReportDetailFieldsFragment,
} from '../../gql/graphql';
import { asApiError, type ApiError } from '../../shared/api/errors';
import { downloadReportFile } from '../../shared/api/files';
import { useGraphMutation, useGraphQuery } from '../../shared/api/query';
import { formatDateTime, formatNumber } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { useReportLabels } from './labels';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TableBox } from '../../shared/ui/TableBox';

/** How often a running job is asked about: often enough for the bar to move, rarely enough for a slow line. */
const POLL_MS = 1000;
export const running = (job: Pick<RenderJobFieldsFragment, 'status'> | null | undefined) => job?.status === 'QUEUED' || job?.status === 'RUNNING';

interface Props {
  unitId: string;
  periodId: string;
  report: ReportDetailFieldsFragment | null;
}

/** "Xuất văn bản": compiles the report now (the draft, or the submitted version), shows the work's progress, then the files. */
export function RenderPanel({ unitId, periodId, report }: Props) {
  const r = useReportLabels();
  const { job, current, setJobId } = useRenderJob(report?.latestRenderJob?.id ?? null);
  const request = useGraphMutation(RequestReportRenderDocument, { onSuccess: (data) => setJobId(data.requestReportRender.id) });
  return (
    <section className="card no-print" data-testid="render-panel">
      <h2>{r('renderTitle')}</h2>
      <p className="hint">{r('renderHint')}</p>
      <SubmitButton
        busy={request.isPending || running(current)}
        label={r('renderButton')}
        busyLabel={r('renderBusy')}
        testId="render-report"
        onClick={() => {
          // The last job's files make way for the new one's progress.
          setJobId(null);
          request.mutate({ input: { unitId, periodId } });
        }}
      />
      {request.error && <ErrorMessage error={request.error} onRetry={request.retry} />}
      {job.error && <ErrorMessage error={job.error} onRetry={() => void job.refetch()} />}
      {current && <RenderJobState job={current} />}
    </section>
  );
}

/** The render job followed (`setJobId` a new one): asked about every second while it runs. */
export function useRenderJob(initialId: string | null) {
  const [jobId, setJobId] = useState<string | null>(initialId);
  const job = useGraphQuery(RenderJobDocument, { id: jobId ?? '' }, {
    enabled: jobId !== null,
    staleTime: 0,
    refetchInterval: (q) => (running(q.state.data?.renderJob) ? POLL_MS : false),
  });
  return { job, current: job.data?.renderJob ?? null, setJobId };
}

/** A job's progress bar while it runs; its files once done; its error, with what to do, when it failed. */
export function RenderJobState({ job }: { job: RenderJobFieldsFragment }) {
  const { lang } = useLang();
  const r = useReportLabels();
  if (running(job)) {
    return (
      <div className="render-progress" data-testid="render-progress" data-status={job.status} data-job={job.id}>
        <progress max={100} value={job.progress} aria-label={r('renderProgressLabel')} data-testid="render-progress-bar" />
        <span aria-live="polite" data-testid="render-stage">
          {r('renderProgress', { percent: job.progress, stage: job.stage ?? r(`renderStatus_${job.status}`) })}
        </span>
      </div>
    );
  }
  if (job.status === 'FAILED') {
    // The worker writes its reason in Vietnamese, the English after " / ".
    const [vi, en] = (job.error ?? '').split(' / ');
    const reason = (lang === 'en' && en) || vi || r('renderFailedUnknown');
    return (
      <div className="message error" role="alert" data-testid="render-failed">
        {r('renderFailed', { error: reason })}
      </div>
    );
  }
  return (
    <div data-testid="render-done" data-job={job.id}>
      <p className="message success" role="status">
        {r('renderDone', { time: formatDateTime(job.finishedAt ?? job.requestedAt) })}
      </p>
      <FileLinks files={job.files} />
    </div>
  );
}

/** The files of a rendered version, each downloaded with the official's token (the gateway asks for it). */
export function FileLinks({ files }: { files: RenderJobFieldsFragment['files'] }) {
  const { lang } = useLang();
  const r = useReportLabels();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (file: RenderJobFieldsFragment['files'][number]) => {
    setError(null);
    setBusy(file.id);
    try {
      await downloadReportFile(file.url, file.fileName);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="file-links">
      {files.map((file) => (
        <button
          key={file.id}
          type="button"
          className="secondary"
          disabled={busy === file.id}
          onClick={() => void download(file)}
          data-testid={`download-${file.media}`}
          title={file.fileName}
        >
          {busy === file.id
            ? r('downloading')
            : r('downloadFile', { media: file.media, size: formatNumber(Math.max(file.sizeBytes / 1024, 0.1), lang, 1) })}
        </button>
      ))}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}

/** "Các phiên bản đã gửi": each submitted version (newest first) with its time and score. */
export function SnapshotList({ snapshots }: { snapshots: ReportDetailFieldsFragment['snapshots'] }) {
  const { t, lang } = useLang();
  const r = useReportLabels();
  if (snapshots.length === 0) return <p className="hint">{r('snapshotsNone')}</p>;
  return (
    <TableBox label={r('snapshotsTitle')}>
      <table className="table" data-testid="snapshot-table">
        <thead>
          <tr>
            <th>{r('colVersion')}</th>
            <th>{t('colSubmittedAt')}</th>
            <th>{r('colOnTime')}</th>
            <th className="num">{t('colScore')}</th>
          </tr>
        </thead>
        <tbody>
          {snapshots.map((s) => (
            <tr key={s.id} data-testid="snapshot-row">
              <td data-label={r('colVersion')}>{r('versionNumber', { number: s.number })}</td>
              <td className="nowrap" data-label={t('colSubmittedAt')}>
                {formatDateTime(s.submittedAt)}
              </td>
              <td data-label={r('colOnTime')}>{s.late ? <span className="badge late">{t('late')}</span> : <span className="badge ok">{t('onTime')}</span>}</td>
              <td className="num" data-label={t('colScore')}>
                {formatNumber(s.scoreTotal, lang)} ({t(`band_${s.band}`)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
