import {
  MigrationInterface,
  QueryRunner,
  Table,
  TableColumnOptions,
  TableForeignKey,
  TableIndex,
} from 'typeorm';

/**
 * Written with TypeORM's schema builder instead of raw SQL so that the same
 * migration runs on SQLite and PostgreSQL; the dialect-specific column types
 * come from the driver.
 */
export class InitialSchema1763700000000 implements MigrationInterface {
  name = 'InitialSchema1763700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const driver = queryRunner.connection.driver;
    const timestamps: TableColumnOptions[] = [
      {
        name: 'createdAt',
        type: String(driver.mappedDataTypes.createDate),
        default: driver.mappedDataTypes.createDateDefault,
      },
      {
        name: 'updatedAt',
        type: String(driver.mappedDataTypes.updateDate),
        default: driver.mappedDataTypes.updateDateDefault,
      },
    ];
    const id: TableColumnOptions = {
      name: 'id',
      type: 'varchar',
      length: '36',
      isPrimary: true,
    };
    const text = (name: string, nullable = false): TableColumnOptions =>
      nullable
        ? { name, type: 'text', isNullable: true }
        : { name, type: 'text', default: "''" };
    const varchar = (
      name: string,
      length: number,
      nullable = false,
    ): TableColumnOptions =>
      nullable
        ? { name, type: 'varchar', length: String(length), isNullable: true }
        : { name, type: 'varchar', length: String(length), default: "''" };
    const json = (name: string): TableColumnOptions => ({ name, type: 'json' });
    const date = (name: string): TableColumnOptions => ({
      name,
      type: 'date',
      isNullable: true,
    });

    await queryRunner.createTable(
      new Table({
        name: 'standort',
        columns: [
          id,
          { name: 'key', type: 'varchar', length: '80', isUnique: true },
          { name: 'name', type: 'varchar', length: '200' },
          varchar('street', 200),
          varchar('postalCode', 10),
          varchar('city', 100),
          varchar('phone', 60),
          varchar('email', 200),
          json('openingHours'),
          json('exceptions'),
          text('accessibility'),
          varchar('appointmentUrl', 500, true),
          ...timestamps,
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'sachgebiet',
        columns: [
          id,
          { name: 'code', type: 'varchar', length: '20', isUnique: true },
          { name: 'name', type: 'varchar', length: '200' },
          varchar('department', 200),
          varchar('phone', 60),
          varchar('email', 200),
          varchar('room', 60),
          {
            name: 'standortId',
            type: 'varchar',
            length: '36',
            isNullable: true,
          },
          json('openingHours'),
          varchar('forwardingEmail', 200),
          { name: 'answerDeadlineDays', type: 'integer', default: 1 },
          varchar('internalPhone', 200, true),
          ...timestamps,
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['standortId'],
            referencedTableName: 'standort',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'lebenslage',
        columns: [
          id,
          { name: 'slug', type: 'varchar', length: '80', isUnique: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'parentId', type: 'varchar', length: '36', isNullable: true },
          text('description'),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['parentId'],
            referencedTableName: 'lebenslage',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'leistung',
        columns: [
          id,
          { name: 'slug', type: 'varchar', length: '200', isUnique: true },
          varchar('leikaKey', 14, true),
          { name: 'title', type: 'varchar', length: '300' },
          varchar('plainTitle', 300, true),
          { name: 'shortText', type: 'text' },
          text('fullText'),
          json('prerequisites'),
          json('requiredDocuments'),
          json('fees'),
          text('processingTime'),
          text('deadlines'),
          text('procedure'),
          text('legalBasis'),
          json('forms'),
          json('onlineServices'),
          json('furtherLinks'),
          json('searchTerms'),
          {
            name: 'sachgebietId',
            type: 'varchar',
            length: '36',
            isNullable: true,
          },
          text('internalNotes', true),
          { name: 'status', type: 'varchar', length: '20', default: "'draft'" },
          date('validFrom'),
          date('validTo'),
          date('reviewDue'),
          date('lastReviewedAt'),
          varchar('externalRefSource', 60, true),
          varchar('externalRefId', 200, true),
          { name: 'version', type: 'integer' },
          ...timestamps,
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['sachgebietId'],
            referencedTableName: 'sachgebiet',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_leistung_external_ref',
            columnNames: ['externalRefSource', 'externalRefId'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'IDX_leistung_status',
            columnNames: ['status'],
          }),
        ],
      }),
    );

    for (const [table, column, target] of [
      ['leistung_lebenslage', 'lebenslageId', 'lebenslage'],
      ['leistung_standort', 'standortId', 'standort'],
    ] as const) {
      await queryRunner.createTable(
        new Table({
          name: table,
          columns: [
            {
              name: 'leistungId',
              type: 'varchar',
              length: '36',
              isPrimary: true,
            },
            { name: column, type: 'varchar', length: '36', isPrimary: true },
          ],
          foreignKeys: [
            new TableForeignKey({
              columnNames: ['leistungId'],
              referencedTableName: 'leistung',
              referencedColumnNames: ['id'],
              onDelete: 'CASCADE',
            }),
            new TableForeignKey({
              columnNames: [column],
              referencedTableName: target,
              referencedColumnNames: ['id'],
              onDelete: 'CASCADE',
            }),
          ],
          indices: [
            new TableIndex({
              name: `IDX_${table}_${column}`,
              columnNames: [column],
            }),
          ],
        }),
      );
    }

    await queryRunner.createTable(
      new Table({
        name: 'search_outbox',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'leistungId', type: 'varchar', length: '36' },
          { name: 'attempts', type: 'integer', default: 0 },
          {
            name: 'nextAttemptAt',
            type: String(driver.normalizeType({ type: Date })),
          },
          text('lastError', true),
          timestamps[0],
        ],
        indices: [
          new TableIndex({
            name: 'IDX_search_outbox_next',
            columnNames: ['nextAttemptAt'],
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'app_meta',
        columns: [
          { name: 'key', type: 'varchar', length: '100', isPrimary: true },
          { name: 'value', type: 'text' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'app_meta',
      'search_outbox',
      'leistung_standort',
      'leistung_lebenslage',
      'leistung',
      'lebenslage',
      'sachgebiet',
      'standort',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
