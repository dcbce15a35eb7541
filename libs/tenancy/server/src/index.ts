export * from './tenancy.module';
export { SIGN_IN_LIMITS, signInLimitKeys } from './auth/sign-in-limits';
