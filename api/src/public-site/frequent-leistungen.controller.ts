import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource, In } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { Leistung } from '../leistungen/leistung.entity';
import { UsageService } from '../usage/usage.service';

/** A Leistung citizens ask about often: just its name and address, no figures. */
export interface FrequentLeistung {
  slug: string;
  title: string;
}

/** Days of desk usage that make up "frequent". */
const PERIOD_DAYS = 30;
const SHOWN = 8;

@ApiTags('public')
@Controller({ path: 'public', version: '1' })
@Public()
export class FrequentLeistungenController {
  constructor(
    private readonly usage: UsageService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * What the service center is asked about most (answer views at the desk over
   * the last 30 days, aggregated), published and valid today; most often first.
   * Empty on a new instance without desk usage.
   */
  @Get('haeufig-gesucht')
  @ApiOkResponse({ description: 'Up to eight Leistungen, most asked first' })
  async frequent(): Promise<FrequentLeistung[]> {
    const top = await this.usage.top(PERIOD_DAYS, SHOWN * 2);
    if (top.items.length === 0) {
      return [];
    }
    const today = new Date().toISOString().slice(0, 10);
    const live = await this.dataSource.getRepository(Leistung).find({
      select: { id: true, validFrom: true, validTo: true },
      where: { id: In(top.items.map((item) => item.id)), status: 'published' },
    });
    const current = new Set(
      live
        .filter(
          (leistung) =>
            (!leistung.validFrom || leistung.validFrom <= today) &&
            (!leistung.validTo || leistung.validTo >= today),
        )
        .map((leistung) => leistung.id),
    );
    return top.items
      .filter((item) => current.has(item.id))
      .slice(0, SHOWN)
      .map((item) => ({ slug: item.slug, title: item.title }));
  }
}
