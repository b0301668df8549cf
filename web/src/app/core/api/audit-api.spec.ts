import { auditExportUrl, auditFilterParams } from './audit-api';

describe(auditFilterParams.name, () => {
  it('keeps only the filters that are set, trimmed', () => {
    expect(
      auditFilterParams({ entityType: 'user', action: ' ', userName: ' Eva ' }),
    ).toEqual({ entityType: 'user', userName: 'Eva' });
  });
});

describe(auditExportUrl.name, () => {
  it('links the CSV export with the same filters, encoded', () => {
    expect(auditExportUrl({ userName: 'Eva R.', from: '2026-01-01' })).toBe(
      '/api/v1/audit/export.csv?userName=Eva%20R.&from=2026-01-01',
    );
    expect(auditExportUrl({})).toBe('/api/v1/audit/export.csv');
  });
});
