import { useRef, useState } from 'react';
import type { LegacyReportDraft } from '@qcdc/reports/domain';
import { ParseLegacyReportDocument } from '../../gql/graphql';
import { asApiError, isRetryable, type ApiError } from '../../shared/api/errors';
import { send } from '../../shared/api/request';
import { useLang } from '../../shared/i18n';
import { READABLE, useLegacyText } from './legacy-texts';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { uploadLegacyReport, type LegacyRead } from './legacy-upload';

/** The files the picker offers; the server decides by the content, not the name. */
const ACCEPTED = '.docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

/** Step 1: the past report, uploaded (.docx, .txt, with a bar of the share sent) or pasted. */
export function LegacySource({ onRead }: { onRead: (read: LegacyRead) => void }) {
  const { t } = useLang();
  const lt = useLegacyText();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File>();
  const [sent, setSent] = useState<number | null>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [retry, setRetry] = useState<() => void>();

  const upload = async (chosen: File) => {
    setFile(chosen);
    setError(undefined);
    setSent(0);
    try {
      onRead(await uploadLegacyReport(chosen, setSent));
    } catch (err) {
      setError(asApiError(err));
      setRetry(() => () => void upload(chosen));
    } finally {
      setSent(null);
      if (input.current) input.current.value = '';
    }
  };

  const readPasted = async () => {
    setError(undefined);
    setReading(true);
    try {
      const answer = await send(ParseLegacyReportDocument, { text }, true);
      onRead({ draft: answer.parseLegacyReport.draft as unknown as LegacyReportDraft, warnings: answer.parseLegacyReport.warnings });
    } catch (err) {
      setError(asApiError(err));
      setRetry(() => () => void readPasted());
    } finally {
      setReading(false);
    }
  };

  return (
    <section className="card" data-testid="legacy-source">
      <h2>{lt('legacyStep1')}</h2>
      <div className="subsection">
        <h3>{lt('legacyUploadTitle')}</h3>
        <p className="hint">{lt('legacyUploadHint')}</p>
        <label className="button-like secondary">
          {lt('legacyChooseFile')}
          <input
            ref={input}
            type="file"
            className="visually-hidden"
            accept={ACCEPTED}
            disabled={sent !== null || reading}
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              if (chosen) void upload(chosen);
            }}
            data-testid="legacy-file-input"
          />
        </label>
        {sent !== null && (
          <div className="import-progress" role="status" data-testid="legacy-upload-progress">
            <progress max={1} value={sent} aria-label={t('uploading', { name: file?.name ?? '' })} />
            <span>{sent < 1 ? t('uploadingShare', { name: file?.name ?? '', percent: Math.round(sent * 100) }) : lt('legacyReadingFile', { name: file?.name ?? '' })}</span>
          </div>
        )}
      </div>
      <form
        className="subsection"
        onSubmit={(e) => {
          e.preventDefault();
          void readPasted();
        }}
      >
        <h3>{lt('legacyPasteTitle')}</h3>
        <label className="field">
          {lt('legacyPasteLabel')}
          <textarea style={READABLE} rows={12} value={text} onChange={(e) => setText(e.target.value)} placeholder={lt('legacyPastePlaceholder')} data-testid="legacy-text" />
        </label>
        <div className="actions">
          <SubmitButton busy={reading} label={lt('legacyReadText')} busyLabel={lt('legacyReading')} testId="legacy-read-text" />
        </div>
      </form>
      {error && <ErrorMessage error={error} onRetry={isRetryable(error) ? retry : undefined} />}
    </section>
  );
}
