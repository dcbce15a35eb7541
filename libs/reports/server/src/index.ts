export * from './reports.module';
export * from './rendering/report-rendering-worker.module';
export * from './rendering/report-rendering.consumer';
export * from './rendering/render-job.repository';
export * from './rendering/render-db';
export * from './rendering/rendering.module';
export * from './rendering/rendering.service';
export * from './rendering/rendering.graphql-types';
