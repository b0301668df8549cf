import {
  MigrationInterface,
  QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
} from 'typeorm';

/** Weiterleitungen to a Sachgebiet with an answer deadline and an answer token. */
export class Forwardings1763700800000 implements MigrationInterface {
  name = 'Forwardings1763700800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const dateTime = String(
      queryRunner.connection.driver.normalizeType({ type: Date }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'forwarding',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'token', type: 'varchar', length: '64' },
          { name: 'sachgebietId', type: 'varchar', length: '36' },
          {
            name: 'leistungId',
            type: 'varchar',
            length: '36',
            isNullable: true,
          },
          { name: 'concern', type: 'text' },
          { name: 'callbackName', type: 'varchar', length: '200' },
          { name: 'callbackContact', type: 'varchar', length: '200' },
          { name: 'createdAt', type: dateTime },
          { name: 'createdDay', type: 'varchar', length: '10' },
          { name: 'deadline', type: 'varchar', length: '10' },
          { name: 'answeredAt', type: dateTime, isNullable: true },
          {
            name: 'answeredDay',
            type: 'varchar',
            length: '10',
            isNullable: true,
          },
          { name: 'mailSentAt', type: dateTime, isNullable: true },
          {
            name: 'remindedDay',
            type: 'varchar',
            length: '10',
            isNullable: true,
          },
          { name: 'personalDataErasedAt', type: dateTime, isNullable: true },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['sachgebietId'],
            referencedTableName: 'sachgebiet',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          }),
        ],
        indices: [
          new TableIndex({
            name: 'IDX_forwarding_token',
            columnNames: ['token'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'IDX_forwarding_created_day',
            columnNames: ['createdDay'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('forwarding');
  }
}
