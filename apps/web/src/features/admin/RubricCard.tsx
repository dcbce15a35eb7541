import { AdoptDefaultRubricDocument, RubricDocument, ScoringSheetDocument } from '../../gql/graphql';
import { useGraphMutation, useGraphQuery } from '../../shared/api/query';
import { formatNumber } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { isRetryable } from '../../shared/api/errors';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { TableBox } from '../../shared/ui/TableBox';

/** The year's scoring rubric, or a way to adopt the default one when the province has none. */
export function RubricCard({ year }: { year: number }) {
  const { lang, t } = useLang();
  const loaded = useGraphQuery(RubricDocument, { year });
  const adopt = useGraphMutation(AdoptDefaultRubricDocument, { invalidates: [RubricDocument, ScoringSheetDocument] });

  if (loaded.error) return <ErrorMessage error={loaded.error} onRetry={() => void loaded.refetch()} />;
  if (!loaded.data) return <p>{t('loading')}</p>;
  const rubric = adopt.data?.adoptDefaultRubric ?? loaded.data.rubric;

  if (!rubric) {
    return (
      <div data-testid="rubric-missing">
        <div className="message warning">{t('rubricMissing', { year })}</div>
        <p className="hint">{t('rubricDefaultHint')}</p>
        {adopt.error && <ErrorMessage error={adopt.error} onRetry={isRetryable(adopt.error) ? adopt.retry : undefined} />}
        <div className="actions">
          <button type="button" onClick={() => adopt.mutate({ year })} disabled={adopt.isPending} data-testid="adopt-rubric">
            {adopt.isPending ? t('adopting') : t('adoptRubric', { year })}
          </button>
        </div>
      </div>
    );
  }
  const fmt = (n: number) => formatNumber(n, lang);
  return (
    <div data-testid="rubric">
      <p className="status-line">
        <strong data-testid="rubric-name">{rubric.name}</strong>
      </p>
      <p data-testid="rubric-summary">{t('rubricSummary', { max: fmt(rubric.maxTotal), count: rubric.criteria.length })}</p>
      <TableBox label={rubric.name}>
        <table className="table" data-testid="rubric-table">
          <thead>
            <tr>
              <th>{t('colCode')}</th>
              <th>{t('colCriterion')}</th>
              <th className="num">{t('colMaxPoints')}</th>
            </tr>
          </thead>
          <tbody>
            {rubric.criteria.map((c) => (
              <tr key={c.code}>
                <td className="nowrap" data-label={t('colCode')}>
                  {c.code}
                </td>
                <td className="card-title">{c.title}</td>
                <td className="num" data-label={t('colMaxPoints')}>
                  {fmt(c.maxPoints)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </div>
  );
}
