export * from './reports.module';
export * from './rendering/report-rendering-worker.module';
export * from './rendering/report-rendering.consumer';
export * from './rendering/render-job.repository';
export * from './rendering/render-db';
