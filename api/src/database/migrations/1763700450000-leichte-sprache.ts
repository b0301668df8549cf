import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** Optional Leichte-Sprache summary of a Leistung, shown in the public guide when present. */
export class LeichteSprache1763700450000 implements MigrationInterface {
  name = 'LeichteSprache1763700450000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'leistung',
      new TableColumn({
        name: 'leichteSprache',
        type: 'text',
        isNullable: true,
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('leistung', 'leichteSprache');
  }
}
