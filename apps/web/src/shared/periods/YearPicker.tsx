import { yearInVietnam } from '../clock';
import { useLang } from '../i18n';

/**
 * The reporting year: next year, this year (in Vietnam) and the two before (reports are often finished in
 * January); a year named in the address is offered too.
 */
export function YearPicker({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useLang();
  const current = yearInVietnam();
  const years = [current + 1, current, current - 1, current - 2];
  if (!years.includes(year)) years.push(year);
  return (
    <label className="inline-field">
      {t('year')}
      <select value={year} onChange={(e) => onChange(Number(e.target.value))} data-testid="year-picker">
        {years
          .sort((a, b) => b - a)
          .map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
      </select>
    </label>
  );
}
