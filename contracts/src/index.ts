export * from './leistung';
export * from './search';
