import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { EmbeddedMeili } from '../meili/embedded-meili';
import { MeiliSearchEngine } from './meili-search-engine';
import { loadSearchSettings } from './search-settings';
import { SearchVocabulary } from './search-vocabulary';

/**
 * Owns the connection to Meilisearch: an external server (MEILI_URL) or the
 * embedded one, started here and stopped with the application.
 */
export class SearchEngineHost implements OnApplicationShutdown {
  private readonly logger = new Logger(SearchEngineHost.name);
  private embedded: EmbeddedMeili | undefined;
  engine!: MeiliSearchEngine;
  /** The stems of the indexed content, for compound splitting on both sides (see SearchVocabulary). */
  vocabulary!: SearchVocabulary;

  constructor(private readonly config: AppConfig) {}

  static async start(config: AppConfig): Promise<SearchEngineHost> {
    const host = new SearchEngineHost(config);
    await host.connect();
    return host;
  }

  private async connect() {
    const settings = loadSearchSettings(
      this.config.searchConfigDir,
      this.config.searchConfigExtraDir,
      (message) => this.logger.warn(message),
    );
    this.vocabulary = new SearchVocabulary(
      settings.stopWords,
      settings.synonyms,
      settings.variantWords,
    );
    if (this.config.meili.mode === 'external') {
      this.engine = new MeiliSearchEngine(
        this.config.meili.url,
        this.config.meili.masterKey,
        this.config.meiliIndexPrefix,
        settings,
      );
      this.logger.log(`Using Meilisearch at ${this.config.meili.url}`);
      return;
    }
    this.embedded = new EmbeddedMeili({
      dataDir: join(this.config.dataDir, 'search'),
      port: this.config.meili.port,
      log: (message) => this.logger.log(message),
    });
    await this.embedded.start();
    this.engine = new MeiliSearchEngine(
      this.embedded.url,
      this.embedded.masterKey,
      this.config.meiliIndexPrefix,
      settings,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.embedded) {
      this.logger.log('Stopping embedded Meilisearch');
      await this.embedded.stop();
    }
  }
}
