import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { allowedActions, isFrozen, nextPeriodText, periodText } from '@qcdc/reports/domain';
import {
  ReportDetailDocument,
  ReportDocument,
  ReportPreviewDocument,
  ReportTemplatesDocument,
  SaveReportDraftDocument,
  type ReportDetailFieldsFragment,
  type ReportDraftInput,
  type ReportHeaderFieldsFragment,
  type ReportTemplatesQuery,
  type Role,
} from '../../gql/graphql';
import { reasonOf, type ApiError } from '../../shared/api/errors';
import { queryKey, useGraphMutation, useGraphQuery } from '../../shared/api/query';
import { now } from '../../shared/clock';
import { formatDateTime } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { useReportLabels } from './labels';
import type { ReportingPeriod } from '../../shared/periods/period';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { useDraft } from '../../shared/useDraft';
import { asOfficialDocument } from './document-page';
import { DocumentPage } from './DocumentPage';
import { HeaderForm } from './HeaderForm';
import { RenderPanel, SnapshotList } from './RenderPanel';
import { draftInput, draftOf, headerForm, headerProblems, type EditorDraft } from './report-draft';
import { ReportDiffView } from './ReportDiffView';
import { ReportHistory, ReportStatusLine } from './ReportHistory';
import { SaveConflict, SaveState } from './SaveState';
import { SectionField } from './SectionField';
import { SubmitPanel } from './SubmitPanel';
import './reports.css';

/** Edits are sent this long after the last keystroke: one request per pause, not per letter. */
const AUTOSAVE_MS = 1500;
/** The preview follows the text this long after the last keystroke. */
const PREVIEW_MS = 700;

type Template = ReportTemplatesQuery['reportTemplates'][number];

interface Props {
  unitId: string;
  period: ReportingPeriod;
  /** The role of the official's workspace over the unit: the actions before the report is first saved. */
  role: Role;
}

/** "Báo cáo": the unit's report for the period, edited while a draft (or returned), read once submitted. */
export function ReportEditor({ unitId, period, role }: Props) {
  const { t } = useLang();
  const vars = { unitId, periodId: period.id };
  const detail = useGraphQuery(ReportDetailDocument, vars, { staleTime: 0 });
  const templates = useGraphQuery(ReportTemplatesDocument, {}, { staleTime: Infinity });
  // The document as the server would compile it now: the header it proposes for a report never saved.
  const base = useGraphQuery(ReportPreviewDocument, { ...vars, draft: null });
  const failed = detail.error ?? templates.error ?? base.error;
  if (failed) {
    return (
      <ErrorMessage
        error={failed}
        onRetry={() => {
          void detail.refetch();
          void templates.refetch();
          void base.refetch();
        }}
      />
    );
  }
  if (!detail.data || !templates.data || !base.data) return <p>{t('loading')}</p>;
  const report = detail.data.report;
  if (report && isFrozen(report.status)) {
    return <ReportReader unitId={unitId} period={period} report={report} document={base.data.reportPreview.document} />;
  }
  const proposed = base.data.reportPreview.header;
  const saved: EditorDraft = report
    ? draftOf(report, proposed)
    : {
        version: 0,
        templateCode: base.data.reportPreview.templateCode,
        prose: {},
        header: headerForm(proposed),
        unsaved: false,
      };
  return (
    <DraftEditor
      key={`${unitId}.${period.id}`}
      unitId={unitId}
      period={period}
      report={report}
      saved={saved}
      templates={templates.data.reportTemplates}
      actions={report ? report.allowedActions : allowedActions('DRAFT', [role])}
      proposed={proposed}
      reload={async () => (await detail.refetch()).data?.report ?? null}
    />
  );
}

interface EditorProps {
  unitId: string;
  period: ReportingPeriod;
  report: ReportDetailFieldsFragment | null;
  /** The draft as the server has it. */
  saved: EditorDraft;
  templates: readonly Template[];
  actions: ReturnType<typeof allowedActions> | ReportDetailFieldsFragment['allowedActions'];
  /** The header the server proposes while none was saved. */
  proposed: ReportHeaderFieldsFragment;
  /** Reads the report again from the server. */
  reload: () => Promise<ReportDetailFieldsFragment | null>;
}

type Conflict = { kind: 'VERSION_MISMATCH' | 'REPORT_FROZEN'; error: ApiError };

function DraftEditor({ unitId, period, report, saved, templates, actions, proposed, reload }: EditorProps) {
  const { t } = useLang();
  const r = useReportLabels();
  const client = useQueryClient();
  const vars = { unitId, periodId: period.id };
  // What the official typed, kept on the device until the server has it: a reload or a crash loses nothing.
  const kept = useDraft<EditorDraft | null>(`report|${unitId}|${period.id}`, () => null);
  const current: EditorDraft = kept.value?.unsaved ? kept.value : saved;
  const latest = useRef(current);
  latest.current = current;
  // Each edit counts; a save that returns after a later edit leaves that edit unsaved.
  const [edits, setEdits] = useState(0);
  const editCount = useRef(0);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  // Until the first edit, the preview is the server's own (the query the page has already loaded).
  const [previewDraft, setPreviewDraft] = useState<ReportDraftInput | null>(null);

  const save = useGraphMutation(SaveReportDraftDocument, { invalidates: [ReportDocument] });
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
    sending.current = true;
    const input = draftInput(draft);
    save.mutate(
      { input: { ...vars, expectedVersion: draft.version, ...input } },
      {
        onSuccess: async (data) => {
          const report = data.saveReportDraft;
          client.setQueryData(queryKey(ReportDetailDocument, vars), { report });
          setSavedAt(formatDateTime(now().toISOString()));
          setConflict(null);
          // Everything typed was sent, header included: the server's draft is the draft.
          if (editCount.current === seq && input.header) await kept.clear(null);
          else kept.update({ ...latest.current, version: report.version, unsaved: true });
        },
        onError: (error) => {
          const reason = reasonOf(error);
          if (reason === 'VERSION_MISMATCH' || reason === 'REPORT_FROZEN') setConflict({ kind: reason, error });
          if (reason === 'REPORT_FROZEN') void client.invalidateQueries({ queryKey: queryKey(ReportDetailDocument, vars) });
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

  // Autosave and preview, each after a pause in the typing. A conflict stops the autosave until the official chooses.
  useEffect(() => {
    if (edits === 0) return;
    const preview = setTimeout(() => setPreviewDraft(draftInput(latest.current)), PREVIEW_MS);
    const autosave = conflict ? undefined : setTimeout(send, AUTOSAVE_MS);
    return () => {
      clearTimeout(preview);
      clearTimeout(autosave);
    };
  }, [edits]);

  // Back on the line after a failed save: the edits kept on the device go out by themselves (not over a conflict,
  // which waits for the official's choice).
  const inConflict = useRef(false);
  inConflict.current = conflict !== null;
  useEffect(() => {
    const online = () => {
      void refetchPreview.current();
      if (!inConflict.current) send();
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, []);

  // Edits kept on the device from before a reload: shown in the preview, and sent.
  useEffect(() => {
    if (!kept.ready || !kept.value?.unsaved) return;
    setPreviewDraft(draftInput(kept.value));
    send();
  }, [kept.ready]);

  const edit = (next: Partial<EditorDraft>) => {
    editCount.current += 1;
    kept.update({ ...latest.current, ...next, unsaved: true });
    setEdits((n) => n + 1);
  };

  const preview = useGraphQuery(ReportPreviewDocument, { ...vars, draft: previewDraft }, { placeholderData: keepPreviousData, staleTime: 0 });
  // When the preview cannot be read (no line), the last one stays on screen under the error.
  const lastPreview = useRef(preview.data);
  if (preview.data) lastPreview.current = preview.data;
  const shownPreview = preview.data ?? lastPreview.current;
  const refetchPreview = useRef(preview.refetch);
  refetchPreview.current = preview.refetch;
  const doc = asOfficialDocument(shownPreview?.reportPreview.document);
  const template = templates.find((tpl) => tpl.code === current.templateCode) ?? templates[0];
  const problems = headerProblems(current.header);
  const blockingRefs = new Set(
    (shownPreview?.reportPreview.problems ?? []).filter((p) => p.severity === 'BLOCKING' && p.reason === 'SECTION_EMPTY').map((p) => p.ref),
  );

  /** Keep my edits over the newest version: read its number, then save mine on top of it. */
  const overwrite = async () => {
    const newest = await reload();
    setConflict(null);
    const version = newest?.version ?? latest.current.version;
    kept.update({ ...latest.current, version, unsaved: true });
    latest.current = { ...latest.current, version };
    send();
  };
  /** Drop my edits and take the newest version as it is. */
  const discardMine = async () => {
    setConflict(null);
    await kept.clear(null);
    const newest = await reload();
    if (newest) setPreviewDraft(draftInput(draftOf(newest, proposed)));
  };

  // The form waits for the edits kept on the device (a few milliseconds), so that nothing typed is overwritten.
  if (!kept.ready) return <p>{t('loading')}</p>;
  return (
    <>
      <div className="report-editor" data-testid="report-editor">
        <div className="report-editor-form">
          {report && <ReportStatusLine report={report} />}
          <SaveState
            unsaved={current.unsaved}
            saving={save.isPending}
            stored={kept.stored}
            version={current.version}
            savedAt={savedAt}
            error={conflict ? null : save.error}
            onRetry={send}
          />
          {conflict && (
            <SaveConflict
              testId={`conflict-${conflict.kind}`}
              message={r(conflict.kind === 'VERSION_MISMATCH' ? 'draftVersionMismatch' : 'draftFrozen')}
              onKeepMine={conflict.kind === 'VERSION_MISMATCH' ? () => void overwrite() : undefined}
              onTakeNewest={conflict.kind === 'VERSION_MISMATCH' ? () => void discardMine() : undefined}
            />
          )}
          <section className="card">
            <h2>{r('reportContentTitle')}</h2>
            <label className="field">
              {r('reportTemplate')}
              <select
                value={current.templateCode}
                onChange={(e) => edit({ templateCode: e.target.value as EditorDraft['templateCode'] })}
                data-testid="report-template"
              >
                {templates.map((tpl) => (
                  <option key={tpl.code} value={tpl.code}>
                    {tpl.name}
                  </option>
                ))}
              </select>
              <span className="hint">{r('reportTemplateHint')}</span>
            </label>
            <p className="hint">{r('reportProseHint')}</p>
            {template?.sections.map((section) => {
              const empty = blockingRefs.has(section.key);
              return (
                <SectionField
                  key={section.key}
                  anchor
                  section={section}
                  title={section.title.replace('{period}', periodText(period)).replace('{nextPeriod}', nextPeriodText(period))}
                  value={current.prose[section.key] ?? ''}
                  onChange={(text) => edit({ prose: { ...latest.current.prose, [section.key]: text } })}
                  rows={section.proseRequired ? 4 : 2}
                  badgeClass={empty ? 'badge late' : 'badge pending'}
                  invalid={empty}
                />
              );
            })}
          </section>
          <section className="card" id="report-header">
            <HeaderForm value={current.header} onChange={(header) => edit({ header })} problems={problems} readOnly={false} />
          </section>
          <SubmitPanel
            unitId={unitId}
            period={period}
            actions={actions}
            problems={shownPreview?.reportPreview.problems ?? null}
            unsaved={current.unsaved || save.isPending}
          />
        </div>
        <aside className="report-preview" aria-label={r('previewTitle')} data-testid="report-preview">
          <div className="preview-bar">
            <h2>{r('previewTitle')}</h2>
            <span className="hint" aria-live="polite" data-testid="preview-state">
              {preview.isFetching ? r('previewUpdating') : r('previewUpToDate')}
            </span>
          </div>
          {preview.error && <ErrorMessage error={preview.error} onRetry={() => void preview.refetch()} />}
          {doc ? <DocumentPage document={doc} /> : !preview.error && <p>{t('loading')}</p>}
        </aside>
      </div>
      {/* Below the editor's grid, so that the preview, sticky within the grid, never covers it. */}
      {report ? (
        <ReportRecord unitId={unitId} period={period} report={report} />
      ) : (
        <RenderPanel unitId={unitId} periodId={period.id} report={null} />
      )}
    </>
  );
}


/** The report's record below the editor or the reader: its files, its submitted versions, their diff, its history. */
export function ReportRecord({ unitId, period, report }: { unitId: string; period: ReportingPeriod; report: ReportDetailFieldsFragment }) {
  const r = useReportLabels();
  return (
    <>
      {/* A new job (a submission's) is followed from the start. */}
      <RenderPanel key={report.latestRenderJob?.id ?? 'none'} unitId={unitId} periodId={period.id} report={report} />
      <section className="card" data-testid="snapshots">
        <h2>{r('snapshotsTitle')}</h2>
        <SnapshotList snapshots={report.snapshots} />
      </section>
      {report.snapshots.length >= 2 && <ReportDiffView reportId={report.id} snapshots={report.snapshots} />}
      <section className="card">
        <h2>{r('historyTitle')}</h2>
        <ReportHistory history={report.history} />
      </section>
    </>
  );
}

/** A submitted (or reviewed, approved) report, read only: its status, the document as submitted, its record. */
export function ReportReader({
  unitId,
  period,
  report,
  document: json,
  children,
}: {
  unitId: string;
  period: ReportingPeriod;
  report: ReportDetailFieldsFragment;
  document: Record<string, unknown>;
  /** The reviewer's actions, above the document. */
  children?: ReactNode;
}) {
  const { t } = useLang();
  const r = useReportLabels();
  const doc = asOfficialDocument(json);
  return (
    <div className="report-reader" data-testid="report-reader">
      <section className="card">
        <ReportStatusLine report={report} />
        {isFrozen(report.status) && <p className="hint">{r(report.status === 'APPROVED' ? 'reportApprovedHint' : 'reportFrozenHint')}</p>}
        {children}
      </section>
      <div className="report-reader-page">{doc ? <DocumentPage document={doc} /> : <p>{t('loading')}</p>}</div>
      <ReportRecord unitId={unitId} period={period} report={report} />
    </div>
  );
}
