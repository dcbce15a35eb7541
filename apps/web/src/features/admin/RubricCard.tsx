import { useState } from 'react';
import type { Criterion, Rubric } from '../../shared/api/api-types';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { formatNumber } from '../../shared/format';
import { ApiError, gql } from '../../shared/api/graphql';
import { useLang } from '../../shared/i18n';
import { asApiError, useLoad } from '../../shared/api/useLoad';

type RubricOverview = Pick<Rubric, 'id' | 'name' | 'maxTotal'> & {
  criteria: Pick<Criterion, 'code' | 'title' | 'maxPoints'>[];
};

const RUBRIC_FIELDS = 'id name maxTotal criteria { code title maxPoints }';
const RUBRIC = `query Rubric($year: Int!) { rubric(year: $year) { ${RUBRIC_FIELDS} } }`;
const ADOPT = `mutation AdoptDefaultRubric($year: Int!) { adoptDefaultRubric(year: $year) { ${RUBRIC_FIELDS} } }`;

/** The year's scoring rubric, or a way to adopt the default one when the province has none. */
export function RubricCard({ year }: { year: number }) {
  const { lang, t } = useLang();
  const loaded = useLoad(() => gql<{ rubric: RubricOverview | null }>(RUBRIC, { year }).then((d) => d.rubric), [year]);
  const [adopted, setAdopted] = useState<RubricOverview>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  async function adopt() {
    setBusy(true);
    setError(undefined);
    try {
      setAdopted((await gql<{ adoptDefaultRubric: RubricOverview }>(ADOPT, { year })).adoptDefaultRubric);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  }

  if (loaded.error) return <ErrorMessage error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <p>{t('loading')}</p>;
  const rubric = adopted ?? loaded.data;

  if (!rubric) {
    return (
      <div data-testid="rubric-missing">
        <div className="message warning">{t('rubricMissing', { year })}</div>
        <p className="hint">{t('rubricDefaultHint')}</p>
        {error && <ErrorMessage error={error} />}
        <div className="actions">
          <button type="button" onClick={adopt} disabled={busy} data-testid="adopt-rubric">
            {busy ? t('adopting') : t('adoptRubric', { year })}
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
              <td className="nowrap">{c.code}</td>
              <td>{c.title}</td>
              <td className="num">{fmt(c.maxPoints)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
