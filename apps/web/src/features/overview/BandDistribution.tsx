import { BANDS, type Band } from '@qcdc/scoring/domain';
import { useLang } from '../../shared/i18n';

/** Units per band as horizontal bars, every band shown (a missing band counts 0). */
export function BandDistribution({ bands }: { bands: { band: Band; count: number }[] }) {
  const { t } = useLang();
  const countOf = (band: Band) => bands.find((b) => b.band === band)?.count ?? 0;
  const most = Math.max(1, ...BANDS.map(countOf));
  return (
    <div className="band-bars" data-testid="band-distribution">
      {BANDS.map((band) => (
        <div key={band} className="band-row">
          <span className="band-name">{t(`band_${band}`)}</span>
          <span className="band-track">
            <span className={`band-fill band-${band}`} style={{ width: `${(countOf(band) * 100) / most}%` }} />
          </span>
          <span className="band-count" data-testid={`band-count-${band}`}>
            {t('units', { count: countOf(band) })}
          </span>
        </div>
      ))}
    </div>
  );
}
