import { useLang } from '../i18n';

/** The reporting year: this year first, then the ones before (reports are often finished in January). */
export function YearPicker({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useLang();
  const current = new Date().getFullYear();
  const years = [current + 1, current, current - 1, current - 2];
  return (
    <label className="inline-field">
      {t('year')}
      <select value={year} onChange={(e) => onChange(Number(e.target.value))} data-testid="year-picker">
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
