/**
 * The longest text each field of the tenancy API takes: the input schemas check them, the web forms stop typing
 * there (maxLength). Codes and usernames carry their length in their patterns too (credentials.spec.ts and
 * org-tree.spec.ts hold the two together).
 */
export const TENANCY_TEXT_LIMITS = {
  provinceCode: 32,
  provinceName: 120,
  unitCode: 32,
  unitName: 200,
  unitTypeCode: 32,
  unitTypeName: 120,
  username: 64,
  displayName: 120,
  email: 254,
  /** A person's position in a unit (chức vụ). */
  title: 200,
  /** The key that names a person within one unit profile. */
  profileKey: 40,
} as const;
