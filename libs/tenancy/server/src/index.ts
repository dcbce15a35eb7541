export * from './tenancy.module';
export { SIGN_IN_LIMITS, signInLimitKeys } from './auth/sign-in-limits';
export { RESET_MAILS_PER_HOUR } from './people/people.service';
export { ImportService, checkTables } from './imports/import.service';
export { readImportFile, importTemplate } from './imports/import-file';
