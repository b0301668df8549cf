export * from './auth';
export * from './leistung';
export * from './search';
export * from './workflow';
export * from './usage';
export * from './operations';
