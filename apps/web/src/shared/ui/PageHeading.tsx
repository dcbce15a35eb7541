import type { ReactNode } from 'react';

export interface PageHeadingProps {
  eyebrow: string;
  title: string;
  titleTestId?: string;
  hint?: string;
  hintTestId?: string;
  /** What stands on the right of the title: a year picker, a button. */
  children?: ReactNode;
}

/** A screen's heading: which screen it is, its title and a line under it. */
export function PageHeading({ eyebrow, title, titleTestId, hint, hintTestId, children }: PageHeadingProps) {
  return (
    <div className="page-heading">
      <div>
        <div className="eyebrow">{eyebrow}</div>
        <h1 data-testid={titleTestId}>{title}</h1>
        {hint !== undefined && (
          <div className="hint" data-testid={hintTestId}>
            {hint}
          </div>
        )}
      </div>
      {children}
    </div>
  );
}
