import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { TENANCY_TEXT_LIMITS, allowedParentKinds, normaliseUnitCode, unitTypesFor } from '@qcdc/tenancy/domain';
import { paths } from '../../app/paths';
import { CreateOrgUnitDocument, OrgUnitsDocument, UnitTypesDocument } from '../../gql/graphql';
import { useGraphMutation } from '../../shared/api/query';
import { useLang, type T } from '../../shared/i18n';
import { passes, refusalOf } from '../../shared/rules';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { useDraft } from '../../shared/useDraft';
import { treeRows, type OrgUnit } from './org-tree';
import type { UnitTypes } from './unit-types';

/** The kinds a province administrator adds; the provincial committee is made with the province. */
type NewUnitKind = 'BLOC' | 'UNIT';

interface UnitDraft {
  kind: NewUnitKind;
  parentId: string;
  /** A code of the province's catalogue; COMMITTEE for a bloc. */
  unitType: string;
  code: string;
  name: string;
  /** "YYYY-MM-DD" for a unit opened on a day; '' for one the province had before (it reports for every period). */
  openedOn?: string;
}

const KINDS: NewUnitKind[] = ['BLOC', 'UNIT'];

function problemOf(d: UnitDraft, t: T, say: (m: { vi: string; en: string }) => string): string | null {
  if (!d.parentId) return t('errParent');
  if (!d.unitType) return t('errUnitType');
  const code = refusalOf(() => normaliseUnitCode(d.code));
  if (code) return say(code.messages);
  if (!d.name.trim()) return t('errUnitName');
  return null;
}

interface Props {
  units: OrgUnit[];
  /** The province's unit types: a unit is given one in use. */
  unitTypes: UnitTypes;
  onCreated: (id: string) => void;
}

/**
 * "Thêm khối, ngành hoặc đơn vị". It offers only what the server accepts: a bloc under the committee, a
 * unit under the committee or a bloc with a type of the province in use. After saving, the choices stay for
 * the next.
 */
export function OrgUnitForm({ units, unitTypes, onCreated }: Props) {
  const { t, say } = useLang();
  const rootId = units.find((u) => u.kind === 'PROVINCE_COMMITTEE')?.id ?? '';
  /** A bloc's type goes without saying (there is one); a unit's is chosen. */
  const onlyUnitType = (kind: NewUnitKind): string => {
    const types = unitTypesFor(kind, unitTypes.catalogue);
    return types.length === 1 ? types[0] : '';
  };
  // Kept on the device until saved: a lost connection or a closed tab loses nothing typed.
  const draft = useDraft<UnitDraft>('org-unit', () => {
    // A new province starts with its blocs; once there is one, units are what gets added most.
    const kind: NewUnitKind = units.some((u) => u.kind === 'BLOC') ? 'UNIT' : 'BLOC';
    return { kind, parentId: rootId, unitType: onlyUnitType(kind), code: '', name: '' };
  });
  // A type kept in the draft that has since gone out of use is no longer offered: it is chosen again.
  const offered = unitTypesFor(draft.value.kind, unitTypes.catalogue);
  const d = { ...draft.value, unitType: offered.includes(draft.value.unitType) ? draft.value.unitType : onlyUnitType(draft.value.kind) };
  const setD = draft.update;
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<{ kind: NewUnitKind; name: string; code: string }>();
  // The types' counts of open units change with it.
  const create = useGraphMutation(CreateOrgUnitDocument, { invalidates: [OrgUnitsDocument, UnitTypesDocument] });
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
      unitType: onlyUnitType(kind),
    });
  const refused = (field: string) => create.error?.field === field;

  function submit(e: FormEvent) {
    e.preventDefault();
    create.reset();
    const found = problemOf(d, t, say);
    setProblem(found);
    if (found || !d.unitType) return;
    const input = {
      parentId: d.parentId,
      code: normaliseUnitCode(d.code),
      name: d.name.trim(),
      kind: d.kind,
      unitType: d.unitType,
      openedOn: d.openedOn || null,
    };
    create.mutate(
      { input },
      {
        onSuccess: ({ createOrgUnit }) => {
          setCreated({ kind: d.kind, name: input.name, code: input.code });
          void draft.clear({ ...d, code: '', name: '', openedOn: '' });
          if (d.kind === 'BLOC') setLastBloc(createOrgUnit.id);
          onCreated(createOrgUnit.id);
          codeRef.current?.focus();
        },
      },
    );
  }

  if (!draft.ready) return <p className="hint">{t('loading')}</p>;
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
            {t(`orgKindChoice_${kind}`)}
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
                {unit.kind === 'PROVINCE_COMMITTEE' ? t(`orgKind_${unit.kind}`) : unit.name} ({unit.code})
              </option>
            ))}
          </select>
          <span className="hint">{t(`parentHint_${d.kind}`)}</span>
        </label>
        {d.kind === 'UNIT' ? (
          <label className="field">
            {t('unitType')}
            <select
              value={d.unitType}
              onChange={(e) => change({ unitType: e.target.value })}
              aria-invalid={refused('unitType') || undefined}
              data-testid="org-unit-type"
            >
              <option value="">{t('chooseUnitType')}</option>
              {/* In the province's order. */}
              {offered.map((code) => (
                <option key={code} value={code}>
                  {unitTypes.labelOf(code)}
                </option>
              ))}
            </select>
            <Link to={paths.admin(rootId, 'unitTypes')} className="hint" data-testid="org-unit-types-link">
              {t('unitTypesLink')}
            </Link>
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
          invalid={refused('code') || (d.code !== '' && !passes(() => normaliseUnitCode(d.code)))}
          maxLength={TENANCY_TEXT_LIMITS.unitCode}
          autoComplete="off"
          spellCheck={false}
          inputRef={codeRef}
          testId="org-unit-code"
        />
        <TextField
          label={t('unitName')}
          value={d.name}
          onChange={(name) => change({ name })}
          hint={t(`unitNameHint_${d.kind}`)}
          invalid={refused('name')}
          maxLength={TENANCY_TEXT_LIMITS.unitName}
          testId="org-unit-name"
        />
        <TextField
          label={t('openedOnLabel')}
          type="date"
          value={d.openedOn ?? ''}
          onChange={(openedOn) => change({ openedOn })}
          hint={t('openedOnHint')}
          invalid={refused('openedOn')}
          testId="org-unit-opened-on"
        />
      </div>
      <FormOutcome
        problem={problem}
        problemTestId="org-unit-problem"
        error={create.error ?? undefined}
        success={created && t(`orgUnitCreated_${created.kind}`, created)}
        successTestId="org-unit-created"
      />
      <div className="actions">
        <SubmitButton busy={create.isPending} label={t('createOrgUnit')} busyLabel={t('saving')} testId="create-org-unit" />
      </div>
    </form>
  );
}
