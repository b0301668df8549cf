import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** Daily counts of settled searches per channel and normalized query (no user, no time of day). */
export class SearchQueryStats1763701000000 implements MigrationInterface {
  name = 'SearchQueryStats1763701000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'search_query_day',
        columns: [
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          { name: 'channel', type: 'varchar', length: '10', isPrimary: true },
          { name: 'query', type: 'varchar', length: '100', isPrimary: true },
          { name: 'searches', type: 'integer', default: 0 },
          { name: 'zeroHits', type: 'integer', default: 0 },
        ],
      }),
    );
    await queryRunner.createIndex(
      'search_query_day',
      new TableIndex({
        name: 'IDX_search_query_day_day',
        columnNames: ['day'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('search_query_day');
  }
}
