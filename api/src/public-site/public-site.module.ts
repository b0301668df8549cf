import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { UsageModule } from '../usage/usage.module';
import { FrequentLeistungenController } from './frequent-leistungen.controller';
import { PublicSite } from './public-site';
import { SitemapService } from './sitemap.service';
import { SsrRenderer } from './ssr-renderer';

/** The citizens' web front: assets, robots.txt, sitemap.xml, server-rendered pages. */
@Module({
  imports: [UsageModule],
  controllers: [FrequentLeistungenController],
  providers: [PublicSite, SitemapService, SsrRenderer],
  exports: [PublicSite],
})
export class PublicSiteModule implements OnApplicationBootstrap {
  constructor(private readonly site: PublicSite) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.site.warmUp();
  }
}
