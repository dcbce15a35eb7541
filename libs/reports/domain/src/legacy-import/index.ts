export * from './parse-legacy-report';
export * from './legacy-figures';
export { LEGACY_SECTION_KEYS } from './legacy-sections';
export { normaliseLegacyText } from './normalise-text';
export * from './legacy-to-report';
export * from './legacy-file';
