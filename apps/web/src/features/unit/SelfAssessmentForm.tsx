import { Fragment, useState } from 'react';
import type { Criterion, ReportingPeriod, Rubric, SelfAssessment } from '../../shared/api/api-types';
import { bandOf } from '../../shared/band';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { formatDateTime, formatNumber, parseDecimal } from '../../shared/format';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { gql } from '../../shared/api/graphql';
import { bandKey, contentGroupKey, useLang } from '../../shared/i18n';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { useLoad } from '../../shared/api/useLoad';
import { useDraft } from '../../shared/useDraft';
import { useSubmit } from '../../shared/useSubmit';

const SELF_ASSESSMENT_FIELDS = 'id total band scores { criterionId points comment } updatedAt';
const LOAD = `query SelfAssessmentForm($year: Int!, $unitId: ID!, $periodId: ID!) {
  rubric(year: $year) { id year name maxTotal criteria { id code title contentGroup maxPoints evidenceHint } }
  selfAssessment(unitId: $unitId, periodId: $periodId) { ${SELF_ASSESSMENT_FIELDS} }
}`;
const SAVE = `mutation SaveSelfAssessment($input: SaveSelfAssessmentInput!) {
  saveSelfAssessment(input: $input) { ${SELF_ASSESSMENT_FIELDS} }
}`;

interface Props {
  unitId: string;
  period: ReportingPeriod;
  onSaved: () => void;
}

/** "Tự chấm điểm": the province's rubric of the year, scored by the unit itself. */
export function SelfAssessmentForm({ unitId, period, onSaved }: Props) {
  const { t } = useLang();
  const loaded = useLoad(
    () =>
      gql<{ rubric: Rubric | null; selfAssessment: SelfAssessment | null }>(LOAD, {
        year: period.year,
        unitId,
        periodId: period.id,
      }),
    [unitId, period.id, period.year],
  );
  if (loaded.error) return <ErrorMessage error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <p>{t('loading')}</p>;
  if (!loaded.data.rubric) {
    return (
      <div className="message warning" data-testid="no-rubric">
        {t('noRubric', { year: period.year })}
      </div>
    );
  }
  return (
    <ScoreTable
      unitId={unitId}
      periodId={period.id}
      rubric={loaded.data.rubric}
      initial={loaded.data.selfAssessment}
      onSaved={onSaved}
    />
  );
}

/** Per criterion, the points and comment as typed. */
type ScoreDraft = Record<string, { points: string; comment: string }>;

function draftFrom(assessment: SelfAssessment | null): ScoreDraft {
  const draft: ScoreDraft = {};
  for (const s of assessment?.scores ?? []) draft[s.criterionId] = { points: String(s.points), comment: s.comment ?? '' };
  return draft;
}

/** The points typed for a criterion: null when blank, NaN when not a number within 0..max. */
function pointsOf(text: string | undefined, c: Criterion): number | null {
  if (!text?.trim()) return null;
  const n = parseDecimal(text);
  return n !== null && n <= c.maxPoints ? n : Number.NaN;
}

interface ScoreTableProps {
  unitId: string;
  periodId: string;
  rubric: Rubric;
  initial: SelfAssessment | null;
  onSaved: () => void;
}

function ScoreTable({ unitId, periodId, rubric, initial, onSaved }: ScoreTableProps) {
  const { lang, t } = useLang();
  const draft = useDraft<ScoreDraft>(`self-assessment.${unitId}.${periodId}`, () => draftFrom(initial));
  const [saved, setSaved] = useState(initial);
  const [problem, setProblem] = useState<string>();
  const { busy, error, clearError, send } = useSubmit();

  const entry = (c: Criterion) => draft.value[c.id] ?? { points: '', comment: '' };
  const change = (c: Criterion, patch: Partial<{ points: string; comment: string }>) => {
    setProblem(undefined);
    draft.update({ ...draft.value, [c.id]: { ...entry(c), ...patch } });
  };

  const points = rubric.criteria.map((c) => pointsOf(entry(c).points, c));
  const total = points.reduce<number>((sum, p) => (p !== null && !Number.isNaN(p) ? sum + p : sum), 0);
  const unscored = points.filter((p) => p === null).length;
  const fmt = (n: number) => formatNumber(n, lang);
  const groupName = (group: string) => {
    const key = contentGroupKey(group);
    return key ? t(key) : group;
  };

  async function save() {
    clearError();
    const bad = rubric.criteria.find((_, i) => Number.isNaN(points[i]));
    if (bad) return setProblem(t('errPoints', { code: bad.code, max: fmt(bad.maxPoints) }));
    const scores = rubric.criteria.flatMap((c, i) => {
      const p = points[i];
      return p === null ? [] : [{ criterionId: c.id, points: p, comment: entry(c).comment.trim() || null }];
    });
    if (scores.length === 0) return setProblem(t('errNoPoints'));
    await send(async () => {
      const data = await gql<{ saveSelfAssessment: SelfAssessment }>(SAVE, { input: { unitId, periodId, scores } });
      setSaved(data.saveSelfAssessment);
      draft.clear(draftFrom(data.saveSelfAssessment));
      onSaved();
    });
  }

  return (
    <div data-testid="self-assessment">
      <p className="hint">{rubric.name}</p>
      <table className="table score-table" data-testid="score-table">
        <thead>
          <tr>
            <th>{t('colCode')}</th>
            <th>{t('colCriterion')}</th>
            <th className="num">{t('colMaxPoints')}</th>
            <th>{t('colPoints')}</th>
            <th>{t('colComment')}</th>
          </tr>
        </thead>
        <tbody>
          {rubric.criteria.map((c, i) => {
            // Criteria come grouped by content group (công khai, bàn và quyết định, ...): a heading each.
            const heading = i === 0 || rubric.criteria[i - 1].contentGroup !== c.contentGroup;
            const invalid = Number.isNaN(points[i]);
            return (
              <Fragment key={c.id}>
                {heading && (
                  <tr className="group-row">
                    <th colSpan={5}>{groupName(c.contentGroup)}</th>
                  </tr>
                )}
                <tr>
                  <td className="nowrap">{c.code}</td>
                  <td>
                    {c.title}
                    {c.evidenceHint && (
                      <div className="hint">
                        {t('evidence')}: {c.evidenceHint}
                      </div>
                    )}
                  </td>
                  <td className="num">{fmt(c.maxPoints)}</td>
                  <td>
                    <input
                      className="points"
                      inputMode="decimal"
                      value={entry(c).points}
                      onChange={(e) => change(c, { points: e.target.value })}
                      aria-label={`${t('colPoints')} ${c.code}`}
                      aria-invalid={invalid || undefined}
                      data-testid={`points-${c.code}`}
                      data-max={c.maxPoints}
                    />
                  </td>
                  <td>
                    <input
                      value={entry(c).comment}
                      onChange={(e) => change(c, { comment: e.target.value })}
                      aria-label={`${t('colComment')} ${c.code}`}
                      data-testid={`comment-${c.code}`}
                    />
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>

      <div className="score-summary">
        <div>
          {t('total')}:{' '}
          <strong data-testid="live-total">
            {fmt(total)} / {fmt(rubric.maxTotal)}
          </strong>
        </div>
        <div>
          {t('bandPreview')}:{' '}
          <strong data-testid="live-band">{t(bandKey(bandOf(total)))}</strong>
        </div>
        {unscored > 0 && <div className="hint">{t('unscored', { count: unscored })}</div>}
      </div>

      <FormOutcome problem={problem} problemTestId="self-assessment-problem" error={error} />
      {draft.hasDraft && <div className="message warning">{t('draftInUse')}</div>}
      <div className="actions">
        <SubmitButton
          busy={busy}
          label={t('saveSelfAssessment')}
          busyLabel={t('saving')}
          testId="save-self-assessment"
          onClick={save}
        />
        {draft.hasDraft && (
          <button type="button" className="link" onClick={() => draft.clear(draftFrom(saved))}>
            {t('discardDraft')}
          </button>
        )}
        <span data-testid="saved-self-assessment" className={saved ? 'saved-line' : 'hint'}>
          {saved
            ? t('savedSelfAssessment', {
                time: formatDateTime(saved.updatedAt),
                total: fmt(saved.total),
                band: t(bandKey(saved.band)),
              })
            : t('notSavedYet')}
        </span>
      </div>
    </div>
  );
}
