import { useRef, useState, type FormEvent } from 'react';
import { TENANCY_TEXT_LIMITS, normaliseUnitTypeCode } from '@qcdc/tenancy/domain';
import { CreateUnitTypeDocument, UnitTypesDocument, UpdateUnitTypeDocument } from '../../gql/graphql';
import type { ApiError } from '../../shared/api/errors';
import { useGraphMutation } from '../../shared/api/query';
import { useLang, type T } from '../../shared/i18n';
import { refusalOf } from '../../shared/rules';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { useDraft } from '../../shared/useDraft';
import type { UnitTypeEntry } from './unit-types';

/** What stops a form from being sent, and the field it is about (its message goes under that field). */
interface Problem {
  text: string;
  field: 'code' | 'name' | 'nameEn';
}

function namesProblem(d: { name: string; nameEn: string }, t: T): Problem | null {
  if (!d.name.trim()) return { text: t('errUnitTypeName'), field: 'name' };
  if (!d.nameEn.trim()) return { text: t('errUnitTypeNameEn'), field: 'nameEn' };
  return null;
}

/**
 * The message under each field: the form's own before sending, or the server's refusal naming the field, in
 * the chosen language. `outcome` is the server's error when it names none of `fields` (shown under the form).
 */
function useFieldMessages(problem: Problem | null, error: ApiError | null, fields: readonly string[]) {
  const { lang } = useLang();
  const named = error?.field !== undefined && fields.includes(error.field);
  const messageOf = (field: string): string | undefined => {
    if (problem?.field === field) return problem.text;
    if (named && error.field === field) return lang === 'vi' ? error.message : error.messageEn;
    return undefined;
  };
  return { messageOf, outcome: named ? undefined : (error ?? undefined) };
}

/** Why a field was refused, right under it. */
function FieldMessage({ text, testId }: { text?: string; testId: string }) {
  if (!text) return null;
  return (
    <span className="hint bad" role="alert" data-testid={testId}>
      {text}
    </span>
  );
}

interface TypeDraft {
  code: string;
  name: string;
  nameEn: string;
}
const EMPTY: TypeDraft = { code: '', name: '', nameEn: '' };

/**
 * "Thêm loại hình đơn vị": a code that never changes, and the type's name in Vietnamese and in English. The
 * form checks the code as the server does; the server checks that no other type has either name.
 */
export function UnitTypeForm({ onCreated }: { onCreated: (code: string) => void }) {
  const { t, say } = useLang();
  // Kept on the device until saved, like the other set-up forms.
  const draft = useDraft<TypeDraft>('unit-type', () => EMPTY);
  const d = draft.value;
  const [problem, setProblem] = useState<Problem | null>(null);
  const [created, setCreated] = useState<{ name: string; code: string }>();
  const create = useGraphMutation(CreateUnitTypeDocument, { invalidates: [UnitTypesDocument] });
  const { messageOf, outcome } = useFieldMessages(problem, create.error, ['code', 'name', 'nameEn']);
  const codeRef = useRef<HTMLInputElement>(null);

  const change = (patch: Partial<TypeDraft>) => {
    draft.update({ ...d, ...patch });
    setProblem(null);
    setCreated(undefined);
    create.reset();
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    create.reset();
    const code = refusalOf(() => normaliseUnitTypeCode(d.code));
    const found: Problem | null = code ? { text: say(code.messages), field: 'code' } : namesProblem(d, t);
    setProblem(found);
    if (found) return;
    const input = { code: normaliseUnitTypeCode(d.code), name: d.name.trim(), nameEn: d.nameEn.trim() };
    create.mutate(
      { input },
      {
        onSuccess: ({ createUnitType }) => {
          setCreated({ name: createUnitType.name, code: createUnitType.code });
          void draft.clear(EMPTY);
          onCreated(createUnitType.code);
          codeRef.current?.focus();
        },
      },
    );
  }

  if (!draft.ready) return <p className="hint">{t('loading')}</p>;
  return (
    <form onSubmit={submit} noValidate data-testid="unit-type-form">
      <div className="form-grid three">
        <TextField
          label={t('unitTypeCode')}
          value={d.code}
          onChange={(code) => change({ code })}
          hint={messageOf('code') ? undefined : t('unitTypeCodeHint')}
          invalid={!!messageOf('code')}
          maxLength={TENANCY_TEXT_LIMITS.unitTypeCode}
          autoComplete="off"
          spellCheck={false}
          inputRef={codeRef}
          testId="unit-type-code"
        >
          <FieldMessage text={messageOf('code')} testId="unit-type-code-error" />
        </TextField>
        <TextField
          label={t('unitTypeName')}
          value={d.name}
          onChange={(name) => change({ name })}
          hint={messageOf('name') ? undefined : t('unitTypeNameHint')}
          invalid={!!messageOf('name')}
          maxLength={TENANCY_TEXT_LIMITS.unitTypeName}
          testId="unit-type-name"
        >
          <FieldMessage text={messageOf('name')} testId="unit-type-name-error" />
        </TextField>
        <TextField
          label={t('unitTypeNameEn')}
          value={d.nameEn}
          onChange={(nameEn) => change({ nameEn })}
          hint={messageOf('nameEn') ? undefined : t('unitTypeNameEnHint')}
          invalid={!!messageOf('nameEn')}
          maxLength={TENANCY_TEXT_LIMITS.unitTypeName}
          lang="en"
          testId="unit-type-name-en"
        >
          <FieldMessage text={messageOf('nameEn')} testId="unit-type-name-en-error" />
        </TextField>
      </div>
      <FormOutcome
        problemTestId="unit-type-problem"
        error={outcome}
        success={created && t('unitTypeCreated', created)}
        successTestId="unit-type-created"
      />
      <div className="actions">
        <SubmitButton busy={create.isPending} label={t('createUnitType')} busyLabel={t('saving')} testId="create-unit-type" />
      </div>
    </form>
  );
}

interface EditProps {
  type: UnitTypeEntry;
  onSaved: (type: UnitTypeEntry) => void;
  onCancel: () => void;
}

/**
 * "Sửa loại hình …": its names, and whether new units may be given it. Its code never changes. Taken out of
 * use, it stays with the units that have it; the province keeps at least one type in use (the server says so).
 */
export function UnitTypeEditForm({ type, onSaved, onCancel }: EditProps) {
  const { t } = useLang();
  const [d, setD] = useState({ name: type.name, nameEn: type.nameEn, active: type.active });
  const [problem, setProblem] = useState<Problem | null>(null);
  const save = useGraphMutation(UpdateUnitTypeDocument, {
    invalidates: [UnitTypesDocument],
    onSuccess: ({ updateUnitType }) => onSaved(updateUnitType),
  });
  const { messageOf, outcome } = useFieldMessages(problem, save.error, ['name', 'nameEn', 'active']);
  const change = (patch: Partial<typeof d>) => {
    setD({ ...d, ...patch });
    setProblem(null);
    save.reset();
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    save.reset();
    const found = namesProblem(d, t);
    setProblem(found);
    if (found) return;
    save.mutate({ input: { code: type.code, name: d.name.trim(), nameEn: d.nameEn.trim(), active: d.active } });
  }

  return (
    <form onSubmit={submit} noValidate className="subsection" data-testid="unit-type-edit-form">
      <h3>{t('unitTypeEditTitle', { name: type.name, code: type.code })}</h3>
      <div className="form-grid">
        <TextField
          label={t('unitTypeName')}
          value={d.name}
          onChange={(name) => change({ name })}
          invalid={!!messageOf('name')}
          maxLength={TENANCY_TEXT_LIMITS.unitTypeName}
          testId="unit-type-edit-name"
        >
          <FieldMessage text={messageOf('name')} testId="unit-type-edit-name-error" />
        </TextField>
        <TextField
          label={t('unitTypeNameEn')}
          value={d.nameEn}
          onChange={(nameEn) => change({ nameEn })}
          invalid={!!messageOf('nameEn')}
          maxLength={TENANCY_TEXT_LIMITS.unitTypeName}
          lang="en"
          testId="unit-type-edit-name-en"
        >
          <FieldMessage text={messageOf('nameEn')} testId="unit-type-edit-name-en-error" />
        </TextField>
        <div className="field wide">
          <label className="choice">
            <input
              type="checkbox"
              checked={d.active}
              onChange={(e) => change({ active: e.target.checked })}
              aria-invalid={!!messageOf('active') || undefined}
              data-testid="unit-type-edit-active"
            />
            {t('unitTypeActiveChoice')}
          </label>
          {messageOf('active') ? (
            <FieldMessage text={messageOf('active')} testId="unit-type-edit-active-error" />
          ) : (
            <span className="hint">{t('unitTypeActiveHint')}</span>
          )}
        </div>
      </div>
      <FormOutcome problemTestId="unit-type-edit-problem" error={outcome} />
      <div className="actions">
        <SubmitButton busy={save.isPending} label={t('saveUnitType')} busyLabel={t('saving')} testId="save-unit-type" />
        <button type="button" className="secondary" onClick={onCancel} disabled={save.isPending} data-testid="cancel-unit-type">
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
