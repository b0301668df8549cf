import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Lebenslage } from './lebenslage.entity';
import { Sachgebiet } from './sachgebiet.entity';
import { Standort } from './standort.entity';

export interface CatalogLabels {
  sachgebiete: Map<string, string>;
  lebenslagen: Map<string, string>;
  standorte: Map<string, string>;
}

const LABEL_TTL_MS = 5_000;

/** Sachgebiete, Standorte and Lebenslagen: the small reference tables Leistungen point to. */
@Injectable()
export class CatalogService {
  private cachedLabels: { at: number; labels: CatalogLabels } | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  sachgebiete(): Promise<Sachgebiet[]> {
    return this.dataSource
      .getRepository(Sachgebiet)
      .find({ order: { code: 'ASC' } });
  }

  standorte(): Promise<Standort[]> {
    return this.dataSource
      .getRepository(Standort)
      .find({ order: { name: 'ASC' } });
  }

  lebenslagen(): Promise<Lebenslage[]> {
    return this.dataSource
      .getRepository(Lebenslage)
      .find({ relations: { parent: true }, order: { name: 'ASC' } });
  }

  /** Display names for facet values; cached briefly because every search needs them. */
  async labels(): Promise<CatalogLabels> {
    if (this.cachedLabels && Date.now() - this.cachedLabels.at < LABEL_TTL_MS) {
      return this.cachedLabels.labels;
    }
    const [sachgebiete, lebenslagen, standorte] = await Promise.all([
      this.dataSource
        .getRepository(Sachgebiet)
        .find({ select: { code: true, name: true } }),
      this.dataSource
        .getRepository(Lebenslage)
        .find({ select: { slug: true, name: true } }),
      this.dataSource
        .getRepository(Standort)
        .find({ select: { key: true, name: true } }),
    ]);
    const labels: CatalogLabels = {
      sachgebiete: new Map(
        sachgebiete.map((entry) => [entry.code, entry.name]),
      ),
      lebenslagen: new Map(
        lebenslagen.map((entry) => [entry.slug, entry.name]),
      ),
      standorte: new Map(standorte.map((entry) => [entry.key, entry.name])),
    };
    this.cachedLabels = { at: Date.now(), labels };
    return labels;
  }
}
