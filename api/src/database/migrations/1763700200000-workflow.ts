import {
  MigrationInterface,
  QueryRunner,
  Table,
  TableColumn,
  TableForeignKey,
  TableIndex,
} from 'typeorm';

/** Revisions (working copies and history), audit log, agent feedback, review interval per Sachgebiet. */
export class Workflow1763700200000 implements MigrationInterface {
  name = 'Workflow1763700200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const driver = queryRunner.connection.driver;
    const dateTime = String(driver.normalizeType({ type: Date }));
    const createdAt = (name = 'createdAt') => ({
      name,
      type: String(driver.mappedDataTypes.createDate),
      default: driver.mappedDataTypes.createDateDefault,
    });
    const updatedAt = {
      name: 'updatedAt',
      type: String(driver.mappedDataTypes.updateDate),
      default: driver.mappedDataTypes.updateDateDefault,
    };

    await queryRunner.addColumn(
      'sachgebiet',
      new TableColumn({
        name: 'reviewIntervalMonths',
        type: 'integer',
        default: 12,
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'leistung_revision',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'leistungId', type: 'varchar', length: '36' },
          { name: 'number', type: 'integer' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'content', type: 'json' },
          { name: 'authorId', type: 'varchar', length: '36', isNullable: true },
          { name: 'authorName', type: 'varchar', length: '200' },
          { name: 'lastEditorName', type: 'varchar', length: '200' },
          { name: 'contributorIds', type: 'json' },
          { name: 'changeNote', type: 'text', default: "''" },
          { name: 'submittedAt', type: dateTime, isNullable: true },
          {
            name: 'reviewerName',
            type: 'varchar',
            length: '200',
            isNullable: true,
          },
          { name: 'reviewedAt', type: dateTime, isNullable: true },
          { name: 'reviewComment', type: 'text', isNullable: true },
          { name: 'rejected', type: 'boolean', default: false },
          { name: 'version', type: 'integer' },
          createdAt(),
          updatedAt,
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['leistungId'],
            referencedTableName: 'leistung',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_revision_number',
            columnNames: ['leistungId', 'number'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'IDX_revision_status',
            columnNames: ['status'],
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'audit_entry',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          createdAt('at'),
          { name: 'userId', type: 'varchar', length: '36', isNullable: true },
          { name: 'userName', type: 'varchar', length: '200' },
          { name: 'action', type: 'varchar', length: '40' },
          { name: 'entityType', type: 'varchar', length: '40' },
          { name: 'entityId', type: 'varchar', length: '100' },
          {
            name: 'entityLabel',
            type: 'varchar',
            length: '300',
            default: "''",
          },
          { name: 'fields', type: 'json' },
        ],
        indices: [
          new TableIndex({
            name: 'IDX_audit_entity',
            columnNames: ['entityType', 'entityId'],
          }),
          new TableIndex({ name: 'IDX_audit_at', columnNames: ['at'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'feedback',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'leistungId', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'comment', type: 'text' },
          { name: 'status', type: 'varchar', length: '20', default: "'open'" },
          {
            name: 'createdById',
            type: 'varchar',
            length: '36',
            isNullable: true,
          },
          { name: 'createdByName', type: 'varchar', length: '200' },
          createdAt(),
          { name: 'answer', type: 'text', isNullable: true },
          {
            name: 'answeredByName',
            type: 'varchar',
            length: '200',
            isNullable: true,
          },
          { name: 'answeredAt', type: dateTime, isNullable: true },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['leistungId'],
            referencedTableName: 'leistung',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [
          new TableIndex({
            name: 'IDX_feedback_leistung',
            columnNames: ['leistungId'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('feedback');
    await queryRunner.dropTable('audit_entry');
    await queryRunner.dropTable('leistung_revision');
    await queryRunner.dropColumn('sachgebiet', 'reviewIntervalMonths');
  }
}
