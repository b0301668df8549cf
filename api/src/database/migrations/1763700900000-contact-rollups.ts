import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Daily counts of the contact log for the controlling figures (a year is ~10^4 rows, not 10^5–10^6). */
export class ContactRollups1763700900000 implements MigrationInterface {
  name = 'ContactRollups1763700900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'contact_day_stat',
        columns: [
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          { name: 'channel', type: 'varchar', length: '10', isPrimary: true },
          { name: 'outcome', type: 'varchar', length: '10', isPrimary: true },
          {
            name: 'sachgebietCode',
            type: 'varchar',
            length: '20',
            isPrimary: true,
          },
          { name: 'contacts', type: 'integer', default: 0 },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'contact_day_leistung',
        columns: [
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          {
            name: 'leistungId',
            type: 'varchar',
            length: '36',
            isPrimary: true,
          },
          { name: 'contacts', type: 'integer', default: 0 },
        ],
        indices: [
          {
            name: 'IDX_contact_day_leistung_leistung',
            columnNames: ['leistungId'],
          },
        ],
      }),
    );
    // Entries logged before this migration.
    await queryRunner.query(
      `INSERT INTO contact_day_stat (day, channel, outcome, "sachgebietCode", contacts)
       SELECT day, channel, outcome, COALESCE("sachgebietCode", ''), COUNT(*) FROM contact_entry
       GROUP BY day, channel, outcome, COALESCE("sachgebietCode", '')`,
    );
    await queryRunner.query(
      `INSERT INTO contact_day_leistung (day, "leistungId", contacts)
       SELECT day, "leistungId", COUNT(*) FROM contact_entry WHERE "leistungId" IS NOT NULL
       GROUP BY day, "leistungId"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('contact_day_leistung');
    await queryRunner.dropTable('contact_day_stat');
  }
}
