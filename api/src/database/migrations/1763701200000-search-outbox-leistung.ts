import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * The outbox worker looks up rows by Leistung on every drain (the pending rebuild
 * request, REBUILD_REQUEST); the queue grows while the engine is away, so the lookup
 * gets an index instead of a scan.
 */
export class SearchOutboxLeistung1763701200000 implements MigrationInterface {
  name = 'SearchOutboxLeistung1763701200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'search_outbox',
      new TableIndex({
        name: 'IDX_search_outbox_leistung',
        columnNames: ['leistungId'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('search_outbox', 'IDX_search_outbox_leistung');
  }
}
