/**
 * A tel: URL from a phone number as people write it ("+49 (0) 7531 800-1234").
 * The "(0)" trunk prefix must go, or the international number dials wrong.
 */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\(0\)/g, '').replace(/[^\d+]/g, '')}`;
}

export function mailHref(email: string): string {
  return `mailto:${email.trim()}`;
}
