import { GraphQLError, OperationDefinitionNode, buildSchema, parse, validate } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { formatGatewayError, gatewayRefusal } from './gateway-errors';

// The messages come from graphql-js itself, so a change of its wording fails here rather than in production.
const schema = buildSchema(`
  enum Role { UNIT_REPORTER UNIT_HEAD }
  input Score { criterionId: ID! points: Float! }
  input UserInput { displayName: String! role: Role! scores: [Score!] }
  type Query { rubric(year: Int!, input: UserInput, active: Boolean, id: ID): Int }
`);

/** The refusal of an operation with inline values (GRAPHQL_VALIDATION_FAILED). */
const validating = (query: string) => validate(schema, parse(query))[0].message;

/** The refusal of a variable's value (BAD_USER_INPUT). */
const coercing = (variables: Record<string, unknown>) => {
  const operation = parse('query($year: Int!, $input: UserInput, $active: Boolean, $id: ID) { rubric(year: $year, input: $input, active: $active, id: $id) }');
  const definitions = (operation.definitions[0] as OperationDefinitionNode).variableDefinitions ?? [];
  return (getVariableValues(schema, definitions, variables).errors as GraphQLError[])[0].message;
};

const user = { displayName: 'Nguyễn Văn A', role: 'UNIT_REPORTER' };

describe("the gateway's own refusals, in Vietnamese", () => {
  it.each<[string, string, string, string | undefined]>([
    ['an Int beyond 32 bits', coercing({ year: 2_147_483_648 }), 'Số "year" vượt giới hạn: số nguyên chỉ nhận từ -2147483648 đến 2147483647. Vui lòng nhập lại.', 'year'],
    ['an inline Int beyond 32 bits', validating('{ rubric(year: 99999999999) }'), 'Số vượt giới hạn: số nguyên chỉ nhận từ -2147483648 đến 2147483647. Vui lòng nhập lại.', undefined],
    ['a fraction for an Int', coercing({ year: 2026.5 }), 'Giá trị "year" phải là số nguyên. Vui lòng nhập lại.', 'year'],
    ['text for a Float', coercing({ year: 2026, input: { ...user, scores: [{ criterionId: 'x', points: 'mười' }] } }), 'Giá trị "points" phải là số. Vui lòng nhập lại.', 'points'],
    ['a number for a String', coercing({ year: 2026, input: { ...user, displayName: 5 } }), 'Giá trị "displayName" phải là văn bản (chuỗi ký tự). Vui lòng nhập lại.', 'displayName'],
    ['a fraction for an ID', coercing({ year: 2026, id: 1.5 }), 'Mã "id" phải là chuỗi ký tự. Vui lòng tải lại trang.', 'id'],
    ['text for a Boolean', coercing({ year: 2026, active: 'có' }), 'Giá trị "active" phải là true hoặc false.', 'active'],
    ['null for a required variable', coercing({ year: null }), 'Vui lòng nhập "year": biến này bắt buộc, không được để trống.', 'year'],
    ['a required variable left out', coercing({}), 'Vui lòng nhập "year": biến này bắt buộc, không được để trống.', 'year'],
    ['null for a required field', coercing({ year: 2026, input: { ...user, displayName: null } }), 'Vui lòng nhập "displayName": trường này không được để trống.', 'displayName'],
    ['null in a list', coercing({ year: 2026, input: { ...user, scores: [null] } }), 'Vui lòng nhập "scores": trường này không được để trống.', 'scores'],
    ['a required field left out', coercing({ year: 2026, input: { role: 'UNIT_HEAD' } }), 'Vui lòng nhập "displayName": trường này bắt buộc.', 'displayName'],
    ['an inline null for a required field', validating('{ rubric(year: null) }'), 'Vui lòng nhập giá trị bắt buộc: trường này không được để trống.', undefined],
    ['a required argument left out', validating('{ rubric }'), 'Thiếu tham số bắt buộc "year". Vui lòng bổ sung.', 'year'],
    ['an unknown enum value', coercing({ year: 2026, input: { ...user, role: 'KING' } }), 'Giá trị "role" không thuộc danh sách cho phép. Vui lòng chọn một giá trị trong danh sách.', 'role'],
    ['an inline unknown enum value', validating('{ rubric(year: 2026, input: { displayName: "A", role: KING }) }'), 'Giá trị không thuộc danh sách cho phép. Vui lòng chọn một giá trị trong danh sách.', undefined],
    ['a string for an enum', validating('{ rubric(year: 2026, input: { displayName: "A", role: "UNIT_HEAD" }) }'), 'Giá trị không thuộc danh sách cho phép. Vui lòng chọn một giá trị trong danh sách.', undefined],
    ['a field the input does not have', coercing({ year: 2026, input: { ...user, salary: 1 } }), 'Trường "salary" không thuộc dữ liệu được phép gửi. Vui lòng bỏ trường này.', 'salary'],
    ['text for an input object', coercing({ year: 2026, input: 'người dùng' }), 'Giá trị "input" phải là một đối tượng (các trường trong {}).', 'input'],
    ['an unknown argument', validating('{ rubric(year: 2026, month: 1) }'), 'Tham số "month" không có. Vui lòng bỏ tham số này.', 'month'],
    ['an unknown field', validating('{ salary }'), 'Trường "salary" không có. Vui lòng kiểm tra lại tên trường.', 'salary'],
  ])('%s', (_name, english, vi, field) => {
    expect(gatewayRefusal(english, 'BAD_USER_INPUT')).toEqual(field ? { vi, field } : { vi });
  });

  it('names no field from a key that is not a name, and falls back on the code', () => {
    expect(gatewayRefusal(coercing({ year: 2026, input: { ...user, 'a b': 1 } }), 'BAD_USER_INPUT')).toEqual({
      vi: 'Trường không thuộc dữ liệu được phép gửi. Vui lòng bỏ trường này.',
    });
    expect(gatewayRefusal('Something new from graphql-js', 'GRAPHQL_VALIDATION_FAILED').vi).toBe(
      'Câu truy vấn không khớp với lược đồ GraphQL. Vui lòng kiểm tra lại.',
    );
  });
});

describe('formatGatewayError', () => {
  it("keeps a gateway refusal's code, says it in Vietnamese and moves the English to messageEn", () => {
    const english = coercing({ year: 2_147_483_648 });
    expect(formatGatewayError({ message: english, extensions: { code: 'BAD_USER_INPUT' } })).toEqual({
      message: 'Số "year" vượt giới hạn: số nguyên chỉ nhận từ -2147483648 đến 2147483647. Vui lòng nhập lại.',
      extensions: { code: 'BAD_USER_INPUT', messageEn: english, field: 'year' },
    });
  });

  it("passes a subgraph's error through as it is", () => {
    const error = { message: 'Không tìm thấy đơn vị.', path: ['x'], extensions: { code: 'NOT_FOUND', messageEn: 'No such unit.', field: 'unitId' } };
    expect(formatGatewayError(error)).toBe(error);
  });

  it.each([{ code: 'INTERNAL_SERVER_ERROR' }, {}])('answers SERVICE_UNAVAILABLE for a subgraph that does not answer (%j)', (extensions) => {
    expect(formatGatewayError({ message: 'connect ECONNREFUSED', extensions }).extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      messageEn: 'Part of the system is not answering right now. Try again in a few minutes.',
    });
  });
});
