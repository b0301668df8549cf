import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The text the database's own full-text search covers (the fallback while Meilisearch is
 * down). Since FulltextLeichteSprache1763701100000 the Leichte-Sprache text is covered
 * too; that migration's down() goes back to these.
 */
export const SQLITE_TITLE = `new.title || ' ' || coalesce(new.plainTitle, '') || ' ' || coalesce(new.searchTerms, '')`;
export const SQLITE_BODY = `new.shortText || ' ' || coalesce(new.requiredDocuments, '') || ' ' || coalesce(new.fullText, '')`;
export const POSTGRES_FULLTEXT_EXPRESSION = `to_tsvector('german', coalesce("title", '') || ' ' || coalesce("plainTitle", '') || ' ' || coalesce("searchTerms"::text, '') || ' ' || coalesce("shortText", ''))`;

/**
 * Full-text search in the database for the degraded mode: an FTS5 table kept in step
 * by triggers on SQLite, an expression GIN index with the "german" configuration on
 * PostgreSQL. Both follow every write in the same transaction, whatever the engine does.
 */
export class Fulltext1763700600000 implements MigrationInterface {
  name = 'Fulltext1763700600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE INDEX "IDX_leistung_fulltext" ON "leistung" USING GIN (${POSTGRES_FULLTEXT_EXPRESSION})`,
      );
      return;
    }
    await queryRunner.query(
      `CREATE VIRTUAL TABLE leistung_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')`,
    );
    await queryRunner.query(
      `INSERT INTO leistung_fts(rowid, title, body) SELECT rowid, ${SQLITE_TITLE.replace(/new\./g, '')}, ${SQLITE_BODY.replace(/new\./g, '')} FROM leistung`,
    );
    await queryRunner.query(
      `CREATE TRIGGER leistung_fts_insert AFTER INSERT ON leistung BEGIN
         INSERT INTO leistung_fts(rowid, title, body) VALUES (new.rowid, ${SQLITE_TITLE}, ${SQLITE_BODY});
       END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER leistung_fts_update AFTER UPDATE ON leistung BEGIN
         DELETE FROM leistung_fts WHERE rowid = old.rowid;
         INSERT INTO leistung_fts(rowid, title, body) VALUES (new.rowid, ${SQLITE_TITLE}, ${SQLITE_BODY});
       END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER leistung_fts_delete AFTER DELETE ON leistung BEGIN
         DELETE FROM leistung_fts WHERE rowid = old.rowid;
       END`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`DROP INDEX "IDX_leistung_fulltext"`);
      return;
    }
    for (const trigger of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER leistung_fts_${trigger}`);
    }
    await queryRunner.query(`DROP TABLE leistung_fts`);
  }
}
