export * from './rollups.module';
export * from './rollups/rollup.service';
export * from './rollups/rollup.consumer';
