import {
  type LeistungPublic,
  type StandortPublic,
  WEEKDAYS,
  type Weekday,
} from '@auskunft/contracts';

const SCHEMA_DAYS: Record<Weekday, string> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
};

function place(standort: StandortPublic): Record<string, unknown> {
  return {
    '@type': 'GovernmentOffice',
    name: standort.name,
    telephone: standort.phone || undefined,
    email: standort.email || undefined,
    address: {
      '@type': 'PostalAddress',
      streetAddress: standort.street,
      postalCode: standort.postalCode,
      addressLocality: standort.city,
      addressCountry: 'DE',
    },
    openingHoursSpecification: WEEKDAYS.flatMap((day) =>
      (standort.openingHours[day] ?? []).map((range) => ({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: SCHEMA_DAYS[day],
        opens: range.from,
        closes: range.to,
      })),
    ),
  };
}

/** schema.org GovernmentService for a Leistung page, from public fields only. */
export function leistungStructuredData(
  leistung: LeistungPublic,
  url: string,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: leistung.title,
    alternateName: leistung.plainTitle ?? undefined,
    description: leistung.shortText,
    url,
    inLanguage: 'de-DE',
    dateModified: leistung.updatedAt,
    areaServed: { '@type': 'AdministrativeArea', name: 'Landkreis Lindenau' },
    provider: {
      '@type': 'GovernmentOrganization',
      name: leistung.sachgebiet
        ? `Landratsamt Lindenau, ${leistung.sachgebiet.name}`
        : 'Landratsamt Lindenau',
      telephone: leistung.sachgebiet?.phone || undefined,
      email: leistung.sachgebiet?.email || undefined,
    },
    availableChannel: leistung.standorte.map((standort) => ({
      '@type': 'ServiceChannel',
      name: standort.name,
      serviceUrl: standort.appointmentUrl ?? undefined,
      serviceLocation: place(standort),
    })),
    offers: leistung.fees
      .filter((fee) => fee.amountMin !== null)
      .map((fee) => ({
        '@type': 'Offer',
        name: fee.label,
        price: fee.amountMin,
        priceCurrency: fee.currency || 'EUR',
      })),
  };
}
