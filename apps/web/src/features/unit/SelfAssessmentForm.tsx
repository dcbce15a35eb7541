import { Fragment, useState } from 'react';
import { bandOf } from '@qcdc/scoring/domain';
import {
  SelfAssessmentFormDocument,
  type SaveSelfAssessmentMutation,
  type SelfAssessmentFieldsFragment,
  type SelfAssessmentFormQuery,
} from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { formatDateTime, formatNumber, parseDecimal } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { useSendEntry } from '../../shared/offline/outbox';
import type { ReportingPeriod } from '../../shared/periods/period';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TableBox } from '../../shared/ui/TableBox';
import { useDraft } from '../../shared/useDraft';

type Rubric = NonNullable<SelfAssessmentFormQuery['rubric']>;
type Criterion = Rubric['criteria'][number];
type SelfAssessment = SelfAssessmentFieldsFragment;

interface Props {
  unitId: string;
  period: ReportingPeriod;
}

/** "Tự chấm điểm": the province's rubric of the year, scored by the unit itself. */
export function SelfAssessmentForm({ unitId, period }: Props) {
  const { t } = useLang();
  const loaded = useGraphQuery(
    SelfAssessmentFormDocument,
    { year: period.year, unitId, periodId: period.id },
    // The table is filled from the saved assessment once; the draft keeps what is typed after that.
    { staleTime: Infinity },
  );
  if (loaded.error) return <ErrorMessage error={loaded.error} onRetry={() => void loaded.refetch()} />;
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
}

function ScoreTable({ unitId, periodId, rubric, initial }: ScoreTableProps) {
  const { lang, t } = useLang();
  const draft = useDraft<ScoreDraft>(`self-assessment.${unitId}.${periodId}`, () => draftFrom(initial));
  const [saved, setSaved] = useState(initial);
  const [problem, setProblem] = useState<string>();
  // Through the outbox: scores given without a connection are sent once it is back. The report shows the
  // score it would be submitted with: read again after saving (see offline/operations.ts).
  const saveScores = useSendEntry();

  const entry = (c: Criterion) => draft.value[c.id] ?? { points: '', comment: '' };
  const change = (c: Criterion, patch: Partial<{ points: string; comment: string }>) => {
    setProblem(undefined);
    saveScores.reset();
    draft.update({ ...draft.value, [c.id]: { ...entry(c), ...patch } });
  };

  const points = rubric.criteria.map((c) => pointsOf(entry(c).points, c));
  const total = points.reduce<number>((sum, p) => (p !== null && !Number.isNaN(p) ? sum + p : sum), 0);
  const unscored = points.filter((p) => p === null).length;
  const fmt = (n: number) => formatNumber(n, lang);

  async function save() {
    saveScores.reset();
    const bad = rubric.criteria.find((_, i) => Number.isNaN(points[i]));
    if (bad) return setProblem(t('errPoints', { code: bad.code, max: fmt(bad.maxPoints) }));
    const scores = rubric.criteria.flatMap((c, i) => {
      const p = points[i];
      return p === null ? [] : [{ criterionId: c.id, points: p, comment: entry(c).comment.trim() || null }];
    });
    if (scores.length === 0) return setProblem(t('errNoPoints'));
    // Saved from the version on screen: if someone saved since, the server answers CONFLICT with the current one.
    const variables = { input: { unitId, periodId, scores, expectedVersion: saved?.version ?? 0 } };
    const outcome = await saveScores.submit(
      {
        operation: 'SaveSelfAssessment',
        variables,
        idempotencyKey: await draft.keyFor(variables),
        summary: {
          vi: `Tự chấm điểm: ${scores.length} tiêu chí, tổng ${formatNumber(total, 'vi')} điểm`,
          en: `Self-assessment: ${scores.length} criteria, ${formatNumber(total, 'en')} points in all`,
        },
      },
      draft.forgetKey,
    );
    // Waiting in the outbox, the draft stays on screen: it is what will be saved.
    if (outcome?.sent) {
      const { saveSelfAssessment } = outcome.data as SaveSelfAssessmentMutation;
      setSaved(saveSelfAssessment);
      await draft.clear(draftFrom(saveSelfAssessment));
    }
  }

  if (!draft.ready) return <p className="hint">{t('loading')}</p>;

  return (
    <div data-testid="self-assessment">
      <p className="hint">{rubric.name}</p>
      <TableBox label={rubric.name}>
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
                      <th colSpan={5}>{t(`group_${c.contentGroup}`)}</th>
                    </tr>
                  )}
                  <tr>
                    <td className="nowrap" data-label={t('colCode')}>
                      {c.code}
                    </td>
                    <td className="card-title">
                      {c.title}
                      {c.evidenceHint && (
                        <div className="hint">
                          {t('evidence')}: {c.evidenceHint}
                        </div>
                      )}
                    </td>
                    <td className="num" data-label={t('colMaxPoints')}>
                      {fmt(c.maxPoints)}
                    </td>
                    <td data-label={t('colPoints')}>
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
                    <td data-label={t('colComment')}>
                      <input
                        className="no-print"
                        value={entry(c).comment}
                        onChange={(e) => change(c, { comment: e.target.value })}
                        aria-label={`${t('colComment')} ${c.code}`}
                        data-testid={`comment-${c.code}`}
                      />
                      {/* On paper the whole comment, which a one-line field would cut off. */}
                      <span className="print-only">{entry(c).comment}</span>
                    </td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </TableBox>

      <div className="score-summary">
        <div>
          {t('total')}:{' '}
          <strong data-testid="live-total">
            {fmt(total)} / {fmt(rubric.maxTotal)}
          </strong>
        </div>
        <div>
          {t('bandPreview')}:{' '}
          <strong data-testid="live-band">{t(`band_${bandOf(total)}`)}</strong>
        </div>
        {unscored > 0 && <div className="hint">{t('unscored', { count: unscored })}</div>}
      </div>

      <FormOutcome
        problem={problem}
        problemTestId="self-assessment-problem"
        error={saveScores.refusal}
        waiting={saveScores.outcome?.sent === false ? saveScores.outcome.reason : undefined}
      />
      {draft.hasDraft && <div className="message warning">{t('draftInUse')}</div>}
      <div className="actions">
        <SubmitButton
          busy={saveScores.busy}
          label={t('saveSelfAssessment')}
          busyLabel={t('saving')}
          testId="save-self-assessment"
          onClick={() => void save()}
        />
        {draft.hasDraft && (
          <button type="button" className="link" onClick={() => void draft.clear(draftFrom(saved))}>
            {t('discardDraft')}
          </button>
        )}
        <span data-testid="saved-self-assessment" className={saved ? 'saved-line' : 'hint'}>
          {saved
            ? t('savedSelfAssessment', {
                time: formatDateTime(saved.updatedAt),
                total: fmt(saved.total),
                band: t(`band_${saved.band}`),
              })
            : t('notSavedYet')}
        </span>
      </div>
    </div>
  );
}
