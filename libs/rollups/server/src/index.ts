export * from './rollups.module';
export * from './rollups/rollup.service';
export * from './rollups/rollup.consumer';
export * from './rollups/rollup.repository';
export * from './rollups/rollup-recompute.processor';
