import type { Bilingual } from './errors';

/**
 * The boards a unit keeps in its profile (hồ sơ đơn vị), one registry: each kind with its name and what its
 * seats are called. A new kind is one entry here (and its value in the CHECK of tenancy.unit_profile_boards,
 * compared by test/medium/enum-checks.medium-spec.ts); the API, the rules and the web form follow the list.
 */
export const BOARD_KINDS = ['DEMOCRACY_TEAM', 'PEOPLES_INSPECTION', 'UNION_EXECUTIVE'] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];

/** A seat on a board: its head, a deputy, or a member. */
export const BOARD_ROLES = ['HEAD', 'DEPUTY', 'MEMBER'] as const;
export type BoardRole = (typeof BOARD_ROLES)[number];

export interface BoardKindDefinition {
  name: Bilingual;
  /** What each seat is called on this board ("Trưởng ban" on most, "Chủ tịch" on the union's). */
  roles: Record<BoardRole, Bilingual>;
}

const BAN_ROLES: Record<BoardRole, Bilingual> = {
  HEAD: { vi: 'Trưởng ban', en: 'Head' },
  DEPUTY: { vi: 'Phó Trưởng ban', en: 'Deputy head' },
  MEMBER: { vi: 'Ủy viên', en: 'Member' },
};

export const BOARD_KIND_DEFINITIONS: Record<BoardKind, BoardKindDefinition> = {
  DEMOCRACY_TEAM: {
    name: { vi: 'Ban chỉ đạo / Tổ công tác thực hiện QCDC', en: 'Grassroots democracy steering group / working team' },
    roles: BAN_ROLES,
  },
  PEOPLES_INSPECTION: { name: { vi: 'Ban Thanh tra nhân dân', en: "People's Inspection Board" }, roles: BAN_ROLES },
  UNION_EXECUTIVE: {
    name: { vi: 'Ban Chấp hành Công đoàn cơ sở', en: 'Trade union executive committee' },
    roles: {
      HEAD: { vi: 'Chủ tịch', en: 'Chair' },
      DEPUTY: { vi: 'Phó Chủ tịch', en: 'Vice-chair' },
      MEMBER: { vi: 'Ủy viên Ban Chấp hành', en: 'Executive member' },
    },
  },
};
