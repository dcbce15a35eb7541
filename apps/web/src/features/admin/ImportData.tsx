import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { ApplyImportDocument, ImportJobDocument, OrgUnitsDocument, UsersDocument, type ImportJobQuery } from '../../gql/graphql';
import { asApiError, type ApiError } from '../../shared/api/errors';
import { downloadImportTemplate, uploadImportFile } from '../../shared/api/files';
import { useGraphMutation, useGraphQuery } from '../../shared/api/query';
import { useLang } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TableBox } from '../../shared/ui/TableBox';

type ImportJob = ImportJobQuery['importJob'];
/** How often a running job's state is read again. */
const POLL_MS = 700;
const running = (job: ImportJob | undefined) => job?.status === 'CHECKING' || job?.status === 'APPLYING';

/**
 * "Nhập dữ liệu": units and people from a spreadsheet. The file is uploaded and checked (a dry run, as a job
 * with progress); every problem is listed by row and column; "Áp dụng" then writes all of it or nothing, again
 * a job whose progress bar follows the rows applied.
 */
export function ImportData({ rootId }: { rootId: string }) {
  const { t } = useLang();
  const [importId, setImportId] = useState<string>();
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<ApiError>();

  const upload = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setUploading(true);
    setError(undefined);
    try {
      setImportId(await uploadImportFile(file));
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setUploading(false);
    }
  };
  const template = () => downloadImportTemplate(t('importTemplateFile')).catch((err: unknown) => setError(asApiError(err)));

  if (importId) return <ImportResult id={importId} rootId={rootId} onAnother={() => (setImportId(undefined), setFile(null))} />;
  return (
    <section className="card" data-testid="import-form-card">
      <h2>{t('tab_import')}</h2>
      <p className="hint">{t('importIntro')}</p>
      <p>
        <button type="button" className="secondary" onClick={() => void template()} data-testid="import-template">
          {t('importTemplate')}
        </button>
      </p>
      <form onSubmit={(e) => void upload(e)} data-testid="import-form">
        <label className="field">
          {t('importFile')}
          <input
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            data-testid="import-file"
          />
        </label>
        {error && <ErrorMessage error={error} />}
        {!file && <p className="hint">{t('importChooseFile')}</p>}
        {file && <SubmitButton busy={uploading} label={t('importCheck')} busyLabel={t('importChecking')} testId="import-upload" />}
      </form>
    </section>
  );
}

/** An uploaded import: its job's progress while it runs, then its problems or the way to apply it. */
function ImportResult({ id, rootId, onAnother }: { id: string; rootId: string; onAnother: () => void }) {
  const { t } = useLang();
  const job = useGraphQuery(ImportJobDocument, { id }, { refetchInterval: (q) => (running(q.state.data?.importJob) ? POLL_MS : false) });
  const apply = useGraphMutation(ApplyImportDocument, { invalidates: [ImportJobDocument, OrgUnitsDocument, UsersDocument] });
  if (job.error) return <ErrorMessage error={job.error} onRetry={() => void job.refetch()} />;
  if (!job.data) return <p>{t('loading')}</p>;
  const j = job.data.importJob;
  return (
    <section className="card" data-testid="import-result" data-status={j.status}>
      <h2>{t('importStatusTitle', { file: j.fileName })}</h2>
      {running(j) && <JobProgress job={j} />}
      {j.status === 'CHECKED' && j.problemCount === 0 && (
        <>
          <p className="message success" data-testid="import-ready">
            {t('importReady', { rows: j.rowCount })}
          </p>
          {apply.error && <ErrorMessage error={apply.error} onRetry={apply.retry} />}
          <SubmitButton busy={apply.isPending} label={t('importApply')} busyLabel={t('importApplying')} testId="import-apply" onClick={() => apply.mutate({ id })} />
        </>
      )}
      {j.status === 'APPLIED' && (
        <>
          <JobProgress job={j} />
          <p className="message success" role="status" data-testid="import-applied">
            {t('importApplied', { units: j.unitsCreated, users: j.usersCreated })}
          </p>
          <p>
            <Link to={paths.admin(rootId, 'units')} data-testid="import-see-tree">
              {t('importSeeTree')}
            </Link>
          </p>
        </>
      )}
      {(j.status === 'FAILED' || (j.status === 'CHECKED' && j.problemCount > 0)) && (
        <>
          <p className="message error" role="alert" data-testid="import-has-problems">
            {t(j.status === 'FAILED' ? 'importFailed' : 'importProblems', { count: j.problemCount })}
          </p>
          <ProblemTable job={j} />
        </>
      )}
      {!running(j) && (
        <p>
          <button type="button" className="secondary" onClick={onAnother} data-testid="import-another">
            {t('importAnother')}
          </button>
        </p>
      )}
    </section>
  );
}

/** A real progress bar: the rows checked or applied so far, of all of them. */
function JobProgress({ job }: { job: ImportJob }) {
  const { t } = useLang();
  const { done, total } = job.progress;
  const label = t(job.status === 'CHECKING' ? 'importProgressChecking' : job.status === 'APPLIED' ? 'importProgressDone' : 'importProgressApplying', { done, total });
  return (
    <div className="import-progress" data-testid="import-progress">
      <progress max={Math.max(total, 1)} value={done} aria-label={t('importProgressLabel')} data-testid="import-progress-bar" />
      <span aria-live="polite">{label}</span>
    </div>
  );
}

function ProblemTable({ job }: { job: ImportJob }) {
  const { t, lang } = useLang();
  return (
    <>
      <h3>{t('importProblemsTitle')}</h3>
      {job.problems.length < job.problemCount && <p className="hint">{t('importProblemsShown', { shown: job.problems.length, count: job.problemCount })}</p>}
      <TableBox label={t('importProblemsTitle')}>
        <table className="table" data-testid="import-problems">
          <thead>
            <tr>
              <th>{t('importColSheet')}</th>
              <th>{t('importColRow')}</th>
              <th>{t('importColColumn')}</th>
              <th>{t('importColMessage')}</th>
            </tr>
          </thead>
          <tbody>
            {job.problems.map((p, i) => (
              <tr key={i} data-testid="import-problem">
                <td data-label={t('importColSheet')}>{t(p.sheet === 'users' ? 'importSheet_users' : 'importSheet_units')}</td>
                <td className="nowrap" data-label={t('importColRow')}>
                  {p.row}
                </td>
                <td data-label={t('importColColumn')}>{p.column}</td>
                <td data-label={t('importColMessage')}>{lang === 'vi' ? p.message : p.messageEn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </>
  );
}
