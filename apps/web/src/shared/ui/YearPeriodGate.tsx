import type { ReactNode } from 'react';
import type { ReportingPeriod } from '../api/api-types';
import { ErrorMessage } from './ErrorMessage';
import { useLang } from '../i18n';
import { PageHeading, type PageHeadingProps } from './PageHeading';
import { useYearPeriod } from '../useYearPeriod';
import { YearPicker } from './YearPicker';

interface Props extends Omit<PageHeadingProps, 'children'> {
  year: number;
  onYearChange: (year: number) => void;
  /** The screen's own content, once the year has an open period. */
  children: (period: ReportingPeriod) => ReactNode;
}

/** A screen about one reporting year: its heading with the year picker, then the year's period or why there is none. */
export function YearPeriodGate({ year, onYearChange, children, ...heading }: Props) {
  const { t } = useLang();
  const period = useYearPeriod(year);
  const p = period.loading ? undefined : period.data;

  return (
    <>
      <PageHeading {...heading}>
        <YearPicker year={year} onChange={onYearChange} />
      </PageHeading>
      {period.error && <ErrorMessage error={period.error} onRetry={period.reload} />}
      {period.loading && <p>{t('loading')}</p>}
      {p === null && (
        <div className="message warning" data-testid="no-period">
          {t('noYearPeriod', { year })}
        </div>
      )}
      {p && children(p)}
    </>
  );
}
