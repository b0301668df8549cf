import { mailHref, telHref } from './contact-links';

describe(telHref.name, () => {
  it('removes spaces, dashes and slashes', () => {
    expect(telHref('01234 / 567-321')).toBe('tel:01234567321');
  });

  it('drops the "(0)" trunk prefix of international numbers', () => {
    expect(telHref('+49 (0) 1234 567-0')).toBe('tel:+4912345670');
  });
});

describe(mailHref.name, () => {
  it('builds a mailto link without surrounding whitespace', () => {
    expect(mailHref(' amt@landkreis.example ')).toBe(
      'mailto:amt@landkreis.example',
    );
  });
});
