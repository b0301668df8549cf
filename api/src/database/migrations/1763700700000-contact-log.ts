import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** The service center's contact log: no agent, no citizen, time only to the hour. */
export class ContactLog1763700700000 implements MigrationInterface {
  name = 'ContactLog1763700700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'contact_entry',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'day', type: 'varchar', length: '10' },
          { name: 'hour', type: 'smallint' },
          { name: 'channel', type: 'varchar', length: '10' },
          { name: 'outcome', type: 'varchar', length: '10' },
          {
            name: 'leistungId',
            type: 'varchar',
            length: '36',
            isNullable: true,
          },
          { name: 'topic', type: 'varchar', length: '200', isNullable: true },
          {
            name: 'sachgebietCode',
            type: 'varchar',
            length: '20',
            isNullable: true,
          },
        ],
      }),
    );
    await queryRunner.createIndices('contact_entry', [
      new TableIndex({ name: 'IDX_contact_entry_day', columnNames: ['day'] }),
      new TableIndex({
        name: 'IDX_contact_entry_day_outcome',
        columnNames: ['day', 'outcome'],
      }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('contact_entry');
  }
}
