/**
 * "Häufig gesucht" on the start page while an instance has too little desk
 * usage to tell (e.g. right after installation): the services that make up most of a
 * district office's counter traffic — vehicle registration, driving licences,
 * waste, Wohngeld, Schwerbehindertenausweis, residence permits. Slugs that are
 * not published (or not valid today) are left out, as the list is filtered
 * through the public index.
 */
export const TOP_LEISTUNGEN_INTERIM: readonly string[] = [
  'kfz-neuzulassung',
  'kfz-wunschkennzeichen',
  'kfz-ummeldung-umzug',
  'kfz-ausserbetriebsetzung',
  'fuehrerschein-pflichtumtausch',
  'fuehrerschein-verlust',
  'abfall-sperrmuell',
  'wohngeld-antrag',
  'schwerbehindertenausweis',
  'aufenthalt-aufenthaltserlaubnis-verlaengern',
];
