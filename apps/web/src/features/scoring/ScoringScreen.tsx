import { Fragment, useState } from 'react';
import {
  ReportDocument,
  ScoringSheetDocument,
  type SaveSelfAssessmentMutation,
  type ScoringSheetQuery,
  type SelfAssessmentFieldsFragment,
} from '../../gql/graphql';
import { reasonOf } from '../../shared/api/errors';
import { queryClient, operationName, useGraphQuery } from '../../shared/api/query';
import { formatDateTime, formatNumber } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { useSendEntry } from '../../shared/offline/outbox';
import type { ReportingPeriod } from '../../shared/periods/period';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TableBox } from '../../shared/ui/TableBox';
import { useDraft } from '../../shared/useDraft';
import { EvidencePanel } from './EvidencePanel';
import { draftFrom, emptyCriterion, liveResult, mergeDrafts, pointsOf, type CriterionDraft, type ScoresDraft } from './sheet';

type Sheet = ScoringSheetQuery['scoringSheet'];
type Criterion = Sheet['rubric']['criteria'][number];

/** "Tự chấm điểm": the year's rubric scored by the unit, beside what its records suggest. */
export function ScoringScreen({ unitId, period, frozen }: { unitId: string; period: ReportingPeriod; frozen: boolean }) {
  const { t } = useLang();
  // The table is filled from the saved assessment once; the draft keeps what is typed after that.
  const loaded = useGraphQuery(ScoringSheetDocument, { unitId, periodId: period.id }, { staleTime: Infinity });
  if (loaded.error) return <ErrorMessage error={loaded.error} onRetry={() => void loaded.refetch()} />;
  if (!loaded.data) return <p>{t('loading')}</p>;
  const refetch = async () => (await loaded.refetch()).data?.scoringSheet;
  return <ScoreSheet key={`${unitId}.${period.id}`} unitId={unitId} period={period} sheet={loaded.data.scoringSheet} refetch={refetch} reportFrozen={frozen} />;
}

interface SheetProps {
  unitId: string;
  period: ReportingPeriod;
  sheet: Sheet;
  /** Reads the sheet again (after a save, or a conflict): its flags, suggestions and saved assessment. */
  refetch: () => Promise<Sheet | undefined>;
  /** The report was submitted while the sheet is open (the sheet says so only once read again). */
  reportFrozen: boolean;
}

function ScoreSheet({ unitId, period, sheet, refetch, reportFrozen }: SheetProps) {
  const { lang, t, say } = useLang();
  const { rubric } = sheet;
  const draft = useDraft<ScoresDraft>(`self-assessment.${unitId}.${period.id}`, () => draftFrom(sheet.assessment?.scores));
  // What the server holds: the version the next save expects, and what someone else saved meanwhile.
  const [saved, setSaved] = useState<SelfAssessmentFieldsFragment | null>(sheet.assessment);
  const flags = sheet.flags;
  const [reloading, setReloading] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [panelFor, setPanelFor] = useState<Criterion | null>(null);
  const save = useSendEntry();
  const frozen = sheet.frozen || !!saved?.frozen || reportFrozen;

  const entry = (c: Criterion): CriterionDraft => draft.value[c.id] ?? emptyCriterion;
  const change = (c: Criterion, patch: Partial<CriterionDraft>) => {
    setProblem(undefined);
    save.reset();
    draft.update({ ...draft.value, [c.id]: { ...entry(c), ...patch } });
  };
  const live = liveResult(rubric.criteria, draft.value, rubric, sheet.measures);
  const fmt = (n: number) => formatNumber(n, lang);
  const suggestionOf = (c: Criterion) => sheet.suggestions.find((s) => s.criterionId === c.id);
  const savedScoreOf = (c: Criterion) => saved?.scores.find((s) => s.criterionId === c.id);
  const parents = new Set(rubric.criteria.map((c) => c.parentCode));

  /**
   * Reads the sheet again after a conflict: the new version to save over; the other person's scores where this
   * person changed nothing, and this person's edits kept, the saved value shown beside each.
   */
  async function reload() {
    setReloading(true);
    try {
      const fresh = await refetch();
      if (fresh) {
        draft.update(mergeDrafts(draftFrom(saved?.scores), draft.value, draftFrom(fresh.assessment?.scores)));
        setSaved(fresh.assessment);
        save.reset();
      }
    } finally {
      setReloading(false);
    }
  }

  async function submit() {
    save.reset();
    setProblem(undefined);
    if (live.invalid) return setProblem(t('errPoints', { code: live.invalid.code, max: fmt(live.invalid.maxPoints) }));
    const scores = rubric.criteria.flatMap((c) => {
      const p = parents.has(c.code) ? null : pointsOf(entry(c).points, c.maxPoints);
      if (p === null || Number.isNaN(p)) return [];
      return [{ criterionId: c.id, points: p, comment: entry(c).comment.trim() || null, evidence: entry(c).evidence }];
    });
    if (scores.length === 0) return setProblem(t('errNoPoints'));
    const variables = { input: { unitId, periodId: period.id, scores, expectedVersion: saved?.version ?? 0 } };
    const outcome = await save.submit(
      {
        operation: 'SaveSelfAssessment',
        variables,
        idempotencyKey: await draft.keyFor(variables),
        summary: {
          vi: `Tự chấm điểm: ${scores.length} tiêu chí, tổng ${formatNumber(live.total, 'vi')} điểm`,
          en: `Self-assessment: ${scores.length} criteria, ${formatNumber(live.total, 'en')} points in all`,
        },
      },
      draft.forgetKey,
    );
    // Waiting in the outbox, the draft stays on screen: it is what will be saved.
    if (outcome?.sent) {
      const { saveSelfAssessment } = outcome.data as SaveSelfAssessmentMutation;
      setSaved(saveSelfAssessment);
      await draft.clear(draftFrom(saveSelfAssessment.scores));
      // The flags and the report's score follow the saved scores: read again.
      await queryClient.invalidateQueries({ queryKey: [operationName(ReportDocument)] });
      await refetch();
    }
  }

  const refusal = save.refusal;
  // Someone saved meanwhile: the edits stay on screen; reading again takes the new version to save over.
  const versionMismatch = reasonOf(refusal) === 'VERSION_MISMATCH';

  if (!draft.ready) return <p className="hint">{t('loading')}</p>;

  return (
    <div data-testid="scoring-sheet">
      <p className="hint">
        {rubric.name}
        {sheet.lastYearTotal != null && <> · {t('lastYearTotal', { total: fmt(sheet.lastYearTotal) })}</>}
      </p>
      {frozen && (
        <div className="message warning" data-testid="scoring-frozen">
          {t('scoringFrozen')}
        </div>
      )}
      {flags.length > 0 && (
        <div className="message warning flags" data-testid="flags">
          <div>
            <strong>{t(frozen ? 'flagsTitleSubmitted' : 'flagsTitle')}</strong>
            <ul>
              {flags.map((f, i) => (
                <li key={`${f.code}-${f.criterionCode ?? ''}-${i}`} data-testid="flag" data-code={f.code}>
                  {f.criterionCode && <strong>{f.criterionCode}: </strong>}
                  {lang === 'vi' ? f.message : f.messageEn}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <TableBox label={rubric.name}>
        <table className="table score-table" data-testid="score-table">
          <thead>
            <tr>
              <th>{t('colCode')}</th>
              <th>{t('colCriterion')}</th>
              <th className="num">{t('colMaxPoints')}</th>
              <th>{t('colSuggested')}</th>
              <th>{t('colPoints')}</th>
              <th>{t('colComment')}</th>
              <th>{t('evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {rubric.criteria.map((c, i) => {
              const heading = i === 0 || rubric.criteria[i - 1].contentGroup !== c.contentGroup;
              const parent = parents.has(c.code);
              const points = pointsOf(entry(c).points, c.maxPoints);
              const suggestion = suggestionOf(c);
              const savedScore = savedScoreOf(c);
              const differs = !!savedScore && draft.hasDraft && String(savedScore.points) !== entry(c).points;
              const criterionFlags = flags.filter((f) => f.criterionCode === c.code);
              return (
                <Fragment key={c.id}>
                  {heading && (
                    <tr className="group-row">
                      <th colSpan={7}>
                        {t(`group_${c.contentGroup}` as 'group_LEADERSHIP')}
                        <span className="group-total">{t('groupPoints', { points: fmt(live.byGroup[c.contentGroup as keyof typeof live.byGroup] ?? 0) })}</span>
                      </th>
                    </tr>
                  )}
                  <tr data-testid={`criterion-${c.code}`} className={criterionFlags.length ? 'flagged' : undefined}>
                    <td className="nowrap" data-label={t('colCode')}>
                      {c.code}
                    </td>
                    <td className="card-title criterion-title">
                      {c.title}
                      {c.evidenceHint && (
                        <div className="hint">
                          {t('evidence')}: {c.evidenceHint}
                        </div>
                      )}
                      {criterionFlags.map((f) => (
                        <div className="hint bad" key={f.code}>
                          {lang === 'vi' ? f.message : f.messageEn}
                        </div>
                      ))}
                    </td>
                    <td className="num" data-label={t('colMaxPoints')}>
                      {fmt(c.maxPoints)}
                    </td>
                    <td className="suggested" data-label={t('colSuggested')} data-testid={`suggested-${c.code}`}>
                      {suggestion ? (
                        <>
                          <strong>{fmt(suggestion.points)}</strong>
                          <div className="hint">{suggestion.basis}</div>
                          {!frozen && !parent && String(suggestion.points) !== entry(c).points && (
                            <button type="button" className="link" onClick={() => change(c, { points: String(suggestion.points) })} data-testid={`use-suggested-${c.code}`}>
                              {t('useSuggested')}
                            </button>
                          )}
                        </>
                      ) : (
                        <span className="hint">{t('notAvailable')}</span>
                      )}
                    </td>
                    <td data-label={t('colPoints')}>
                      {parent ? (
                        <span className="hint">{t('scoredBySubCriteria')}</span>
                      ) : (
                        <input
                          className="points"
                          inputMode="decimal"
                          value={entry(c).points}
                          disabled={frozen}
                          onChange={(e) => change(c, { points: e.target.value })}
                          aria-label={`${t('colPoints')} ${c.code}`}
                          aria-invalid={Number.isNaN(points) || undefined}
                          data-testid={`points-${c.code}`}
                          data-max={c.maxPoints}
                        />
                      )}
                      {Number.isNaN(points) && <div className="hint bad">{t('errPointsRange', { max: fmt(c.maxPoints) })}</div>}
                      {differs && (
                        <div className="hint" data-testid={`saved-points-${c.code}`}>
                          {t('savedPoints', { points: fmt(savedScore.points) })}
                        </div>
                      )}
                      {savedScore?.reviewerPoints != null && (
                        <div className="reviewer" data-testid={`reviewer-${c.code}`}>
                          {t('reviewerPoints', { points: fmt(savedScore.reviewerPoints) })}
                          {savedScore.reviewerComment && <div className="hint">{savedScore.reviewerComment}</div>}
                        </div>
                      )}
                    </td>
                    <td data-label={t('colComment')}>
                      <textarea
                        className="no-print comment"
                        rows={2}
                        value={entry(c).comment}
                        disabled={frozen}
                        onChange={(e) => change(c, { comment: e.target.value })}
                        aria-label={`${t('colComment')} ${c.code}`}
                        data-testid={`comment-${c.code}`}
                      />
                      <span className="print-only">{entry(c).comment}</span>
                    </td>
                    <td data-label={t('evidence')}>
                      {!parent && (
                        <button
                          type="button"
                          className="secondary small"
                          onClick={() => setPanelFor(panelFor?.id === c.id ? null : c)}
                          aria-expanded={panelFor?.id === c.id}
                          data-testid={`evidence-${c.code}`}
                        >
                          {t('evidenceLinked', { count: entry(c).evidence.length })}
                        </button>
                      )}
                    </td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </TableBox>

      {panelFor && (
        <EvidencePanel
          unitId={unitId}
          period={period}
          criterion={panelFor}
          links={entry(panelFor).evidence}
          readOnly={frozen}
          onChange={(evidence) => change(panelFor, { evidence })}
          onClose={() => setPanelFor(null)}
        />
      )}

      <div className="score-bar" data-testid="score-bar">
        <div className="score-summary">
          <div>
            {t('total')}:{' '}
            <strong data-testid="live-total">
              {fmt(live.total)} / {fmt(rubric.maxTotal)}
            </strong>
          </div>
          <div>
            {t('bandPreview')}: <strong data-testid="live-band">{t(`band_${live.band}`)}</strong>
            {live.band !== live.bandOfTotal && <span className="hint"> ({t('bandOfTotal', { band: t(`band_${live.bandOfTotal}`) })})</span>}
          </div>
          {live.unscored > 0 && <div className="hint">{t('unscored', { count: live.unscored })}</div>}
        </div>
        {live.vetoes.length > 0 && (
          <ul className="vetoes" data-testid="live-vetoes">
            {live.vetoes.map((v) => (
              <li key={v.code}>{say({ vi: v.vi, en: v.en })}</li>
            ))}
          </ul>
        )}
        {versionMismatch && (
          <div className="message warning" role="alert" data-testid="save-conflict">
            <span>{t('savedMeanwhile')}</span>
            <button type="button" className="secondary" onClick={() => void reload()} disabled={reloading} data-testid="reload-keep-edits">
              {t('reloadKeepEdits')}
            </button>
          </div>
        )}
        <FormOutcome
          problem={problem}
          problemTestId="self-assessment-problem"
          error={versionMismatch ? undefined : refusal}
          waiting={save.outcome?.sent === false ? save.outcome.reason : undefined}
        />
        {!frozen && (
          <div className="actions">
            <SubmitButton busy={save.busy} disabled={versionMismatch} label={t('saveSelfAssessment')} busyLabel={t('saving')} testId="save-self-assessment" onClick={() => void submit()} />
            {draft.hasDraft && (
              <>
                <span className="hint">{t('draftInUse')}</span>
                <button type="button" className="link" onClick={() => void draft.clear(draftFrom(saved?.scores))}>
                  {t('discardDraft')}
                </button>
              </>
            )}
            <span data-testid="saved-self-assessment" className={saved ? 'saved-line' : 'hint'}>
              {saved
                ? t('savedSelfAssessment', { time: formatDateTime(saved.updatedAt), total: fmt(saved.total), band: t(`band_${saved.band}`) })
                : t('notSavedYet')}
            </span>
          </div>
        )}
      </div>
    </div>
  );
}
