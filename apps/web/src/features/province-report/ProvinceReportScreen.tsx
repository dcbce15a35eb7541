import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { nextPeriodText, periodText } from '@qcdc/reports/domain';
import { PeriodPage } from '../../app/PeriodPage';
import { paths } from '../../app/paths';
import type { OrgUnit } from '../../app/workspaces';
import {
  ProvinceReportDocument,
  RequestProvinceReportRenderDocument,
  SaveProvinceReportDocument,
  type ProvinceReportFieldsFragment,
  type Role,
} from '../../gql/graphql';
import { reasonOf, type ApiError } from '../../shared/api/errors';
import { queryKey, useGraphMutation, useGraphQuery } from '../../shared/api/query';
import { now } from '../../shared/clock';
import { formatDateTime } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { PeriodGate } from '../../shared/periods/PeriodGate';
import type { PeriodRef, ReportingPeriod } from '../../shared/periods/period';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { useDraft } from '../../shared/useDraft';
import { asOfficialDocument } from '../reports/document-page';
import { DocumentPage } from '../reports/DocumentPage';
import { HeaderForm } from '../reports/HeaderForm';
import { useReportLabels } from '../reports/labels';
import { RenderJobState, running, useRenderJob } from '../reports/RenderPanel';
import { headerProblems } from '../reports/report-draft';
import { SaveConflict, SaveState } from '../reports/SaveState';
import { SectionField } from '../reports/SectionField';
import { ProvinceFigures } from './ProvinceFigures';
import { useProvinceReportLabels } from './labels';
import { HEADER, resumed, saveInput, savedDraft, sendsAll, type ProvinceDraft } from './province-report-draft';
import '../reports/reports.css';
import './province-report.css';

/** Edits are sent this long after the last keystroke: one request per pause, not per letter. */
const AUTOSAVE_MS = 1500;
/** Only the committee writes the consolidated report; the committee and the province admin export it. */
const WRITERS: readonly Role[] = ['PROVINCE_COMMITTEE'];
const RENDERERS: readonly Role[] = ['PROVINCE_COMMITTEE', 'PROVINCE_ADMIN'];

/** "/tong-quan/<scope>/<year>/<period>/bao-cao-tong-hop". */
export function ProvinceReportRoute() {
  return (
    <PeriodPage screen="overview">
      {(workspace, period) => <ProvinceReportScreen key={workspace.path} scope={workspace.orgUnit} role={workspace.role} period={period} />}
    </PeriodPage>
  );
}

/** "Báo cáo tổng hợp": the province's consolidated report of a period, its figures, text, header, preview and files. */
function ProvinceReportScreen({ scope, role, period }: { scope: OrgUnit; role: Role; period: PeriodRef }) {
  const p = useProvinceReportLabels();
  return (
    <div data-testid="province-report-screen">
      <PeriodGate
        eyebrow={p('eyebrow')}
        title={p(`title_${period.kind}`, { year: period.year })}
        hint={scope.name}
        period={period}
        pathOf={(next) => paths.provinceReport(scope.id, next)}
      >
        {(current) => (
          <>
            <p className="no-print">
              <Link to={paths.overview(scope.id, current)} data-testid="back-to-overview">
                {p('backToOverview')}
              </Link>
            </p>
            <ProvinceReport key={current.id} period={current} role={role} />
          </>
        )}
      </PeriodGate>
    </div>
  );
}

function ProvinceReport({ period, role }: { period: ReportingPeriod; role: Role }) {
  const { t } = useLang();
  const p = useProvinceReportLabels();
  const report = useGraphQuery(ProvinceReportDocument, { periodId: period.id }, { staleTime: 0 });
  if (report.error) return <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />;
  if (!report.data) return <p>{t('loading')}</p>;
  const data = report.data.provinceReport;
  const canSave = WRITERS.includes(role);
  return (
    <div className="province-report" data-testid="province-report" data-can-save={canSave}>
      {!canSave && (
        <p className="message info" role="status" data-testid="province-report-read-only">
          {p('readOnly')}
        </p>
      )}
      <ProvinceFigures figures={data.figures} refresh={() => void report.refetch()} refreshing={report.isFetching} />
      <ProvinceReportEditor
        period={period}
        report={data}
        canSave={canSave}
        canRender={RENDERERS.includes(role)}
        reload={async () => (await report.refetch()).data?.provinceReport ?? null}
      />
    </div>
  );
}

interface EditorProps {
  period: ReportingPeriod;
  report: ProvinceReportFieldsFragment;
  canSave: boolean;
  canRender: boolean;
  /** Reads the report again from the server. */
  reload: () => Promise<ProvinceReportFieldsFragment | null>;
}

/**
 * The text of each section and the header (autosaved from the version read, kept on the device until the
 * server has them), beside the document as the server compiles it, and its export below.
 */
function ProvinceReportEditor({ period, report, canSave, canRender, reload }: EditorProps) {
  const { t } = useLang();
  const r = useReportLabels();
  const p = useProvinceReportLabels();
  const client = useQueryClient();
  const vars = { periodId: period.id };
  const saved = savedDraft(report);
  // What the committee typed, kept on the device until the server has it: a reload or a crash loses nothing.
  const kept = useDraft<ProvinceDraft | null>(`province-report|${period.id}`, () => null);
  const current = canSave ? resumed(kept.value, saved) : saved;
  const latest = useRef(current);
  latest.current = current;
  // Each edit counts; a save that returns after a later edit leaves that edit unsaved.
  const [edits, setEdits] = useState(0);
  const editCount = useRef(0);
  const [mismatch, setMismatch] = useState<ApiError | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const save = useGraphMutation(SaveProvinceReportDocument);
  const sending = useRef(false);
  const again = useRef(false);

  const send = () => {
    if (sending.current) {
      again.current = true;
      return;
    }
    const draft = latest.current;
    if (!draft.unsaved) return;
    const seq = editCount.current;
    const input = saveInput(period.id, draft);
    sending.current = true;
    save.mutate(
      { input },
      {
        onSuccess: async (data) => {
          // The answer is the report as saved, its document compiled again: the preview follows.
          client.setQueryData(queryKey(ProvinceReportDocument, vars), { provinceReport: data.saveProvinceReport });
          setSavedAt(formatDateTime(now().toISOString()));
          setMismatch(null);
          if (editCount.current === seq && sendsAll(draft, input)) await kept.clear(null);
          else kept.update({ ...latest.current, version: data.saveProvinceReport.version, unsaved: true });
        },
        onError: (error) => {
          if (reasonOf(error) === 'VERSION_MISMATCH') setMismatch(error);
        },
        onSettled: () => {
          sending.current = false;
          if (again.current) {
            again.current = false;
            send();
          }
        },
      },
    );
  };

  // The autosave, after a pause in the typing; a version mismatch stops it until the official chooses.
  useEffect(() => {
    if (edits === 0 || mismatch) return;
    const timer = setTimeout(send, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [edits]);

  // Edits kept on the device from before a reload are sent.
  useEffect(() => {
    if (canSave && kept.ready && kept.value?.unsaved) send();
  }, [kept.ready]);

  const edit = (next: Partial<ProvinceDraft>, what: string) => {
    editCount.current += 1;
    const touched = latest.current.touched.includes(what) ? latest.current.touched : [...latest.current.touched, what];
    kept.update({ ...latest.current, ...next, touched, unsaved: true });
    setEdits((n) => n + 1);
  };

  /** Keep my edits over the newest version: read its number, then save mine on top of it. */
  const keepMine = async () => {
    const newest = await reload();
    setMismatch(null);
    const version = newest?.version ?? latest.current.version;
    latest.current = { ...latest.current, version, unsaved: true };
    kept.update(latest.current);
    send();
  };
  /** Drop my edits and take the newest version as it is. */
  const takeNewest = async () => {
    setMismatch(null);
    await kept.clear(null);
    await reload();
  };

  if (canSave && !kept.ready) return <p>{t('loading')}</p>;
  const doc = asOfficialDocument(report.document);
  const problems = headerProblems(current.header);
  const title = (text: string) => text.replace('{period}', periodText(period)).replace('{nextPeriod}', nextPeriodText(period));
  return (
    <>
      <div className="report-editor" data-testid="province-report-editor">
        <div className="report-editor-form">
          {/* Kept in sight while the official writes further down: whether the text is safe, and a conflict with what to do. */}
          <div className="province-save-area no-print">
            {canSave && (
              <SaveState
                unsaved={current.unsaved}
                saving={save.isPending}
                stored={kept.stored}
                version={current.version}
                savedAt={savedAt}
                error={mismatch ? null : save.error}
                onRetry={send}
              />
            )}
            {mismatch && (
              <SaveConflict
                testId="conflict-VERSION_MISMATCH"
                message={p('versionMismatch')}
                onKeepMine={() => void keepMine()}
                onTakeNewest={() => void takeNewest()}
              />
            )}
          </div>
          <section className="card">
            <h2>{p('proseTitle')}</h2>
            <p className="hint">{report.template.name}</p>
            {canSave && <p className="hint">{p('proseHint')}</p>}
            {report.template.sections.map((section) => (
              <SectionField
                key={section.key}
                section={section}
                title={title(section.title)}
                value={current.prose[section.key] ?? ''}
                readOnly={!canSave}
                onChange={(text) => edit({ prose: { ...latest.current.prose, [section.key]: text } }, section.key)}
                rows={section.proseRequired ? 5 : 3}
                badgeClass={current.prose[section.key]?.trim() ? 'badge ok' : 'badge pending'}
              />
            ))}
          </section>
          <section className="card" id="report-header">
            <HeaderForm value={current.header} onChange={(header) => edit({ header }, HEADER)} problems={canSave ? problems : []} readOnly={!canSave} />
          </section>
        </div>
        <aside className="report-preview" aria-label={r('previewTitle')} data-testid="report-preview">
          <div className="preview-bar">
            <h2>{r('previewTitle')}</h2>
            <span className="hint" aria-live="polite" data-testid="preview-state">
              {current.unsaved || save.isPending ? r('previewUpdating') : r('previewUpToDate')}
            </span>
          </div>
          {doc ? <DocumentPage document={doc} /> : <p>{t('loading')}</p>}
        </aside>
      </div>
      <ProvinceRenderPanel
        periodId={period.id}
        latestJobId={report.latestRenderJob?.id ?? null}
        canRender={canRender}
        unsaved={canSave && (current.unsaved || save.isPending)}
      />
    </>
  );
}


/**
 * "Xuất văn bản": the consolidated report as it is on the server now, compiled to DOCX and PDF by the worker;
 * the job's progress bar while it runs, then its files (the last job's files for those who only read).
 */
function ProvinceRenderPanel({ periodId, latestJobId, canRender, unsaved }: { periodId: string; latestJobId: string | null; canRender: boolean; unsaved: boolean }) {
  const r = useReportLabels();
  const p = useProvinceReportLabels();
  const { job, current, setJobId } = useRenderJob(latestJobId);
  const request = useGraphMutation(RequestProvinceReportRenderDocument, { onSuccess: (data) => setJobId(data.requestProvinceReportRender.id) });
  return (
    <section className="card no-print" data-testid="render-panel">
      <h2>{r('renderTitle')}</h2>
      <p className="hint">{p('renderHint')}</p>
      {canRender ? (
        <>
          <SubmitButton
            busy={request.isPending || running(current)}
            disabled={unsaved}
            label={r('renderButton')}
            busyLabel={r('renderBusy')}
            testId="render-report"
            onClick={() => {
              // The last job's files make way for the new one's progress.
              setJobId(null);
              request.mutate({ periodId });
            }}
          />
          {unsaved && <p className="hint">{p('renderWaitsForSave')}</p>}
        </>
      ) : (
        <p className="hint" data-testid="render-not-yours">
          {p('renderNotYours')}
        </p>
      )}
      {request.error && <ErrorMessage error={request.error} onRetry={request.retry} />}
      {job.error && <ErrorMessage error={job.error} onRetry={() => void job.refetch()} />}
      {current ? <RenderJobState job={current} /> : !request.isPending && latestJobId === null && <p className="hint">{p('renderNone')}</p>}
    </section>
  );
}
