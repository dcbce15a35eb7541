import { BOARD_KINDS, type Bilingual } from '@qcdc/shared/contracts';
import { useLang } from '../../shared/i18n';
import { BOARD_NAMES, type BoardDraft, type FactField, type FactsDraft } from './kind-fields';

interface Props {
  field: FactField;
  draft: FactsDraft;
  /** The refusal to show under the field, in both languages. */
  error?: Bilingual;
  disabled?: boolean;
  onChange: (patch: FactsDraft) => void;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** One fact of an activity: its label, the input its kind of value takes, and what is wrong with it underneath. */
export function FactInput({ field, draft, error, disabled, onChange }: Props) {
  const { t, say } = useLang();
  const { name, control } = field;
  const label = t(`fact_${name}` as 'fact_topic');
  const value = draft[name];
  const invalid = error ? true : undefined;
  const testId = `fact-${name}`;
  const set = (v: string | string[] | BoardDraft[]) => onChange({ [name]: v });
  const problem = error && (
    <span className="hint bad" role="alert" data-testid={`error-${name}`}>
      {say(error)}
    </span>
  );
  const className = field.wide ? 'field wide' : 'field';

  switch (control.type) {
    case 'flag':
    case 'manyOf': {
      const options: [string, string][] =
        control.type === 'flag'
          ? [
              ['true', t('yes')],
              ['false', t('no')],
            ]
          : Object.entries(control.options).map(([code, names]) => [code, say(names)]);
      const chosen = control.type === 'flag' ? [text(value)] : Array.isArray(value) ? (value as string[]) : [];
      return (
        <fieldset className={`choices ${className}`} data-testid={testId} aria-invalid={invalid}>
          <legend>{label}</legend>
          <div className={control.type === 'flag' ? 'choice-row' : 'choice-columns'}>
            {options.map(([code, shown]) => (
              <label className="choice" key={code}>
                <input
                  type={control.type === 'flag' ? 'radio' : 'checkbox'}
                  name={testId}
                  checked={chosen.includes(code)}
                  disabled={disabled}
                  onChange={(e) =>
                    control.type === 'flag'
                      ? set(code)
                      : set(e.target.checked ? [...chosen, code] : chosen.filter((c) => c !== code))
                  }
                  data-testid={`${testId}-${code}`}
                />
                <span>{shown}</span>
              </label>
            ))}
          </div>
          {problem}
        </fieldset>
      );
    }
    case 'boards': {
      const boards = Array.isArray(value) ? (value as BoardDraft[]) : [];
      const update = (board: string, patch: Partial<BoardDraft> | null) =>
        set(
          patch === null
            ? boards.filter((b) => b.board !== board)
            : boards.some((b) => b.board === board)
              ? boards.map((b) => (b.board === board ? { ...b, ...patch } : b))
              : [...boards, { board, termFrom: '', termTo: '', ...patch }],
        );
      return (
        <fieldset className={`choices ${className}`} data-testid={testId}>
          <legend>{label}</legend>
          {BOARD_KINDS.map((board) => {
            const elected = boards.find((b) => b.board === board);
            return (
              <div className="board-line" key={board}>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={!!elected}
                    disabled={disabled}
                    onChange={(e) => update(board, e.target.checked ? {} : null)}
                    data-testid={`${testId}-${board}`}
                  />
                  <span>{say(BOARD_NAMES[board])}</span>
                </label>
                {elected && (
                  <span className="inline-field">
                    {t('termFrom')}
                    <input className="year" inputMode="numeric" value={elected.termFrom} disabled={disabled} onChange={(e) => update(board, { termFrom: e.target.value })} aria-label={`${t('termFrom')} ${say(BOARD_NAMES[board])}`} />
                    {t('termTo')}
                    <input className="year" inputMode="numeric" value={elected.termTo} disabled={disabled} onChange={(e) => update(board, { termTo: e.target.value })} aria-label={`${t('termTo')} ${say(BOARD_NAMES[board])}`} />
                  </span>
                )}
              </div>
            );
          })}
          {problem}
        </fieldset>
      );
    }
    case 'oneOf':
      return (
        <label className={className}>
          {label}
          <select value={text(value)} disabled={disabled} onChange={(e) => set(e.target.value)} aria-invalid={invalid} data-testid={testId}>
            <option value="">{control.optional ? t('notStated') : t('choose')}</option>
            {Object.entries(control.options).map(([code, names]) => (
              <option key={code} value={code}>
                {say(names)}
              </option>
            ))}
          </select>
          {problem}
        </label>
      );
    case 'text':
      return (
        <label className={className}>
          {label}
          {control.multiline ? (
            <textarea rows={3} value={text(value)} maxLength={control.max} disabled={disabled} onChange={(e) => set(e.target.value)} aria-invalid={invalid} data-testid={testId} />
          ) : (
            <input value={text(value)} maxLength={control.max} disabled={disabled} onChange={(e) => set(e.target.value)} aria-invalid={invalid} data-testid={testId} />
          )}
          {problem}
        </label>
      );
    case 'date':
      return (
        <label className={className}>
          {label}
          <input type="date" value={text(value)} disabled={disabled} onChange={(e) => set(e.target.value)} aria-invalid={invalid} data-testid={testId} />
          {problem}
        </label>
      );
    case 'int':
    case 'year':
      return (
        <label className={className}>
          {label}
          <input className="count" inputMode="numeric" value={text(value)} disabled={disabled} onChange={(e) => set(e.target.value)} aria-invalid={invalid} data-testid={testId} />
          {problem}
        </label>
      );
  }
}
