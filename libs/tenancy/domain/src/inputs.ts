import { z } from 'zod';
import { ROLES, badInput, field, hasUnsafeCharacters } from '@qcdc/shared/contracts';
import { assertPasswordAcceptable, normaliseProvinceCode, normaliseUsername } from './credentials';
import { provinceSettingsInput } from './province';
import { assertEmail } from './email';
import { TENANCY_TEXT_LIMITS } from './limits';
import { COMMITTEE_UNIT_TYPE, ORG_UNIT_KINDS, normaliseUnitCode } from './org-tree';
import { normaliseUnitTypeCode } from './unit-types';

/**
 * One schema per input of the tenancy API, checked before any resolver work (and reusable by the web app).
 * The output is what the services receive: trimmed, normalised, within range.
 */

/** A password is hashed, never trimmed: long enough (the domain rule), not absurdly long, no control characters. */
export const PASSWORD_MAX_LENGTH = 256;

const newPassword = (options: { field?: string } = {}) =>
  field.rule((password) => {
    assertPasswordAcceptable(password);
    if (password.length > PASSWORD_MAX_LENGTH || hasUnsafeCharacters(password)) {
      throw badInput(
        `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự và không chứa ký tự điều khiển.`,
        `A password has at most ${PASSWORD_MAX_LENGTH} characters and no control characters.`,
      );
    }
    return password;
  }, options);

const fullName = (label = { vi: 'họ và tên', en: 'the full name' }) => field.text(label, { max: TENANCY_TEXT_LIMITS.displayName });

/** An optional email: blank is none; else the one rule the web form uses too (`assertEmail`). */
const optionalEmail = field
  .optionalText({ vi: 'email', en: 'the email' }, { max: TENANCY_TEXT_LIMITS.email })
  .pipe(
    field
      .rule((email) => {
        assertEmail(email);
        return email;
      })
      .nullable(),
  );

export const loginInput = z.object({
  /** Province code; empty for the platform's own admins. */
  province: field
    .rule((code) => (code.trim() ? normaliseProvinceCode(code) : null), { field: 'province' })
    .nullish()
    .transform((code) => code ?? null),
  username: field.rule((username) => {
    if (!username.trim()) throw badInput('Vui lòng nhập tên đăng nhập.', 'Enter your username.');
    return normaliseUsername(username);
  }),
  password: field.rule((password) => {
    if (!password) throw badInput('Vui lòng nhập mật khẩu.', 'Enter your password.');
    // Such a one cannot have been set; refusing it here spares hashing it.
    if (password.length > PASSWORD_MAX_LENGTH || hasUnsafeCharacters(password)) {
      throw badInput(
        `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự và không chứa ký tự điều khiển; vui lòng gõ lại.`,
        `A password has at most ${PASSWORD_MAX_LENGTH} characters and no control characters; type it again.`,
      );
    }
    return password;
  }),
});

export type LoginCredentials = z.output<typeof loginInput>;

const refreshToken = field.rule((token) => {
  if (token.length > 512 || hasUnsafeCharacters(token)) {
    throw badInput('Mã phiên không hợp lệ. Vui lòng đăng nhập lại.', 'The session token is malformed. Sign in again.');
  }
  return token;
});

/**
 * refreshSession and logout: the token as issued; its shape is checked by the session rules. A browser sends
 * none: its refresh token travels in the httpOnly cookie, which the gateway passes on.
 */
export const refreshTokenArgs = z.object({ refreshToken: refreshToken.nullish() });

/** endSession: one of the caller's own sessions. */
export const sessionIdArgs = z.object({ sessionId: field.id({ vi: 'phiên đăng nhập', en: 'session' }) });

/** suspendProvince, reactivateProvince, archiveProvince. */
export const provinceIdArgs = z.object({ id: field.id({ vi: 'tỉnh', en: 'province' }) });

export const createProvinceInput = z.object({
  code: field.rule(normaliseProvinceCode),
  name: field.text({ vi: 'tên tỉnh', en: 'the province name' }, { max: TENANCY_TEXT_LIMITS.provinceName }),
  // The form knows the first admin's credentials as "username" and "password".
  adminUsername: field.rule(normaliseUsername, { field: 'username' }),
  adminPassword: newPassword({ field: 'password' }),
  adminDisplayName: fullName({ vi: 'họ và tên quản trị viên', en: 'the admin’s full name' }),
  /** Left out: the defaults from the province's name (defaultProvinceSettings). */
  settings: provinceSettingsInput.nullish(),
});
export type CreateProvince = z.output<typeof createProvinceInput>;

export const updateProvinceSettingsInput = z.object({
  id: field.id({ vi: 'tỉnh', en: 'province' }),
  settings: provinceSettingsInput,
});
export type UpdateProvinceSettings = z.output<typeof updateProvinceSettingsInput>;

/** The unit type a unit is given: a code of the province's catalogue, or COMMITTEE for the committee and the blocs. */
const unitTypeCode = () =>
  field.rule((code) => (code.trim().toUpperCase() === COMMITTEE_UNIT_TYPE ? COMMITTEE_UNIT_TYPE : normaliseUnitTypeCode(code)), { field: 'unitType' });

const unitTypeNames = {
  name: field.text({ vi: 'tên loại hình', en: 'the type name' }, { max: TENANCY_TEXT_LIMITS.unitTypeName }),
  nameEn: field.text({ vi: 'tên tiếng Anh của loại hình', en: 'the English type name' }, { max: TENANCY_TEXT_LIMITS.unitTypeName }),
};

/** createUnitType: a new type in the province's catalogue, by a code that never changes. */
export const createUnitTypeInput = z.object({ code: field.rule(normaliseUnitTypeCode), ...unitTypeNames });
export type CreateUnitType = z.output<typeof createUnitTypeInput>;

/** updateUnitType: a type's names, and whether new units may take it. */
export const updateUnitTypeInput = z.object({
  code: field.rule(normaliseUnitTypeCode),
  ...unitTypeNames,
  active: z.boolean(),
});
export type UpdateUnitType = z.output<typeof updateUnitTypeInput>;

/** An optional "YYYY-MM-DD" date: absent or null is none. */
const optionalDate = () =>
  field
    .calendarDate()
    .nullish()
    .transform((v) => v ?? null);

export const createOrgUnitInput = z.object({
  parentId: field.id({ vi: 'đơn vị cấp trên', en: 'parent unit' }),
  code: field.rule(normaliseUnitCode),
  name: field.text({ vi: 'tên đơn vị', en: 'the unit name' }, { max: TENANCY_TEXT_LIMITS.unitName }),
  kind: field.oneOf({ vi: 'cấp đơn vị', en: 'the level' }, ORG_UNIT_KINDS),
  unitType: unitTypeCode(),
  /** The day the unit opened; when not given, its parent's (null under the root: before the records). */
  openedOn: optionalDate(),
  /** The first day a period may start on and still expect its report; the day it opened when not given. */
  expectedFrom: optionalDate(),
});
export type CreateOrgUnit = z.output<typeof createOrgUnitInput>;

const unitId = () => field.id({ vi: 'đơn vị', en: 'unit' });
const unitName = () => field.text({ vi: 'tên đơn vị', en: 'the unit name' }, { max: TENANCY_TEXT_LIMITS.unitName });

/** renameOrgUnit: a new name from a date on; the old one stays in the unit's history. */
export const renameOrgUnitInput = z.object({ id: unitId(), name: unitName(), effectiveOn: field.calendarDate() });
export type RenameOrgUnit = z.output<typeof renameOrgUnitInput>;

/** correctOrgUnit: a typo in the current name, the day the unit is expected from, or its type; no history kept. */
export const correctOrgUnitInput = z.object({
  id: unitId(),
  name: unitName().nullish().transform((v) => v ?? null),
  expectedFrom: optionalDate(),
  /** A reporting unit's type, put right (a type of the catalogue, active unless the unit has it already). */
  unitType: unitTypeCode().nullish().transform((v) => v ?? null),
});
export type CorrectOrgUnit = z.output<typeof correctOrgUnitInput>;

/** closeOrgUnit: the unit stops on a date (its reports stay, it is expected for no later period). */
export const closeOrgUnitInput = z.object({ id: unitId(), closedOn: field.calendarDate() });
export type CloseOrgUnit = z.output<typeof closeOrgUnitInput>;

/** moveOrgUnit: the unit (with everything beneath it) under another parent from a date on. */
export const moveOrgUnitInput = z.object({
  id: unitId(),
  parentId: field.id({ vi: 'đơn vị cấp trên', en: 'parent unit' }),
  effectiveOn: field.calendarDate(),
});
export type MoveOrgUnit = z.output<typeof moveOrgUnitInput>;

/** mergeOrgUnits: the sources close into the target on a date; what was beneath them moves to the target. */
export const mergeOrgUnitsInput = z.object({
  sourceIds: field.list({ vi: 'đơn vị sáp nhập', en: 'the units to merge' }, unitId(), { max: 50 }),
  targetId: field.id({ vi: 'đơn vị nhận sáp nhập', en: 'the unit merged into' }),
  effectiveOn: field.calendarDate(),
});
export type MergeOrgUnits = z.output<typeof mergeOrgUnitsInput>;

/** One new unit of a split: its code, name, type and parent (it opens on the split's day, at the old one's level). */
export const splitPartInput = z.object({
  code: field.rule(normaliseUnitCode),
  name: unitName(),
  unitType: unitTypeCode(),
  parentId: field.id({ vi: 'đơn vị cấp trên', en: 'parent unit' }),
});
export type SplitPart = z.output<typeof splitPartInput>;

/** splitOrgUnit: the unit closes on a date and two or more new units open that day, each "split from" it. */
export const splitOrgUnitInput = z.object({
  id: unitId(),
  parts: field.list({ vi: 'các đơn vị mới', en: 'the new units' }, splitPartInput, { max: 20 }),
  effectiveOn: field.calendarDate(),
});
export type SplitOrgUnit = z.output<typeof splitOrgUnitInput>;

/** setReportingLine: from a date on, the unit is reviewed by this bloc instead of its bloc in the tree. */
export const setReportingLineInput = z.object({
  unitId: unitId(),
  reviewerId: field.id({ vi: 'khối/ngành xem xét', en: 'the reviewing bloc' }),
  effectiveOn: field.calendarDate(),
});
export type SetReportingLine = z.output<typeof setReportingLineInput>;

/** endReportingLine: from a date on, the unit is reviewed by its bloc in the tree again. */
export const endReportingLineInput = z.object({ unitId: unitId(), effectiveOn: field.calendarDate() });
export type EndReportingLine = z.output<typeof endReportingLineInput>;

/** orgUnits: the tree as it stands on a date (today when not given). */
export const orgUnitsArgs = z.object({ asOf: optionalDate() });

/** orgUnitHistory: one unit's names, places and dates. */
export const orgUnitIdArgs = z.object({ id: unitId() });

export const createUserInput = z.object({
  username: field.rule(normaliseUsername),
  password: newPassword(),
  displayName: fullName(),
  email: optionalEmail,
  role: field.oneOf({ vi: 'vai trò', en: 'the role' }, ROLES),
  orgUnitId: field.id({ vi: 'đơn vị', en: 'unit' }),
});
export type CreateUser = z.output<typeof createUserInput>;

/** A link's token as it came in the URL; its shape and the row are checked by the link rules. */
const linkToken = field.rule((token) => {
  if (token.length > 512 || hasUnsafeCharacters(token)) {
    throw badInput('Liên kết không đúng. Hãy mở lại liên kết trong thư.', 'The link is malformed. Open the link in the mail again.', {
      field: 'token',
    });
  }
  return token.trim();
});

/** inviteUser: a person by email, with their first membership (role × org unit). */
export const inviteUserInput = z.object({
  email: field.text({ vi: 'email', en: 'the email' }, { max: TENANCY_TEXT_LIMITS.email }).pipe(
    field.rule((email) => {
      assertEmail(email);
      return email.toLowerCase();
    }),
  ),
  displayName: fullName(),
  role: field.oneOf({ vi: 'vai trò', en: 'the role' }, ROLES),
  orgUnitId: field.id({ vi: 'đơn vị', en: 'unit' }),
});
export type InviteUser = z.output<typeof inviteUserInput>;

/** invitation (the preview before accepting). */
export const linkTokenArgs = z.object({ token: linkToken });

/** acceptInvitation: the link's token, the username the person chooses (or the one proposed) and a password. */
export const acceptInvitationInput = z.object({
  token: linkToken,
  username: field.rule(normaliseUsername),
  password: newPassword(),
});
export type AcceptInvitation = z.output<typeof acceptInvitationInput>;

/** requestPasswordReset: the province (none for the platform) and the username or the email address. */
export const requestPasswordResetInput = z.object({
  province: loginInput.shape.province,
  login: field.text({ vi: 'tên đăng nhập hoặc email', en: 'the username or email' }, { max: TENANCY_TEXT_LIMITS.email }),
});
export type RequestPasswordReset = z.output<typeof requestPasswordResetInput>;

/** resetPassword: the link's token and the new password. */
export const resetPasswordInput = z.object({ token: linkToken, password: newPassword() });
export type ResetPassword = z.output<typeof resetPasswordInput>;

/** deactivateUser, reactivateUser, sendPasswordReset. */
export const userIdArgs = z.object({ userId: field.id({ vi: 'người dùng', en: 'user' }) });

/** addMembership, removeMembership: one role on one org unit of one person. */
export const membershipInput = z.object({
  userId: field.id({ vi: 'người dùng', en: 'user' }),
  role: field.oneOf({ vi: 'vai trò', en: 'the role' }, ROLES),
  orgUnitId: field.id({ vi: 'đơn vị', en: 'unit' }),
});
export type MembershipChange = z.output<typeof membershipInput>;

/** importJob, applyImport: one import of the province. */
export const importIdArgs = z.object({ id: field.id({ vi: 'lần nhập dữ liệu', en: 'import' }) });
