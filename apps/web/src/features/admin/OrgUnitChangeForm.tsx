import { useState, type FormEvent } from 'react';
import { TENANCY_TEXT_LIMITS, allowedParentKinds } from '@qcdc/tenancy/domain';
import { CloseOrgUnitDocument, MergeOrgUnitsDocument, MoveOrgUnitDocument, OrgUnitsDocument, RenameOrgUnitDocument } from '../../gql/graphql';
import { useGraphMutation } from '../../shared/api/query';
import { todayInVietnam } from '../../shared/clock';
import { formatDate } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { treeRows, type OrgUnit } from './org-tree';

/** What the administrator does to a unit; each from an effective date. */
export type ChangeKind = 'RENAME' | 'MOVE' | 'MERGE' | 'CLOSE';
const CHANGES: ChangeKind[] = ['RENAME', 'MOVE', 'MERGE', 'CLOSE'];

/** A unit named as the lists show it: its name and code. */
const label = (u: OrgUnit) => `${u.name} (${u.code})`;

/**
 * "Thay đổi cơ cấu": rename, move, merge or close a unit from an effective date. It offers only what the
 * server accepts (open units, a parent of the right level, a target of the same level); the server checks
 * the dates (a change must come after the last one) and answers what is wrong.
 */
export function OrgUnitChangeForm({ units, onChanged }: { units: OrgUnit[]; onChanged: (id: string) => void }) {
  const { t } = useLang();
  const open = treeRows(units)
    .map((r) => r.unit)
    .filter((u) => u.kind !== 'PROVINCE_COMMITTEE' && !u.closedOn);
  const [kind, setKind] = useState<ChangeKind>('RENAME');
  const [unitId, setUnitId] = useState('');
  const [name, setName] = useState('');
  const [otherId, setOtherId] = useState('');
  const [effectiveOn, setEffectiveOn] = useState(todayInVietnam);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string>();
  const options = { invalidates: [OrgUnitsDocument] };
  const rename = useGraphMutation(RenameOrgUnitDocument, options);
  const move = useGraphMutation(MoveOrgUnitDocument, options);
  const merge = useGraphMutation(MergeOrgUnitsDocument, options);
  const close = useGraphMutation(CloseOrgUnitDocument, options);
  const running = { RENAME: rename, MOVE: move, MERGE: merge, CLOSE: close }[kind];

  const unit = open.find((u) => u.id === unitId);
  // A new parent: a level the unit may sit under, not where it sits now. A target: an open unit of its level.
  const others =
    kind === 'MOVE'
      ? treeRows(units)
          .map((r) => r.unit)
          .filter((u) => unit && !u.closedOn && allowedParentKinds(unit.kind).includes(u.kind) && u.id !== unit.parentId)
      : open.filter((u) => unit && u.kind === unit.kind && u.id !== unit.id);

  const reset = () => {
    setProblem(null);
    setDone(undefined);
    for (const m of [rename, move, merge, close]) m.reset();
  };
  const refused = (field: string) => running.error?.field === field;

  function problemOf(): string | null {
    if (!unit) return t('errChangeUnit');
    if (kind === 'RENAME' && !name.trim()) return t('errUnitName');
    if ((kind === 'MOVE' || kind === 'MERGE') && !others.some((u) => u.id === otherId)) return t(`errChangeOther_${kind}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(effectiveOn)) return t('errEffectiveOn');
    return null;
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    reset();
    const found = problemOf();
    setProblem(found);
    if (found || !unit) return;
    const other = others.find((u) => u.id === otherId);
    const said = { name: unit.name, newName: name.trim(), other: other?.name ?? '', date: formatDate(effectiveOn) };
    const finish = () => {
      setDone(t(`orgUnitChanged_${kind}`, said));
      onChanged(kind === 'MERGE' && other ? other.id : unit.id);
      setName('');
      setOtherId('');
    };
    if (kind === 'RENAME') rename.mutate({ input: { id: unit.id, name: name.trim(), effectiveOn } }, { onSuccess: finish });
    if (kind === 'MOVE') move.mutate({ input: { id: unit.id, parentId: otherId, effectiveOn } }, { onSuccess: finish });
    if (kind === 'MERGE') merge.mutate({ input: { sourceIds: [unit.id], targetId: otherId, effectiveOn } }, { onSuccess: finish });
    if (kind === 'CLOSE') close.mutate({ input: { id: unit.id, closedOn: effectiveOn } }, { onSuccess: finish });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="org-unit-change-form">
      <fieldset className="choices">
        <legend>{t('orgUnitChangeKind')}</legend>
        {CHANGES.map((k) => (
          <label key={k} className="choice">
            <input
              type="radio"
              name="org-unit-change"
              checked={kind === k}
              onChange={() => {
                setKind(k);
                setOtherId('');
                reset();
              }}
              data-testid={`org-unit-change-${k}`}
            />
            {t(`orgUnitChange_${k}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <label className="field">
          {t('orgUnitChangeUnit')}
          <select
            value={unitId}
            onChange={(e) => {
              setUnitId(e.target.value);
              setOtherId('');
              reset();
            }}
            aria-invalid={refused('id') || refused('sourceIds') || undefined}
            data-testid="org-unit-change-unit"
          >
            <option value="">{t('chooseOrgUnit')}</option>
            {open.map((u) => (
              <option key={u.id} value={u.id}>
                {label(u)}
              </option>
            ))}
          </select>
        </label>
        {kind === 'RENAME' && (
          <TextField
            label={t('newUnitName')}
            value={name}
            onChange={(v) => {
              setName(v);
              reset();
            }}
            invalid={refused('name')}
            maxLength={TENANCY_TEXT_LIMITS.unitName}
            testId="org-unit-change-name"
          />
        )}
        {(kind === 'MOVE' || kind === 'MERGE') && (
          <label className="field">
            {t(`orgUnitChangeOther_${kind}`)}
            <select
              value={otherId}
              onChange={(e) => {
                setOtherId(e.target.value);
                reset();
              }}
              disabled={!unit}
              aria-invalid={refused('parentId') || refused('targetId') || undefined}
              data-testid="org-unit-change-other"
            >
              <option value="">{unit ? t('chooseOrgUnit') : t('chooseOrgUnitFirst')}</option>
              {others.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.kind === 'PROVINCE_COMMITTEE' ? t('orgKind_PROVINCE_COMMITTEE') : label(u)}
                </option>
              ))}
            </select>
            <span className="hint">{t(`orgUnitChangeHint_${kind}`)}</span>
          </label>
        )}
        <TextField
          label={kind === 'CLOSE' ? t('closedOnLabel') : t('effectiveOnLabel')}
          type="date"
          value={effectiveOn}
          onChange={(v) => {
            setEffectiveOn(v);
            reset();
          }}
          hint={t('effectiveOnHint')}
          invalid={refused('effectiveOn') || refused('closedOn')}
          testId="org-unit-change-date"
        />
      </div>
      <FormOutcome
        problem={problem}
        problemTestId="org-unit-change-problem"
        error={running.error ?? undefined}
        success={done}
        successTestId="org-unit-changed"
      />
      <div className="actions">
        <SubmitButton busy={running.isPending} label={t(`orgUnitChangeSubmit_${kind}`)} busyLabel={t('saving')} testId="change-org-unit" />
      </div>
    </form>
  );
}
