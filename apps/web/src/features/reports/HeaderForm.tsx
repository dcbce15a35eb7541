import { DOCUMENT_FORMATS, SIGNING_MODES } from '@qcdc/reports/domain';
import { useLang } from '../../shared/i18n';
import { useReportLabels } from './labels';
import { TextField } from '../../shared/ui/TextField';
import type { HeaderForm as Form } from './report-draft';

interface Props {
  value: Form;
  onChange: (next: Form) => void;
  /** The fields the domain's schema refuses as they stand ("issuer", "signature.name"). */
  problems: readonly string[];
  readOnly: boolean;
}

/** "Thể thức văn bản": the document's header, number, place and date, subject, recipients and signature. */
export function HeaderForm({ value, onChange, problems, readOnly }: Props) {
  const { t } = useLang();
  const r = useReportLabels();
  const set = <K extends keyof Form>(key: K, next: Form[K]) => onChange({ ...value, [key]: next });
  const bad = (path: string) => problems.includes(path);
  const text = (key: 'issuerParent' | 'issuer' | 'number' | 'place', path: string, required: boolean) => (
    <TextField
      label={r(`reportHeader_${key}`)}
      value={value[key]}
      onChange={(v) => set(key, v)}
      hint={r(`reportHeaderHint_${key}`)}
      invalid={bad(path)}
      required={required}
      readOnly={readOnly}
      testId={`header-${key}`}
      id={`header-${key}`}
    />
  );
  return (
    <fieldset className="header-form" data-testid="header-form" disabled={readOnly}>
      <legend>{r('reportHeaderTitle')}</legend>
      <div className="form-grid">
        <label className="field">
          {r('reportHeader_format')}
          <select value={value.format} onChange={(e) => set('format', e.target.value as Form['format'])} data-testid="header-format">
            {DOCUMENT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`documentFormat_${f}`)}
              </option>
            ))}
          </select>
          <span className="hint">{r('reportHeaderHint_format')}</span>
        </label>
        {text('issuerParent', 'issuerParent', false)}
        {text('issuer', 'issuer', true)}
        {text('number', 'number', false)}
        {text('place', 'place', true)}
        <TextField
          label={r('reportHeader_issuedOn')}
          type="date"
          value={value.issuedOn}
          onChange={(v) => set('issuedOn', v)}
          invalid={bad('issuedOn')}
          hint={r('reportHeaderHint_issuedOn')}
          required
          readOnly={readOnly}
          testId="header-issuedOn"
        />
        <label className="field wide">
          {r('reportHeader_subject')}
          <textarea
            rows={2}
            value={value.subject}
            onChange={(e) => set('subject', e.target.value)}
            aria-invalid={bad('subject') || undefined}
            required
            readOnly={readOnly}
            data-testid="header-subject"
          />
          <span className={bad('subject') ? 'hint bad' : 'hint'}>{r('reportHeaderHint_subject')}</span>
        </label>
        <label className="field wide">
          {r('reportHeader_recipients')}
          <textarea
            rows={4}
            value={value.recipients}
            onChange={(e) => set('recipients', e.target.value)}
            aria-invalid={bad('recipients') || undefined}
            readOnly={readOnly}
            data-testid="header-recipients"
          />
          <span className={bad('recipients') ? 'hint bad' : 'hint'}>{r('reportHeaderHint_recipients')}</span>
        </label>
        <label className="field">
          {r('reportHeader_signatureMode')}
          <select
            value={value.signatureMode}
            onChange={(e) => set('signatureMode', e.target.value as Form['signatureMode'])}
            data-testid="header-signatureMode"
          >
            {SIGNING_MODES.map((m) => (
              <option key={m} value={m}>
                {r(`signingMode_${m}`)}
              </option>
            ))}
          </select>
        </label>
        {value.signatureMode !== 'OWN' ? (
          <TextField
            label={r('reportHeader_onBehalfOf')}
            value={value.onBehalfOf}
            onChange={(v) => set('onBehalfOf', v)}
            hint={r('reportHeaderHint_onBehalfOf')}
            invalid={bad('signature.onBehalfOf')}
            readOnly={readOnly}
            testId="header-onBehalfOf"
          />
        ) : (
          <span />
        )}
        <TextField
          label={r('reportHeader_signatureTitle')}
          value={value.signatureTitle}
          onChange={(v) => set('signatureTitle', v)}
          hint={r('reportHeaderHint_signatureTitle')}
          invalid={bad('signature.title')}
          required
          readOnly={readOnly}
          testId="header-signatureTitle"
        />
        <TextField
          label={r('reportHeader_signatureName')}
          value={value.signatureName}
          onChange={(v) => set('signatureName', v)}
          invalid={bad('signature.name')}
          hint={r('reportHeaderHint_signatureName')}
          required
          readOnly={readOnly}
          testId="header-signatureName"
          id="header-signatureName"
        />
      </div>
      {problems.length > 0 && !readOnly && (
        <div className="message warning" role="status" data-testid="header-incomplete">
          {r('reportHeaderIncomplete')}
        </div>
      )}
    </fieldset>
  );
}
