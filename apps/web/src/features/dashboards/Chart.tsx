// The one chart of the dashboards: ECharts with only the parts they draw (bars, a heat map), on a canvas.
// Every chart stands next to a table of the same figures (its twin) and carries a sentence for screen
// readers (`summary`). Tooltips are drawn on the canvas (richText): the content policy refuses the inline
// styles of ECharts' HTML tooltips.
import { useEffect, useRef } from 'react';
import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, HeatmapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

interface Props {
  option: EChartsCoreOption;
  /** What the chart shows, in a sentence (its figures are in the table next to it). */
  summary: string;
  height?: number;
  testId: string;
}

export function Chart({ option, summary, height = 320, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ animation: false, tooltip: { renderMode: 'richText' }, ...option }, true);
  }, [option]);
  return <div ref={box} className="dash-chart" style={{ height }} role="img" aria-label={summary} data-testid={testId} />;
}
