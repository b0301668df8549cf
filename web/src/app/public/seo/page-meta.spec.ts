import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { PageMetaService } from './page-meta';

describe(PageMetaService.name, () => {
  afterEach(() => {
    document.head
      .querySelectorAll('#structured-data, link[rel="canonical"]')
      .forEach((element) => element.remove());
  });

  it('sets title, description, canonical URL and one JSON-LD block per page', () => {
    const meta = TestBed.inject(PageMetaService);
    meta.set({
      title: 'Sperrmüll',
      description: 'Abholung bestellen.',
      path: '/leistungen/abfall-sperrmuell',
      structuredData: { name: '</script><script>alert(1)</script>' },
    });
    meta.set({
      title: 'Sperrmüll',
      description: 'Abholung bestellen.',
      path: '/leistungen/abfall-sperrmuell',
      structuredData: { name: '</script><script>alert(1)</script>' },
    });

    expect(TestBed.inject(Title).getTitle()).toBe(
      'Sperrmüll – Bürgerservice Landkreis Lindenau',
    );
    expect(
      document.head
        .querySelector('meta[name="description"]')
        ?.getAttribute('content'),
    ).toBe('Abholung bestellen.');
    const canonical = document.head.querySelectorAll('link[rel="canonical"]');
    expect(canonical.length).toBe(1);
    expect(canonical[0]?.getAttribute('href')).toBe(
      `${location.origin}/leistungen/abfall-sperrmuell`,
    );
    const blocks = document.head.querySelectorAll('#structured-data');
    expect(blocks.length).toBe(1);
    // No text in the data can end the script element early.
    expect(blocks[0]?.textContent).not.toContain('</script>');
    expect(JSON.parse(blocks[0]?.textContent ?? '{}')).toEqual({
      name: '</script><script>alert(1)</script>',
    });
  });

  it('drops the structured data of the previous page', () => {
    const meta = TestBed.inject(PageMetaService);
    meta.set({ title: 'A', description: 'a', path: '/a', structuredData: {} });
    meta.set({ title: 'B', description: 'b', path: '/b' });
    expect(document.head.querySelector('#structured-data')).toBeNull();
  });
});
