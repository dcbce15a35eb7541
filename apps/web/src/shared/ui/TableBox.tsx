import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A table's own box: when the table is wider than the screen (a narrow window, a zoomed page), it scrolls
 * sideways in here and the page keeps the window's width. While it does, the box is named (`label`) and
 * takes the keyboard focus, so the arrow keys can scroll it (WCAG 2.1.1); a table that fits adds no stop.
 * On phones the tables turn into cards instead (styles.css, `.table`), so this is the fallback between.
 */
export function TableBox({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    // The box changes with the window; the table inside with its rows.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className="table-box"
      role={scrolls ? 'region' : undefined}
      aria-label={scrolls ? label : undefined}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  );
}
