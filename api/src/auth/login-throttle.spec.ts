import { LoginThrottle } from './login-throttle';

describe(LoginThrottle.name, () => {
  let now = 0;
  const throttle = () => new LoginThrottle(() => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('locks a username for one client after five failures, for fifteen minutes', () => {
    const subject = throttle();
    expect([1, 2, 3, 4].map(() => subject.fail('anna', 'pc-1'))).toEqual([
      0, 0, 0, 0,
    ]);
    expect(subject.fail('anna', 'pc-1')).toBe(900);
    expect(subject.retryAfter('anna', 'pc-1')).toBe(900);
    expect(subject.retryAfter('anna', 'pc-2')).toBe(0);
    now += 899_000;
    expect(subject.retryAfter('anna', 'pc-1')).toBe(1);
    now += 1_000;
    expect(subject.retryAfter('anna', 'pc-1')).toBe(0);
  });

  it('forgets failures after a successful sign-in and after the window', () => {
    const subject = throttle();
    [1, 2, 3, 4].forEach(() => subject.fail('anna', 'pc-1'));
    subject.succeed('anna', 'pc-1');
    expect(subject.fail('anna', 'pc-1')).toBe(0);
    [1, 2, 3].forEach(() => subject.fail('bernd', 'pc-1'));
    now += 15 * 60 * 1000;
    expect([1, 2, 3, 4].map(() => subject.fail('bernd', 'pc-1'))).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it('caps one client trying many names', () => {
    const subject = throttle();
    for (let name = 0; name < 29; name++) {
      expect(subject.fail(`name${name}`, 'bot')).toBe(0);
    }
    expect(subject.fail('name29', 'bot')).toBe(900);
    expect(subject.retryAfter('someone-else', 'bot')).toBe(900);
    expect(subject.retryAfter('someone-else', 'pc-1')).toBe(0);
  });
});
