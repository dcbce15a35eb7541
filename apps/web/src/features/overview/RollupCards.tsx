import type { OverviewQuery } from '../../gql/graphql';

type ProvinceRollup = OverviewQuery['provinceRollup'];
import { formatNumber } from '../../shared/format';
import { useLang } from '../../shared/i18n';

/** The headline figures of the roll-up, large enough to read from across the desk. */
export function RollupCards({ rollup }: { rollup: ProvinceRollup }) {
  const { lang, t } = useLang();
  const rate = rollup.unitsExpected > 0 ? (rollup.unitsSubmitted * 100) / rollup.unitsExpected : 0;
  const cards = [
    { id: 'expected', label: t('cardExpected'), value: formatNumber(rollup.unitsExpected, lang) },
    { id: 'submitted', label: t('cardSubmitted'), value: formatNumber(rollup.unitsSubmitted, lang) },
    { id: 'rate', label: t('cardRate'), value: `${formatNumber(rate, lang, 1)}%` },
    { id: 'on-time', label: t('cardOnTime'), value: formatNumber(rollup.unitsOnTime, lang) },
    {
      id: 'average',
      label: t('cardAverage'),
      value: rollup.averageScore == null ? t('notAvailable') : formatNumber(rollup.averageScore, lang, 1),
    },
  ];
  return (
    <div className="figure-cards">
      {cards.map((c) => (
        <div key={c.id} className="figure-card">
          <div className="figure-value" data-testid={`rollup-${c.id}`}>
            {c.value}
          </div>
          <div className="figure-label">{c.label}</div>
        </div>
      ))}
    </div>
  );
}
