import { useReportLabels } from './labels';

/** A template section's text area, indented by depth, its "bắt buộc" badge in the class the screen gives it. */
export function SectionField(props: {
  section: { key: string; number: string; depth: number; proseRequired: boolean };
  title: string;
  value: string;
  onChange: (text: string) => void;
  rows: number;
  badgeClass: string;
  readOnly?: boolean;
  invalid?: boolean;
  anchor?: boolean;
}) {
  const r = useReportLabels();
  const { section, title, value, onChange, rows, badgeClass, readOnly, invalid, anchor } = props;
  return (
    <div
      id={anchor ? `section-${section.key}` : undefined}
      className={`report-section depth-${Math.min(section.depth, 3)}`}
      data-testid={`section-${section.key}`}
    >
      <label className="field" htmlFor={`section-text-${section.key}`}>
        <span className={section.depth === 0 ? 'section-title top' : 'section-title'}>
          {section.number}/- {title}
          {section.proseRequired && (
            <span className={badgeClass} data-testid="section-required">
              {r('sectionRequired')}
            </span>
          )}
        </span>
      </label>
      <textarea
        id={`section-text-${section.key}`}
        rows={rows}
        value={value}
        readOnly={readOnly}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid || undefined}
        data-testid={`section-text-${section.key}`}
      />
    </div>
  );
}
