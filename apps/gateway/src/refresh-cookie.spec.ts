import { refreshCookieOptions, refreshTokenFromCookies } from './refresh-cookie';

describe('the refresh cookie', () => {
  it.each([
    ['http://127.0.0.1:4200/', { secure: false, path: '/' }],
    ['https://qcdc.vinhlong.gov.vn/', { secure: true, path: '/' }],
    ['https://dichvu.gov.vn/qcdc/', { secure: true, path: '/qcdc/' }],
  ])('for a web at %s is httpOnly, SameSite=Strict and bound to its path', (web, expected) => {
    expect(refreshCookieOptions(web)).toEqual({ httpOnly: true, sameSite: 'strict', ...expected });
  });

  it.each([
    [undefined, undefined],
    ['', undefined],
    ['qcdc_refresh=abc.def', 'abc.def'],
    ['theme=dark; qcdc_refresh=a%2Eb ; other=1', 'a.b'],
    ['xqcdc_refresh=stolen; qcdc_refreshx=no', undefined],
    ['qcdc_refresh=', undefined],
    ['qcdc_refresh=%E0%A4%A', undefined],
  ])('is read from the Cookie header %p', (header, expected) => {
    expect(refreshTokenFromCookies(header)).toBe(expected);
  });
});
