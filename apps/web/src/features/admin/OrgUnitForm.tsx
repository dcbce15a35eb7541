import { useRef, useState, type FormEvent } from 'react';
import type { OrgUnit, UnitType } from '../../shared/api/api-types';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { gql } from '../../shared/api/graphql';
import { orgKindKey, unitTypeKey, useLang, type T } from '../../shared/i18n';
import { isUnitCode } from '../../shared/input-rules';
import { allowedParentKinds, allowedUnitTypes, treeRows, type NewUnitKind } from './org-tree';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { useSubmit } from '../../shared/useSubmit';

const CREATE_ORG_UNIT = `mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
  createOrgUnit(input: $input) { id }
}`;

interface UnitDraft {
  kind: NewUnitKind;
  parentId: string;
  unitType: UnitType | '';
  code: string;
  name: string;
}

const KINDS: NewUnitKind[] = ['BLOC', 'UNIT'];

function problemOf(d: UnitDraft, t: T): string | null {
  if (!d.parentId) return t('errParent');
  if (!d.unitType) return t('errUnitType');
  if (!isUnitCode(d.code)) return t('errUnitCode');
  if (!d.name.trim()) return t('errUnitName');
  return null;
}

/**
 * "Thêm khối, ngành hoặc đơn vị". It offers only what the server accepts: a bloc under the committee, a
 * unit under the committee or a bloc with a real unit type. After saving, the choices stay for the next.
 */
export function OrgUnitForm({ units, onCreated }: { units: OrgUnit[]; onCreated: (id: string) => void }) {
  const { t } = useLang();
  const rootId = units.find((u) => u.kind === 'PROVINCE_COMMITTEE')?.id ?? '';
  const [d, setD] = useState<UnitDraft>(() => {
    // A new province starts with its blocs; once there is one, units are what gets added most.
    const kind: NewUnitKind = units.some((u) => u.kind === 'BLOC') ? 'UNIT' : 'BLOC';
    return { kind, parentId: rootId, unitType: kind === 'BLOC' ? 'COMMITTEE' : '', code: '', name: '' };
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<{ kind: NewUnitKind; name: string; code: string }>();
  const { busy, error, clearError, send } = useSubmit();
  const codeRef = useRef<HTMLInputElement>(null);
  // The bloc added last: the units added next usually belong to it.
  const [lastBloc, setLastBloc] = useState<string>();

  const parents = treeRows(units).filter((r) => allowedParentKinds(d.kind).includes(r.unit.kind));
  const change = (patch: Partial<UnitDraft>) => {
    setD({ ...d, ...patch });
    setProblem(null);
    setCreated(undefined);
  };
  const changeKind = (kind: NewUnitKind) =>
    change({
      kind,
      parentId: kind === 'BLOC' ? rootId : (lastBloc ?? d.parentId) || rootId,
      unitType: kind === 'BLOC' ? 'COMMITTEE' : '',
    });
  const refused = (field: string) => error?.field === field;

  async function submit(e: FormEvent) {
    e.preventDefault();
    clearError();
    const found = problemOf(d, t);
    setProblem(found);
    if (found) return;
    await send(async () => {
      const input = {
        parentId: d.parentId,
        code: d.code.trim().toUpperCase(),
        name: d.name.trim(),
        kind: d.kind,
        unitType: d.unitType,
      };
      const data = await gql<{ createOrgUnit: { id: string } }>(CREATE_ORG_UNIT, { input });
      setCreated({ kind: d.kind, name: input.name, code: input.code });
      setD({ ...d, code: '', name: '' });
      if (d.kind === 'BLOC') setLastBloc(data.createOrgUnit.id);
      onCreated(data.createOrgUnit.id);
      codeRef.current?.focus();
    });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="org-unit-form">
      <fieldset className="choices">
        <legend>{t('orgUnitKind')}</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name="org-unit-kind"
              checked={d.kind === kind}
              onChange={() => changeKind(kind)}
              data-testid={`org-unit-kind-${kind}`}
            />
            {t(kind === 'BLOC' ? 'orgKindChoice_BLOC' : 'orgKindChoice_UNIT')}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <label className="field">
          {t('parentUnit')}
          <select
            value={d.parentId}
            onChange={(e) => change({ parentId: e.target.value })}
            aria-invalid={refused('parentId') || undefined}
            data-testid="org-unit-parent"
          >
            {parents.map(({ unit }) => (
              <option key={unit.id} value={unit.id}>
                {/* The committee's full name repeats the province's: its level says it shorter. */}
                {unit.kind === 'PROVINCE_COMMITTEE' ? t(orgKindKey(unit.kind)) : unit.name} ({unit.code})
              </option>
            ))}
          </select>
          <span className="hint">{t(d.kind === 'BLOC' ? 'parentHint_BLOC' : 'parentHint_UNIT')}</span>
        </label>
        {d.kind === 'UNIT' ? (
          <label className="field">
            {t('unitType')}
            <select
              value={d.unitType}
              onChange={(e) => change({ unitType: e.target.value as UnitType | '' })}
              aria-invalid={refused('unitType') || undefined}
              data-testid="org-unit-type"
            >
              <option value="">{t('chooseUnitType')}</option>
              {allowedUnitTypes('UNIT').map((type) => (
                <option key={type} value={type}>
                  {t(unitTypeKey(type))}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <div className="field">
            {t('unitType')}
            <span className="hint">{t('unitTypeOfBloc')}</span>
          </div>
        )}
        <TextField
          label={t('unitCode')}
          value={d.code}
          onChange={(code) => change({ code })}
          hint={t('unitCodeHint')}
          invalid={refused('code') || (d.code !== '' && !isUnitCode(d.code))}
          maxLength={32}
          autoComplete="off"
          spellCheck={false}
          inputRef={codeRef}
          testId="org-unit-code"
        />
        <TextField
          label={t('unitName')}
          value={d.name}
          onChange={(name) => change({ name })}
          hint={t(d.kind === 'BLOC' ? 'unitNameHint_BLOC' : 'unitNameHint_UNIT')}
          invalid={refused('name')}
          maxLength={200}
          testId="org-unit-name"
        />
      </div>
      <FormOutcome
        problem={problem}
        problemTestId="org-unit-problem"
        error={error}
        success={created && t(created.kind === 'BLOC' ? 'orgUnitCreated_BLOC' : 'orgUnitCreated_UNIT', created)}
        successTestId="org-unit-created"
      />
      <div className="actions">
        <SubmitButton busy={busy} label={t('createOrgUnit')} busyLabel={t('saving')} testId="create-org-unit" />
      </div>
    </form>
  );
}
