import type { ReactNode } from 'react';
import { Navigate, useParams } from 'react-router';
import { yearInVietnam } from '../shared/clock';
import type { PeriodRef } from '../shared/periods/period';
import { NotFound } from './NotFound';
import { paths, periodKindOf, yearOf } from './paths';
import { useViewer } from './viewer';
import { workspaceFor, type OrgUnit, type Workspace } from './workspaces';

interface Props {
  screen: 'unit' | 'overview';
  children: (workspace: Workspace & { orgUnit: OrgUnit }, period: PeriodRef) => ReactNode;
}

/**
 * A screen about one unit's reporting period, at "/<screen>/<unit>/<year>/<nam|6-thang>": the unit must be
 * one of the official's workspaces; an address without its period goes to this year's yearly review (the
 * one every unit reports); anything else is not a page.
 */
export function PeriodPage({ screen, children }: Props) {
  const { unitId = '', year, period } = useParams();
  const workspace = workspaceFor(useViewer().workspaces, screen, unitId);
  if (!workspace?.orgUnit) return <NotFound />;
  if (year === undefined) return <Navigate replace to={paths[screen](unitId, { year: yearInVietnam(), kind: 'YEAR' })} />;
  const y = yearOf(year);
  if (y === null) return <NotFound />;
  if (period === undefined) return <Navigate replace to={paths[screen](unitId, { year: y, kind: 'YEAR' })} />;
  const kind = periodKindOf(period);
  if (!kind) return <NotFound />;
  return children({ ...workspace, orgUnit: workspace.orgUnit }, { year: y, kind });
}
