import { useRef, useState } from 'react';
import { EVIDENCE_FILE_KINDS } from '@qcdc/activities/domain';
import { EvidenceFilesDocument, RemoveEvidenceFileDocument, type EvidenceFileFieldsFragment } from '../../gql/graphql';
import { asApiError, type ApiError } from '../../shared/api/errors';
import { downloadEvidenceFile, uploadEvidenceFile } from '../../shared/api/files';
import { queryClient, operationName, useGraphMutation } from '../../shared/api/query';
import { formatNumber } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { SubmitButton } from '../../shared/ui/SubmitButton';

/** What the file picker offers: the kinds the server takes (it checks the content itself). */
const ACCEPTED = EVIDENCE_FILE_KINDS.flatMap((k) => [...k.extensions.map((e) => `.${e}`), k.contentType]).join(',');

/** "1,2 MB", "85 KB": a file's size as a person reads it. */
export function fileSize(bytes: number, lang: 'vi' | 'en'): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / (1024 * 1024), lang, 1)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lang, 0)} KB`;
}

/** A file's name as a button that downloads it (with the official's token, so not a plain link). */
export function EvidenceLink({ file, removable }: { file: EvidenceFileFieldsFragment; removable?: boolean }) {
  const { lang } = useLang();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setError(undefined);
    setBusy(true);
    try {
      await downloadEvidenceFile(file.downloadPath, file.fileName);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="evidence-file">
      <button type="button" className="link" onClick={() => void download()} disabled={busy} data-testid="evidence-download">
        {file.fileName}
      </button>{' '}
      <span className="hint">({fileSize(file.sizeBytes, lang)})</span>
      {removable && <RemoveEvidence file={file} />}
      {error && <ErrorMessage error={error} onRetry={() => void download()} />}
    </span>
  );
}

/** Taking a file off an activity (a wrong scan): with the reason the log keeps. */
function RemoveEvidence({ file }: { file: EvidenceFileFieldsFragment }) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const remove = useGraphMutation(RemoveEvidenceFileDocument, { invalidates: [EvidenceFilesDocument] });
  if (!open) {
    return (
      <button type="button" className="link danger" onClick={() => setOpen(true)} data-testid="remove-evidence">
        {t('removeEvidence')}
      </button>
    );
  }
  const submit = () => {
    if (!reason.trim()) return setProblem(t('errRemovalReason'));
    setProblem(null);
    remove.mutate({ input: { id: file.id, reason: reason.trim() } });
  };
  return (
    <div className="confirm" role="alertdialog" aria-label={t('removeEvidenceOf', { name: file.fileName })}>
      <label className="field">
        {t('removeEvidenceOf', { name: file.fileName })}
        <input value={reason} placeholder={t('removalReasonHint')} onChange={(e) => setReason(e.target.value)} data-testid="removal-reason" />
      </label>
      <FormOutcome problem={problem} problemTestId="removal-problem" error={remove.error ?? undefined} />
      <div className="actions">
        <SubmitButton busy={remove.isPending} label={t('confirmRemoveEvidence')} busyLabel={t('deleting')} testId="confirm-remove-evidence" onClick={submit} />
        <button type="button" className="secondary" onClick={() => setOpen(false)} disabled={remove.isPending}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

/**
 * Attaching a file (minutes, a photo, a scan) to an activity: a real bar of the share sent, since on a slow
 * line a scan takes a while; the server's refusal (too large, a type it does not take) says what to do.
 */
export function EvidenceUpload({ activityId, disabled }: { activityId: string; disabled?: boolean }) {
  const { t } = useLang();
  const input = useRef<HTMLInputElement>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState<string>();
  const [file, setFile] = useState<File>();

  const upload = async (chosen: File) => {
    setFile(chosen);
    setError(undefined);
    setDone(undefined);
    setSent(0);
    try {
      const uploaded = await uploadEvidenceFile(activityId, chosen, setSent);
      setDone(uploaded.fileName);
      await queryClient.invalidateQueries({ queryKey: [operationName(EvidenceFilesDocument)] });
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setSent(null);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className="evidence-upload">
      <label className="button-like secondary">
        {t('attachEvidence')}
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          accept={ACCEPTED}
          disabled={disabled || sent !== null}
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            if (chosen) void upload(chosen);
          }}
          data-testid="evidence-input"
        />
      </label>
      {sent !== null && (
        <div className="import-progress" role="status" data-testid="evidence-progress">
          <progress max={1} value={sent} aria-label={t('uploading', { name: file?.name ?? '' })} />
          <span>{t('uploadingShare', { name: file?.name ?? '', percent: Math.round(sent * 100) })}</span>
        </div>
      )}
      {done && (
        <span className="message success" role="status" data-testid="evidence-uploaded">
          {t('evidenceUploaded', { name: done })}
        </span>
      )}
      {error && <ErrorMessage error={error} onRetry={file ? () => void upload(file) : undefined} />}
    </div>
  );
}
