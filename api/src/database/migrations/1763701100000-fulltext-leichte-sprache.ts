import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  POSTGRES_FULLTEXT_EXPRESSION as POSTGRES_EXPRESSION_BEFORE,
  SQLITE_BODY as SQLITE_BODY_BEFORE,
  SQLITE_TITLE,
} from './1763700600000-fulltext';

/**
 * The degraded search (DatabaseSearchFallback) reads the Leichte-Sprache text too, as
 * the engine's indexes do: a citizen's plain words ("Hund anmelden") may stand only
 * there. Replaces the full-text coverage of Fulltext1763700600000.
 */
const SQLITE_BODY = `${SQLITE_BODY_BEFORE} || ' ' || coalesce(new.leichteSprache, '')`;

/** Shared with DatabaseSearchFallback: the query must use the indexed expression verbatim. */
export const POSTGRES_FULLTEXT_EXPRESSION = `to_tsvector('german', coalesce("title", '') || ' ' || coalesce("plainTitle", '') || ' ' || coalesce("searchTerms"::text, '') || ' ' || coalesce("shortText", '') || ' ' || coalesce("leichteSprache", ''))`;

export class FulltextLeichteSprache1763701100000 implements MigrationInterface {
  name = 'FulltextLeichteSprache1763701100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.cover(queryRunner, POSTGRES_FULLTEXT_EXPRESSION, SQLITE_BODY);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.cover(
      queryRunner,
      POSTGRES_EXPRESSION_BEFORE,
      SQLITE_BODY_BEFORE,
    );
  }

  /** Replaces the index (PostgreSQL) or the triggers and the table's content (SQLite). */
  private async cover(
    queryRunner: QueryRunner,
    postgresExpression: string,
    sqliteBody: string,
  ): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`DROP INDEX "IDX_leistung_fulltext"`);
      await queryRunner.query(
        `CREATE INDEX "IDX_leistung_fulltext" ON "leistung" USING GIN (${postgresExpression})`,
      );
      return;
    }
    for (const trigger of ['insert', 'update']) {
      await queryRunner.query(`DROP TRIGGER leistung_fts_${trigger}`);
    }
    await queryRunner.query(`DELETE FROM leistung_fts`);
    await queryRunner.query(
      `INSERT INTO leistung_fts(rowid, title, body) SELECT rowid, ${SQLITE_TITLE.replace(/new\./g, '')}, ${sqliteBody.replace(/new\./g, '')} FROM leistung`,
    );
    await queryRunner.query(
      `CREATE TRIGGER leistung_fts_insert AFTER INSERT ON leistung BEGIN
         INSERT INTO leistung_fts(rowid, title, body) VALUES (new.rowid, ${SQLITE_TITLE}, ${sqliteBody});
       END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER leistung_fts_update AFTER UPDATE ON leistung BEGIN
         DELETE FROM leistung_fts WHERE rowid = old.rowid;
         INSERT INTO leistung_fts(rowid, title, body) VALUES (new.rowid, ${SQLITE_TITLE}, ${sqliteBody});
       END`,
    );
  }
}
