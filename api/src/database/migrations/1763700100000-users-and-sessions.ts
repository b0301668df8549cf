import {
  MigrationInterface,
  QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
} from 'typeorm';

export class UsersAndSessions1763700100000 implements MigrationInterface {
  name = 'UsersAndSessions1763700100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const driver = queryRunner.connection.driver;
    const dateTime = String(driver.normalizeType({ type: Date }));
    const createdAt = {
      name: 'createdAt',
      type: String(driver.mappedDataTypes.createDate),
      default: driver.mappedDataTypes.createDateDefault,
    };
    const updatedAt = {
      name: 'updatedAt',
      type: String(driver.mappedDataTypes.updateDate),
      default: driver.mappedDataTypes.updateDateDefault,
    };
    await queryRunner.createTable(
      new Table({
        name: 'app_user',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'username', type: 'varchar', length: '100', isUnique: true },
          { name: 'displayName', type: 'varchar', length: '200' },
          { name: 'passwordHash', type: 'varchar', length: '255' },
          { name: 'role', type: 'varchar', length: '20' },
          { name: 'active', type: 'boolean', default: true },
          createdAt,
          updatedAt,
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user_sachgebiet',
        columns: [
          { name: 'userId', type: 'varchar', length: '36', isPrimary: true },
          {
            name: 'sachgebietId',
            type: 'varchar',
            length: '36',
            isPrimary: true,
          },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['userId'],
            referencedTableName: 'app_user',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['sachgebietId'],
            referencedTableName: 'sachgebiet',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [
          new TableIndex({
            name: 'IDX_user_sachgebiet_sachgebietId',
            columnNames: ['sachgebietId'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'session',
        columns: [
          { name: 'tokenHash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'userId', type: 'varchar', length: '36' },
          { name: 'expiresAt', type: dateTime },
          { name: 'lastSeenAt', type: dateTime },
          createdAt,
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['userId'],
            referencedTableName: 'app_user',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [
          new TableIndex({ name: 'IDX_session_user', columnNames: ['userId'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['session', 'user_sachgebiet', 'app_user']) {
      await queryRunner.dropTable(table);
    }
  }
}
