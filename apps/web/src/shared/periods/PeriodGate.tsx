import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { PeriodKind, ReportingPeriodsDocument } from '../../gql/graphql';
import { useGraphQuery } from '../api/query';
import { useLang } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageHeading, type PageHeadingProps } from '../ui/PageHeading';
import type { PeriodRef, ReportingPeriod } from './period';
import { YearPicker } from './YearPicker';

interface Props extends Omit<PageHeadingProps, 'children'> {
  period: PeriodRef;
  /** The address of another period of the same screen (the year picker and the period links go there). */
  pathOf: (period: PeriodRef) => string;
  /** The screen's own content, once the province has opened that period. */
  children: (period: ReportingPeriod) => ReactNode;
}

// The six-month review comes first in the year.
const KINDS = [PeriodKind.SixMonth, PeriodKind.Year];

/**
 * A screen about one reporting period: its heading with the year and the two periods of the year (each a
 * link, so Back and a shared address work), then the period, or why it cannot be shown.
 */
export function PeriodGate({ period, pathOf, children, ...heading }: Props) {
  const { t } = useLang();
  const navigate = useNavigate();
  const periods = useGraphQuery(ReportingPeriodsDocument, { year: period.year });
  const found = periods.data?.reportingPeriods.find((p) => p.kind === period.kind);

  return (
    <>
      <PageHeading {...heading}>
        <div className="period-choice">
          <YearPicker year={period.year} onChange={(year) => navigate(pathOf({ year, kind: period.kind }))} />
          <nav className="segmented" aria-label={t('periodKind')}>
            {KINDS.map((kind) => (
              <Link
                key={kind}
                to={pathOf({ year: period.year, kind })}
                aria-current={kind === period.kind ? 'page' : undefined}
                data-testid={`period-link-${kind}`}
              >
                {t(`periodKindShort_${kind}`)}
              </Link>
            ))}
          </nav>
        </div>
      </PageHeading>
      {periods.error && <ErrorMessage error={periods.error} onRetry={() => void periods.refetch()} />}
      {periods.isPending && <p>{t('loading')}</p>}
      {periods.data && !found && (
        <div className="message warning" data-testid="no-period">
          {t(`noPeriod_${period.kind}`, { year: period.year })}
        </div>
      )}
      {found && children(found)}
    </>
  );
}
