import { useState, type FormEvent } from 'react';
import { TENANCY_TEXT_LIMITS, allowedParentKinds, normaliseUnitCode, unitTypesFor } from '@qcdc/tenancy/domain';
import {
  CloseOrgUnitDocument,
  CorrectOrgUnitDocument,
  EndReportingLineDocument,
  MergeOrgUnitsDocument,
  MoveOrgUnitDocument,
  OrgUnitsDocument,
  RenameOrgUnitDocument,
  SetReportingLineDocument,
  SplitOrgUnitDocument,
  UnitTypesDocument,
} from '../../gql/graphql';
import { useGraphMutation } from '../../shared/api/query';
import { todayInVietnam } from '../../shared/clock';
import { formatDate } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { refusalOf } from '../../shared/rules';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { treeRows, type OrgUnit } from './org-tree';
import type { UnitTypes } from './unit-types';

/**
 * What the administrator does to a unit; each from an effective date but CORRECT, which puts right a typo
 * in the name or a reporting unit's type without history. REVIEW and REVIEW_END set and end the reporting
 * line: which bloc reviews a unit instead of its bloc in the tree.
 */
export type ChangeKind = 'RENAME' | 'MOVE' | 'MERGE' | 'SPLIT' | 'CLOSE' | 'REVIEW' | 'REVIEW_END' | 'CORRECT';
const CHANGES: ChangeKind[] = ['RENAME', 'MOVE', 'MERGE', 'SPLIT', 'CLOSE', 'REVIEW', 'REVIEW_END', 'CORRECT'];
/** The changes that apply to reporting units only. */
const UNITS_ONLY: ChangeKind[] = ['SPLIT', 'REVIEW', 'REVIEW_END'];

/** One new unit of a split, as typed. */
interface PartDraft {
  code: string;
  name: string;
  unitType: string;
  parentId: string;
}
const blankPart = (parentId: string): PartDraft => ({ code: '', name: '', unitType: '', parentId });

/** A unit named as the lists show it: its name and code. */
const label = (u: OrgUnit) => `${u.name} (${u.code})`;

interface Props {
  units: OrgUnit[];
  /** The province's unit types: a new unit of a split is given one in use. */
  unitTypes: UnitTypes;
  onChanged: (id: string) => void;
}

/**
 * "Thay đổi cơ cấu": rename, move, merge or close a unit from an effective date, or correct it. It offers
 * only what the server accepts (open units, a parent of the right level, a target of the same level, a type
 * in use); the server checks the dates (a change must come after the last one) and answers what is wrong.
 */
export function OrgUnitChangeForm({ units, unitTypes, onChanged }: Props) {
  const { t, say } = useLang();
  const openAll = treeRows(units)
    .map((r) => r.unit)
    .filter((u) => u.kind !== 'PROVINCE_COMMITTEE' && !u.closedOn);
  const [kind, setKind] = useState<ChangeKind>('RENAME');
  // The units the chosen change applies to: reporting units for a split or a reporting line; for ending
  // one, those that have one today.
  const open = openAll.filter(
    (u) => (!UNITS_ONLY.includes(kind) || u.kind === 'UNIT') && (kind !== 'REVIEW_END' || u.reviewedById),
  );
  const nameOf = (id: string | null | undefined) => units.find((u) => u.id === id)?.name ?? '';
  const [parts, setParts] = useState<PartDraft[]>([]);
  const [unitId, setUnitId] = useState('');
  const [name, setName] = useState('');
  const [otherId, setOtherId] = useState('');
  // CORRECT: the reporting unit's type, and the day from which it is expected to report, put right.
  const [unitType, setUnitType] = useState('');
  const [expectedFrom, setExpectedFrom] = useState('');
  const [effectiveOn, setEffectiveOn] = useState(todayInVietnam);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string>();
  // A unit opened, closed or given another type changes the types' counts of open units.
  const options = { invalidates: [OrgUnitsDocument, UnitTypesDocument] };
  const rename = useGraphMutation(RenameOrgUnitDocument, options);
  const move = useGraphMutation(MoveOrgUnitDocument, options);
  const merge = useGraphMutation(MergeOrgUnitsDocument, options);
  const close = useGraphMutation(CloseOrgUnitDocument, options);
  const split = useGraphMutation(SplitOrgUnitDocument, options);
  const review = useGraphMutation(SetReportingLineDocument, options);
  const reviewEnd = useGraphMutation(EndReportingLineDocument, options);
  const correct = useGraphMutation(CorrectOrgUnitDocument, options);
  const mutations = { RENAME: rename, MOVE: move, MERGE: merge, SPLIT: split, CLOSE: close, REVIEW: review, REVIEW_END: reviewEnd, CORRECT: correct };
  const running = mutations[kind];

  const unit = open.find((u) => u.id === unitId);
  // The types a new unit may be given; a correction may also keep the unit's own, even out of use.
  const offeredTypes = unitTypesFor('UNIT', unitTypes.catalogue);
  const correctTypes = unit && !offeredTypes.includes(unit.unitType) ? [unit.unitType, ...offeredTypes] : offeredTypes;
  const typeLabel = (code: string) =>
    offeredTypes.includes(code) ? unitTypes.labelOf(code) : t('unitTypeOutOfUse', { name: unitTypes.labelOf(code) });
  /** CORRECT: the unit's name and type as they stand, to be put right. */
  const startCorrection = (u: OrgUnit | undefined) => {
    setName(u?.name ?? '');
    setUnitType(u?.unitType ?? '');
    setExpectedFrom(u?.expectedFrom ?? '');
  };
  // A new parent: a level the unit may sit under, not where it sits now. A target: an open unit of its
  // level. A reviewer: an open bloc other than the one reviewing the unit today.
  const parentsFor = (u: OrgUnit | undefined) =>
    treeRows(units)
      .map((r) => r.unit)
      .filter((p) => u && !p.closedOn && allowedParentKinds(u.kind).includes(p.kind));
  const others =
    kind === 'MOVE'
      ? parentsFor(unit).filter((u) => u.id !== unit?.parentId)
      : kind === 'REVIEW'
        ? openAll.filter((u) => unit && u.kind === 'BLOC' && u.id !== (unit.reviewedById ?? unit.parentId))
        : open.filter((u) => unit && u.kind === unit.kind && u.id !== unit.id);

  const reset = () => {
    setProblem(null);
    setDone(undefined);
    for (const m of Object.values(mutations)) m.reset();
  };
  const changePart = (index: number, patch: Partial<PartDraft>) => {
    setParts(parts.map((p, i) => (i === index ? { ...p, ...patch } : p)));
    reset();
  };
  const refused = (field: string) => running.error?.field === field;

  function problemOf(): string | null {
    if (!unit) return t('errChangeUnit');
    if ((kind === 'RENAME' || kind === 'CORRECT') && !name.trim()) return t('errUnitName');
    if (kind === 'CORRECT' && name.trim() === unit.name && unitType === unit.unitType && expectedFrom === (unit.expectedFrom ?? '')) {
      return t('errNothingToCorrect');
    }
    if ((kind === 'MOVE' || kind === 'MERGE' || kind === 'REVIEW') && !others.some((u) => u.id === otherId)) return t(`errChangeOther_${kind}`);
    if (kind === 'SPLIT') {
      if (parts.length < 2) return t('errSplitParts');
      for (const [i, part] of parts.entries()) {
        const code = refusalOf(() => normaliseUnitCode(part.code));
        if (code) return t('splitPartProblem', { n: i + 1, problem: say(code.messages) });
        if (!part.name.trim()) return t('splitPartProblem', { n: i + 1, problem: t('errUnitName') });
        if (!part.unitType) return t('splitPartProblem', { n: i + 1, problem: t('errUnitType') });
        if (!part.parentId) return t('splitPartProblem', { n: i + 1, problem: t('errParent') });
      }
    }
    if (kind !== 'CORRECT' && !/^\d{4}-\d{2}-\d{2}$/.test(effectiveOn)) return t('errEffectiveOn');
    return null;
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    reset();
    const found = problemOf();
    setProblem(found);
    if (found || !unit) return;
    const other = others.find((u) => u.id === otherId);
    const said = {
      name: unit.name,
      newName: name.trim(),
      other: kind === 'REVIEW_END' ? nameOf(unit.reviewedById) : (other?.name ?? ''),
      parts: parts.map((p) => `"${p.name.trim()}"`).join(', '),
      date: formatDate(effectiveOn),
    };
    const finish = () => {
      setDone(t(`orgUnitChanged_${kind}`, said));
      onChanged(kind === 'MERGE' && other ? other.id : unit.id);
      // A correction stays on screen as saved (the unit's name and type now).
      if (kind !== 'CORRECT') setName('');
      setOtherId('');
      if (kind === 'SPLIT') setParts([]);
    };
    if (kind === 'RENAME') rename.mutate({ input: { id: unit.id, name: name.trim(), effectiveOn } }, { onSuccess: finish });
    if (kind === 'MOVE') move.mutate({ input: { id: unit.id, parentId: otherId, effectiveOn } }, { onSuccess: finish });
    if (kind === 'MERGE') merge.mutate({ input: { sourceIds: [unit.id], targetId: otherId, effectiveOn } }, { onSuccess: finish });
    if (kind === 'CLOSE') close.mutate({ input: { id: unit.id, closedOn: effectiveOn } }, { onSuccess: finish });
    if (kind === 'SPLIT') {
      const input = parts.map((p) => ({ code: p.code.trim(), name: p.name.trim(), unitType: p.unitType, parentId: p.parentId }));
      split.mutate({ input: { id: unit.id, parts: input, effectiveOn } }, { onSuccess: finish });
    }
    if (kind === 'REVIEW') review.mutate({ input: { unitId: unit.id, reviewerId: otherId, effectiveOn } }, { onSuccess: finish });
    if (kind === 'REVIEW_END') reviewEnd.mutate({ input: { unitId: unit.id, effectiveOn } }, { onSuccess: finish });
    if (kind === 'CORRECT') {
      // Only what was put right: the name, and a reporting unit's type.
      const input = {
        id: unit.id,
        name: name.trim() !== unit.name ? name.trim() : undefined,
        unitType: unit.kind === 'UNIT' && unitType !== unit.unitType ? unitType : undefined,
        expectedFrom: unit.kind === 'UNIT' && expectedFrom && expectedFrom !== unit.expectedFrom ? expectedFrom : undefined,
      };
      correct.mutate({ input }, { onSuccess: finish });
    }
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
                if (UNITS_ONLY.includes(k) && unit && unit.kind !== 'UNIT') setUnitId('');
                if (k === 'REVIEW_END' && unit && !unit.reviewedById) setUnitId('');
                if (k === 'SPLIT' && unit && parts.length < 2) setParts([blankPart(unit.parentId ?? ''), blankPart(unit.parentId ?? '')]);
                if (k === 'CORRECT') startCorrection(unit);
                else if (kind === 'CORRECT') setName('');
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
              const chosen = open.find((u) => u.id === e.target.value);
              // A split starts with two new units where the old one sits.
              if (chosen) setParts([blankPart(chosen.parentId ?? ''), blankPart(chosen.parentId ?? '')]);
              if (kind === 'CORRECT') startCorrection(chosen);
              reset();
            }}
            aria-invalid={refused('id') || refused('sourceIds') || refused('unitId') || undefined}
            data-testid="org-unit-change-unit"
          >
            <option value="">{open.length > 0 ? t('chooseOrgUnit') : t(kind === 'REVIEW_END' ? 'noReportingLines' : 'noOrgUnitToChange')}</option>
            {open.map((u) => (
              <option key={u.id} value={u.id}>
                {label(u)}
              </option>
            ))}
          </select>
          {unit && (kind === 'REVIEW' || kind === 'REVIEW_END') && (
            <span className="hint" data-testid="org-unit-change-reviewer-now">
              {t('reviewedNow', { bloc: nameOf(unit.reviewedById ?? unit.parentId) })}
            </span>
          )}
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
        {kind === 'CORRECT' && unit && (
          <TextField
            label={t('correctedName')}
            value={name}
            onChange={(v) => {
              setName(v);
              reset();
            }}
            hint={t('correctedNameHint')}
            invalid={refused('name')}
            maxLength={TENANCY_TEXT_LIMITS.unitName}
            testId="org-unit-change-name"
          />
        )}
        {kind === 'CORRECT' && unit?.kind === 'UNIT' && (
          <label className="field">
            {t('unitType')}
            <select
              value={unitType}
              onChange={(e) => {
                setUnitType(e.target.value);
                reset();
              }}
              aria-invalid={refused('unitType') || undefined}
              data-testid="org-unit-change-type"
            >
              {correctTypes.map((code) => (
                <option key={code} value={code}>
                  {typeLabel(code)}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'CORRECT' && unit?.kind === 'UNIT' && (
          <TextField
            label={t('expectedFromLabel')}
            type="date"
            value={expectedFrom}
            onChange={(v) => {
              setExpectedFrom(v);
              reset();
            }}
            hint={t('expectedFromHint')}
            invalid={refused('expectedFrom')}
            testId="org-unit-change-expected-from"
          />
        )}
        {(kind === 'MOVE' || kind === 'MERGE' || kind === 'REVIEW') && (
          <label className="field">
            {t(`orgUnitChangeOther_${kind}`)}
            <select
              value={otherId}
              onChange={(e) => {
                setOtherId(e.target.value);
                reset();
              }}
              disabled={!unit}
              aria-invalid={refused('parentId') || refused('targetId') || refused('reviewerId') || undefined}
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
        {kind === 'SPLIT' && unit && (
          <fieldset className="wide split-parts" data-testid="split-parts">
            <legend>{t('splitPartsLegend')}</legend>
            <p className="hint">{t('splitPartsHint')}</p>
            {parts.map((part, i) => (
              <div key={i} className="form-grid split-part" data-testid={`split-part-${i}`}>
                <TextField
                  label={t('splitPartCode', { n: i + 1 })}
                  value={part.code}
                  onChange={(v) => changePart(i, { code: v })}
                  invalid={refused('code')}
                  maxLength={32}
                  testId={`split-part-code-${i}`}
                />
                <TextField
                  label={t('splitPartName', { n: i + 1 })}
                  value={part.name}
                  onChange={(v) => changePart(i, { name: v })}
                  invalid={refused('name')}
                  maxLength={TENANCY_TEXT_LIMITS.unitName}
                  testId={`split-part-name-${i}`}
                />
                <label className="field">
                  {t('unitType')}
                  <select
                    value={part.unitType}
                    onChange={(e) => changePart(i, { unitType: e.target.value })}
                    aria-invalid={refused('unitType') || undefined}
                    data-testid={`split-part-type-${i}`}
                  >
                    <option value="">{t('chooseUnitType')}</option>
                    {offeredTypes.map((code) => (
                      <option key={code} value={code}>
                        {unitTypes.labelOf(code)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  {t('parentUnit')}
                  <select
                    value={part.parentId}
                    onChange={(e) => changePart(i, { parentId: e.target.value })}
                    aria-invalid={refused('parentId') || undefined}
                    data-testid={`split-part-parent-${i}`}
                  >
                    <option value="">{t('errParent')}</option>
                    {parentsFor(unit).map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.kind === 'PROVINCE_COMMITTEE' ? t('orgKind_PROVINCE_COMMITTEE') : label(p)}
                      </option>
                    ))}
                  </select>
                </label>
                {parts.length > 2 && (
                  <div className="actions">
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => {
                        setParts(parts.filter((_, j) => j !== i));
                        reset();
                      }}
                      data-testid={`split-part-remove-${i}`}
                    >
                      {t('splitPartRemove', { n: i + 1 })}
                    </button>
                  </div>
                )}
              </div>
            ))}
            <div className="actions">
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setParts([...parts, blankPart(unit.parentId ?? '')]);
                  reset();
                }}
                disabled={parts.length >= 20}
                data-testid="split-part-add"
              >
                {t('splitPartAdd')}
              </button>
            </div>
          </fieldset>
        )}
        {/* A correction has no date: it was always so. */}
        {kind !== 'CORRECT' && (
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
        )}
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
