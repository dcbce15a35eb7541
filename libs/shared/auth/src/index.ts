export * from './access-token';
export * from './auth.guard';
export * from './auth.module';
export * from './current-caller.decorator';
export * from './jwt.strategy';
export * from './gateway-signature';
export * from './client-address';
export * from './session-headers';
