import { clientAddressOf } from './client-address';

describe('clientAddressOf: the caller as the gateway sees it', () => {
  it('is the peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddressOf('203.0.113.7', '198.51.100.1', 0)).toBe('203.0.113.7');
    expect(clientAddressOf('::ffff:127.0.0.1', undefined, 0)).toBe('127.0.0.1');
  });

  it('behind one proxy, is the address that proxy appended, never what the client wrote before it', () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; nginx appended the address it saw (198.51.100.9).
    expect(clientAddressOf('10.0.0.5', '1.2.3.4, 198.51.100.9', 1)).toBe('198.51.100.9');
    expect(clientAddressOf('10.0.0.5', '198.51.100.9', 1)).toBe('198.51.100.9');
    expect(clientAddressOf('10.0.0.5', ['1.2.3.4', '198.51.100.9'], 1)).toBe('198.51.100.9');
  });

  it('behind two proxies, counts two hops from the right', () => {
    expect(clientAddressOf('10.0.0.5', '1.2.3.4, 198.51.100.9, 10.0.0.4', 2)).toBe('198.51.100.9');
  });

  it('is the peer when the header is missing or holds no address where the proxy should have written one', () => {
    expect(clientAddressOf('10.0.0.5', undefined, 1)).toBe('10.0.0.5');
    expect(clientAddressOf('10.0.0.5', 'không-phải-địa-chỉ', 1)).toBe('10.0.0.5');
    expect(clientAddressOf('10.0.0.5', '2001:db8::1', 1)).toBe('2001:db8::1');
  });
});
