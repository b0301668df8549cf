import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** The content as last imported, so a re-import can tell local additions from imported text. */
export class ImportSnapshot1763700300000 implements MigrationInterface {
  name = 'ImportSnapshot1763700300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'leistung',
      new TableColumn({ name: 'lastImport', type: 'json', isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('leistung', 'lastImport');
  }
}
