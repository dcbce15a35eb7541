import { DEFAULT_UNIT_TYPES } from '@qcdc/shared/contracts';
import { ImportExisting, ImportRawTable, checkImport, headerKey, readTable, sheetNamed, sheetOfHeaders } from './import';

const UNIT_HEADERS = ['Mã đơn vị', 'Tên đơn vị', 'Cấp', 'Loại hình', 'Mã đơn vị cấp trên', 'Ngày thành lập'];
const USER_HEADERS = ['Tên đăng nhập', 'Họ và tên', 'Email', 'Vai trò', 'Mã đơn vị'];

const EXISTING: ImportExisting = {
  units: [
    { id: 'root', code: 'BCD', name: 'Ban chỉ đạo tỉnh', kind: 'PROVINCE_COMMITTEE', parentId: null, openedOn: null, closedOn: null },
    { id: 'b1', code: 'KHOI-CQ', name: 'Khối các cơ quan', kind: 'BLOC', parentId: 'root', openedOn: null, closedOn: null },
    { id: 'u1', code: 'SO-TC', name: 'Sở Tài chính', kind: 'UNIT', parentId: 'b1', openedOn: null, closedOn: null },
    { id: 'u2', code: 'SO-CU', name: 'Sở cũ', kind: 'UNIT', parentId: 'b1', openedOn: null, closedOn: '2026-01-01' },
    { id: 'b2', code: 'KHOI-MOI', name: 'Khối mới', kind: 'BLOC', parentId: 'root', openedOn: '2026-06-01', closedOn: null },
  ],
  usernames: new Set(['admin']),
  emails: new Set(['admin@tinh.gov.vn']),
  // The defaults, a type of the province's own and one it no longer uses.
  unitTypes: [
    ...DEFAULT_UNIT_TYPES.map((t) => ({ ...t, active: true })),
    { code: 'HOP_TAC_XA', name: 'Hợp tác xã', nameEn: 'Cooperative', active: true },
    { code: 'TRUONG_CU', name: 'Trường học cũ', nameEn: 'Old school', active: false },
  ],
  today: '2026-03-01',
};

const units = (...rows: string[][]): ImportRawTable => ({ sheet: 'units', headers: UNIT_HEADERS, headerRow: 1, rows: rows.map((cells, i) => ({ row: i + 2, cells })) });
const users = (...rows: string[][]): ImportRawTable => ({ sheet: 'users', headers: USER_HEADERS, headerRow: 1, rows: rows.map((cells, i) => ({ row: i + 2, cells })) });

const check = (u: ImportRawTable | null, p: ImportRawTable | null = null) =>
  checkImport({ units: u && readTable(u).table, users: p && readTable(p).table }, EXISTING);
/** Each problem as "row column: start of the message". */
const problems = (u: ImportRawTable | null, p: ImportRawTable | null = null) =>
  check(u, p).problems.map((x) => `${x.sheet} ${x.row} ${x.column}`);

const GOOD_UNIT = ['SO-XD', 'Sở Xây dựng', 'Đơn vị', 'Cơ quan', 'KHOI-CQ', ''];

describe('import: headers and sheets', () => {
  it.each([
    ['Mã đơn vị', 'mã đơn vị'],
    ['  MÃ  ĐƠN VỊ *', 'mã đơn vị'],
    ['code', 'code'],
  ])('%j reads as %j', (header, key) => expect(headerKey(header)).toBe(key));

  it.each([
    ['Đơn vị', 'units'],
    ['units', 'units'],
    ['Người dùng', 'users'],
    ['USERS', 'users'],
    ['Hướng dẫn', null],
  ])('the sheet %j is %j', (name, sheet) => expect(sheetNamed(name)).toBe(sheet));

  it.each([
    [USER_HEADERS, 'users'],
    [['username', 'full name', 'email', 'role', 'unit code'], 'users'],
    [UNIT_HEADERS, 'units'],
  ])('a CSV with headers %j is %j', (headers, sheet) => expect(sheetOfHeaders(headers)).toBe(sheet));

  it('takes the English keys as headers, in any order', () => {
    const raw: ImportRawTable = { sheet: 'units', headers: ['parent code', 'name', 'code', 'level', 'type'], headerRow: 1, rows: [{ row: 2, cells: ['KHOI-CQ', 'Sở Xây dựng', 'so-xd', 'unit', 'agency'] }] };
    const result = checkImport({ units: readTable(raw).table, users: null }, EXISTING);
    expect(result.problems).toEqual([]);
    expect(result.plan.units).toEqual([
      { row: 2, code: 'SO-XD', name: 'Sở Xây dựng', kind: 'UNIT', unitType: 'AGENCY', parentCode: 'KHOI-CQ', openedOn: null, level: 1 },
    ]);
  });

  it('names each missing required column at the header row', () => {
    const raw: ImportRawTable = { sheet: 'users', headers: ['Tên đăng nhập', 'Email'], headerRow: 3, rows: [] };
    expect(readTable(raw).problems.map((p) => `${p.row} ${p.column}`)).toEqual(['3 Họ và tên', '3 Vai trò', '3 Mã đơn vị']);
  });

  it('skips blank lines', () => expect(readTable(units(['', '', '', '', '', ''], GOOD_UNIT)).table.rows.map((r) => r.row)).toEqual([3]));
});

describe('import: units', () => {
  it.each<[string, string[][], string[]]>([
    ['a good unit', [GOOD_UNIT], []],
    ['a bloc without a type', [['KHOI-MOI2', 'Khối doanh nghiệp', 'Khối, ngành', '', 'BCD', '']], []],
    ['a missing code', [['', 'Sở Xây dựng', 'Đơn vị', 'Cơ quan', 'KHOI-CQ', '']], ['units 2 Mã đơn vị']],
    ['a malformed code', [['SỞ XD', 'Sở Xây dựng', 'Đơn vị', 'Cơ quan', 'KHOI-CQ', '']], ['units 2 Mã đơn vị']],
    ['a missing name', [['SO-XD', '', 'Đơn vị', 'Cơ quan', 'KHOI-CQ', '']], ['units 2 Tên đơn vị']],
    ['an unknown level', [['SO-XD', 'Sở Xây dựng', 'Tỉnh', 'Cơ quan', 'KHOI-CQ', '']], ['units 2 Cấp']],
    ['a bad unit type', [['SO-XD', 'Sở Xây dựng', 'Đơn vị', 'Trường học', 'KHOI-CQ', '']], ['units 2 Loại hình']],
    ['a type the province no longer uses', [['SO-XD', 'Sở Xây dựng', 'Đơn vị', 'Trường học cũ', 'KHOI-CQ', '']], ['units 2 Loại hình']],
    ['a type of the province by its name', [['HTX-1', 'HTX Tân Phú', 'Đơn vị', 'hợp tác  xã', 'KHOI-CQ', '']], []],
    ['a type of the province by its code', [['HTX-1', 'HTX Tân Phú', 'Đơn vị', 'hop_tac_xa', 'KHOI-CQ', '']], []],
    ['a type of the province by its English name', [['HTX-1', 'HTX Tân Phú', 'Đơn vị', 'Cooperative', 'KHOI-CQ', '']], []],
    ['a unit without a type', [['SO-XD', 'Sở Xây dựng', 'Đơn vị', '', 'KHOI-CQ', '']], ['units 2 Loại hình']],
    ['a bloc typed as an agency', [['KHOI-X', 'Khối X', 'Khối', 'Cơ quan', 'BCD', '']], ['units 2 Loại hình']],
    ['a bad date', [['SO-XD', 'Sở Xây dựng', 'Đơn vị', 'Cơ quan', 'KHOI-CQ', '31/02/2026']], ['units 2 Ngày thành lập']],
    ['a code the province has', [['SO-TC', 'Sở Tài chính 2', 'Đơn vị', 'Cơ quan', 'KHOI-CQ', '']], ['units 2 Mã đơn vị']],
    ['a code of a closed unit', [['so-cu', 'Sở mới', 'Đơn vị', 'Cơ quan', 'KHOI-CQ', '']], ['units 2 Mã đơn vị']],
    ['a code twice in the file', [GOOD_UNIT, ['SO-XD', 'Sở Xây dựng 2', 'Đơn vị', 'Cơ quan', 'KHOI-CQ', '']], ['units 3 Mã đơn vị']],
    ['an unknown parent', [['SO-XD', 'Sở Xây dựng', 'Đơn vị', 'Cơ quan', 'KHOI-KHAC', '']], ['units 2 Mã đơn vị cấp trên']],
    ['a closed parent', [['X-1', 'Phòng', 'Đơn vị', 'Cơ quan', 'SO-CU', '']], ['units 2 Mã đơn vị cấp trên']],
    ['a bloc under a bloc', [['KHOI-X', 'Khối X', 'Khối', '', 'KHOI-CQ', '']], ['units 2 Mã đơn vị cấp trên']],
    ['a unit under a unit', [['X-1', 'Phòng', 'Đơn vị', 'Cơ quan', 'SO-TC', '']], ['units 2 Mã đơn vị cấp trên']],
    ['a name taken under the parent', [['SO-TC2', 'sở  tài chính', 'Đơn vị', 'Cơ quan', 'KHOI-CQ', '']], ['units 2 Tên đơn vị']],
    ['a name twice under one parent in the file', [GOOD_UNIT, ['SO-XD2', 'Sở Xây dựng', 'Đơn vị', 'Cơ quan', 'KHOI-CQ', '']], ['units 3 Tên đơn vị']],
    ['the same name under two parents', [GOOD_UNIT, ['SO-XD2', 'Sở Xây dựng', 'Đơn vị', 'Cơ quan', 'BCD', '']], []],
    ['a unit opened before its parent', [['X-1', 'Phòng', 'Đơn vị', 'Cơ quan', 'KHOI-MOI', '2026-05-01']], ['units 2 Ngày thành lập']],
    [
      'a cycle in the file',
      [
        ['KHOI-A', 'Khối A', 'Khối', '', 'KHOI-B', ''],
        ['KHOI-B', 'Khối B', 'Khối', '', 'KHOI-A', ''],
        ['X-1', 'Đơn vị X', 'Đơn vị', 'Cơ quan', 'KHOI-A', ''],
      ],
      ['units 2 Mã đơn vị cấp trên', 'units 3 Mã đơn vị cấp trên'],
    ],
    ['a unit under itself', [['KHOI-A', 'Khối A', 'Khối', '', 'KHOI-A', '']], ['units 2 Mã đơn vị cấp trên']],
  ])('%s', (_case, rows, expected) => expect(problems(units(...rows))).toEqual(expected));

  it('orders the plan parents first, whatever the order of the file', () => {
    const plan = check(units(['X-1', 'Đơn vị X', 'Đơn vị', 'Xã, phường', 'KHOI-A', '2026-04-01'], ['KHOI-A', 'Khối A', 'Khối', '', 'BCD', '2026-04-01'])).plan;
    expect(plan.units.map((u) => [u.code, u.level, u.unitType])).toEqual([
      ['KHOI-A', 1, 'COMMITTEE'],
      ['X-1', 2, 'COMMUNE'],
    ]);
  });

  it('says in Vietnamese which row a duplicate code repeats', () => {
    const [problem] = check(units(GOOD_UNIT, ['so-xd', 'Sở khác', 'Đơn vị', 'Cơ quan', 'KHOI-CQ', ''])).problems;
    expect(problem.message).toBe('Mã đơn vị "SO-XD" đã dùng ở dòng 2 của tệp. Mỗi đơn vị một mã.');
  });
});

describe('import: people', () => {
  const GOOD_USER = ['nguyen.van.a', 'Nguyễn Văn A', 'a@so-xd.gov.vn', 'Cán bộ báo cáo đơn vị', 'SO-TC'];
  it.each<[string, string[][], string[]]>([
    ['a good person', [GOOD_USER], []],
    ['a person of a unit in the file', [['b.b', 'B', 'b@x.vn', 'UNIT_HEAD', 'SO-XD']], []],
    ['a missing username', [['', 'Nguyễn Văn A', 'a@x.vn', 'UNIT_HEAD', 'SO-TC']], ['users 2 Tên đăng nhập']],
    ['a username with diacritics', [['nguyễn', 'Nguyễn Văn A', 'a@x.vn', 'UNIT_HEAD', 'SO-TC']], ['users 2 Tên đăng nhập']],
    ['a taken username', [['ADMIN', 'Nguyễn Văn A', 'a@x.vn', 'UNIT_HEAD', 'SO-TC']], ['users 2 Tên đăng nhập']],
    ['a username twice', [GOOD_USER, ['nguyen.van.a', 'Nguyễn Văn B', 'b@x.vn', 'UNIT_HEAD', 'SO-TC']], ['users 3 Tên đăng nhập']],
    ['an invalid email', [['a.a', 'A', 'a@', 'UNIT_HEAD', 'SO-TC']], ['users 2 Email']],
    ['a missing email', [['a.a', 'A', '', 'UNIT_HEAD', 'SO-TC']], ['users 2 Email']],
    ['an email of the province', [['a.a', 'A', 'Admin@Tinh.gov.vn', 'UNIT_HEAD', 'SO-TC']], ['users 2 Email']],
    ['an email twice', [GOOD_USER, ['b.b', 'B', 'A@so-xd.gov.vn', 'UNIT_HEAD', 'SO-TC']], ['users 3 Email']],
    ['an unknown role', [['a.a', 'A', 'a@x.vn', 'Giám đốc', 'SO-TC']], ['users 2 Vai trò']],
    ['the platform admin role', [['a.a', 'A', 'a@x.vn', 'PLATFORM_ADMIN', 'SO-TC']], ['users 2 Vai trò']],
    ['a role of another level', [['a.a', 'A', 'a@x.vn', 'Thẩm định khối', 'SO-TC']], ['users 2 Vai trò']],
    ['an unknown unit', [['a.a', 'A', 'a@x.vn', 'UNIT_HEAD', 'SO-KHAC']], ['users 2 Mã đơn vị']],
    ['a closed unit', [['a.a', 'A', 'a@x.vn', 'UNIT_HEAD', 'SO-CU']], ['users 2 Mã đơn vị']],
    ['a missing name', [['a.a', '', 'a@x.vn', 'UNIT_HEAD', 'SO-TC']], ['users 2 Họ và tên']],
  ])('%s', (_case, rows, expected) => expect(problems(units(GOOD_UNIT), users(...rows))).toEqual(expected));

  it('plans a person with the checked values', () => {
    expect(check(null, users(GOOD_USER)).plan.users).toEqual([
      { row: 2, username: 'nguyen.van.a', displayName: 'Nguyễn Văn A', email: 'a@so-xd.gov.vn', role: 'UNIT_REPORTER', unitCode: 'SO-TC' },
    ]);
  });

  it('lists every problem of a row, not only the first', () => {
    expect(problems(null, users(['x', '', 'nope', 'Giám đốc', '']))).toEqual([
      'users 2 Tên đăng nhập',
      'users 2 Họ và tên',
      'users 2 Email',
      'users 2 Vai trò',
      'users 2 Mã đơn vị',
    ]);
  });
});

describe('import: opening days', () => {
  it("gives a unit without one its parent's, from the province or the file (null: it stood before the records)", () => {
    const { problems, plan } = check(
      units(
        ['X-2', 'Đơn vị con', 'Đơn vị', 'Cơ quan', 'KHOI-X', ''],
        ['KHOI-X', 'Khối X', 'Khối', '', 'BCD', '2026-07-01'],
        ['X-1', 'Đơn vị dưới khối mới', 'Đơn vị', 'Cơ quan', 'KHOI-MOI', ''],
        ['X-3', 'Đơn vị có từ trước', 'Đơn vị', 'Cơ quan', 'KHOI-CQ', ''],
        ['X-4', 'Đơn vị mới lập', 'Đơn vị', 'Cơ quan', 'KHOI-CQ', '2026-05-01'],
      ),
    );
    expect(problems).toEqual([]);
    expect(Object.fromEntries(plan.units.map((u) => [u.code, u.openedOn]))).toEqual({
      'KHOI-X': '2026-07-01',
      'X-1': '2026-06-01',
      'X-2': '2026-07-01',
      'X-3': null,
      'X-4': '2026-05-01',
    });
  });
});
