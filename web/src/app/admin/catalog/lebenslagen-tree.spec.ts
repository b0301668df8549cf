import type { LebenslagePublic } from '@auskunft/contracts';
import { descendantSlugs, lebenslagenTree } from './lebenslagen-tree';

function aLebenslage(
  slug: string,
  parentSlug: string | null = null,
): LebenslagePublic {
  return { id: slug, slug, name: slug, parentSlug, description: '' };
}

const FAMILY = [
  aLebenslage('familie'),
  aLebenslage('geburt', 'familie'),
  aLebenslage('elterngeld', 'geburt'),
  aLebenslage('umzug'),
];

describe(lebenslagenTree.name, () => {
  it('nests Lebenslagen below their parents', () => {
    const tree = lebenslagenTree(FAMILY);

    expect(tree.map((node) => node.lebenslage.slug)).toEqual([
      'familie',
      'umzug',
    ]);
    expect(tree[0].children[0].lebenslage.slug).toBe('geburt');
    expect(tree[0].children[0].children[0].lebenslage.slug).toBe('elterngeld');
  });

  it('shows entries with an unknown parent or in a cycle at the top instead of losing them', () => {
    const tree = lebenslagenTree([
      aLebenslage('waise', 'gibt-es-nicht'),
      aLebenslage('a', 'b'),
      aLebenslage('b', 'a'),
    ]);

    const slugs = (nodes: typeof tree): string[] =>
      nodes.flatMap((node) => [node.lebenslage.slug, ...slugs(node.children)]);
    expect(slugs(tree).sort()).toEqual(['a', 'b', 'waise']);
    expect(tree.map((node) => node.lebenslage.slug)).toContain('waise');
  });
});

describe(descendantSlugs.name, () => {
  it('collects a Lebenslage and everything below it', () => {
    expect([...descendantSlugs('familie', FAMILY)].sort()).toEqual([
      'elterngeld',
      'familie',
      'geburt',
    ]);
    expect([...descendantSlugs('umzug', FAMILY)]).toEqual(['umzug']);
  });
});
