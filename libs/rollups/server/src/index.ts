export * from './rollups.module';
export * from './relay/outbox-relay.service';
export * from './rollups/rollup.service';
