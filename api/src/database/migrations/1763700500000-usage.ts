import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** Aggregated desk usage: answer views per Leistung and day, missing topics per query and day. */
export class Usage1763700500000 implements MigrationInterface {
  name = 'Usage1763700500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'leistung_view_day',
        columns: [
          {
            name: 'leistungId',
            type: 'varchar',
            length: '36',
            isPrimary: true,
          },
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          { name: 'views', type: 'integer', default: 0 },
        ],
      }),
    );
    await queryRunner.createIndex(
      'leistung_view_day',
      new TableIndex({
        name: 'IDX_leistung_view_day_day',
        columnNames: ['day'],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'missing_topic_day',
        columns: [
          { name: 'query', type: 'varchar', length: '200', isPrimary: true },
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          { name: 'reports', type: 'integer', default: 0 },
        ],
      }),
    );
    await queryRunner.createIndex(
      'missing_topic_day',
      new TableIndex({
        name: 'IDX_missing_topic_day_day',
        columnNames: ['day'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('missing_topic_day');
    await queryRunner.dropTable('leistung_view_day');
  }
}
