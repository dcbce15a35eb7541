import { DynamicModule, Global, Module } from '@nestjs/common';
import { Clock, clockStartingAt, systemClock } from '@qcdc/shared/contracts';
import { AppConfig } from './config';

/** Injection token of the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
/** Injection token of the process's one Clock: the real time, or the start instant the config names. */
export const CLOCK = Symbol('CLOCK');

export function clockOf(config: Pick<AppConfig, 'clockStart' | 'clockAnchor'>): Clock {
  if (!config.clockStart) return systemClock;
  return clockStartingAt(config.clockStart, Date.now, config.clockAnchor ?? Date.now());
}

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clockOf(config) },
      ],
      exports: [APP_CONFIG, CLOCK],
    };
  }
}
