import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';
import { Meta, Title } from '@angular/platform-browser';
import { serverRequestContext } from '../ssr/server-request';

export const SITE_NAME = 'Bürgerservice Landkreis Lindenau';

export interface PageMeta {
  /** Page title without the site name. */
  title: string;
  description: string;
  /** Path of the canonical URL, e.g. "/leistungen/kfz-wunschkennzeichen". */
  path: string;
  /** schema.org data for search engines, rendered as JSON-LD. */
  structuredData?: Record<string, unknown>;
}

const JSON_LD_ID = 'structured-data';

/**
 * Title, meta description, canonical URL and JSON-LD of a public page. Set while
 * rendering on the server, so the HTML carries them without JavaScript, and again
 * on every client navigation.
 */
@Injectable({ providedIn: 'root' })
export class PageMetaService {
  private readonly document = inject(DOCUMENT);
  private readonly title = inject(Title);
  private readonly meta = inject(Meta);
  private readonly origin =
    serverRequestContext()?.publicOrigin ??
    this.document.location?.origin ??
    '';

  /** Absolute URL of a path on the public site. */
  absolute(path: string): string {
    return `${this.origin}${path}`;
  }

  set(page: PageMeta): void {
    this.title.setTitle(`${page.title} – ${SITE_NAME}`);
    this.meta.updateTag({ name: 'description', content: page.description });
    this.meta.updateTag({ property: 'og:title', content: page.title });
    this.meta.updateTag({
      property: 'og:description',
      content: page.description,
    });
    this.meta.updateTag({
      property: 'og:url',
      content: this.absolute(page.path),
    });
    this.canonical(this.absolute(page.path));
    this.structuredData(page.structuredData ?? null);
  }

  private canonical(url: string): void {
    const head = this.document.head;
    let link = head.querySelector<HTMLLinkElement>('link[rel="canonical"]');
    if (!link) {
      link = this.document.createElement('link');
      link.setAttribute('rel', 'canonical');
      head.appendChild(link);
    }
    link.setAttribute('href', url);
  }

  private structuredData(data: Record<string, unknown> | null): void {
    const head = this.document.head;
    head.querySelector(`#${JSON_LD_ID}`)?.remove();
    if (!data) {
      return;
    }
    const script = this.document.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.setAttribute('id', JSON_LD_ID);
    // "<" escaped so that no text in the data can close the script element.
    script.textContent = JSON.stringify(data).replace(/</g, '\\u003c');
    head.appendChild(script);
  }
}
