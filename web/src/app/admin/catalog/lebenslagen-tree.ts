import type { LebenslagePublic } from '@auskunft/contracts';

export interface LebenslageNode {
  lebenslage: LebenslagePublic;
  children: LebenslageNode[];
}

/**
 * Lebenslagen nested by parent slug, keeping the given order among siblings.
 * An entry whose parent is unknown (or that would close a cycle) is shown at
 * the top level rather than hidden.
 */
export function lebenslagenTree(
  lebenslagen: readonly LebenslagePublic[],
): LebenslageNode[] {
  const nodes = new Map<string, LebenslageNode>();
  for (const lebenslage of lebenslagen) {
    nodes.set(lebenslage.slug, { lebenslage, children: [] });
  }
  const roots: LebenslageNode[] = [];
  for (const node of nodes.values()) {
    const parentSlug = node.lebenslage.parentSlug;
    const parent = parentSlug ? nodes.get(parentSlug) : undefined;
    if (parent && !isAncestor(node, parent, nodes)) {
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  return roots;
}

/** Slugs of a Lebenslage and everything below it; none of them may become its parent. */
export function descendantSlugs(
  slug: string,
  lebenslagen: readonly LebenslagePublic[],
): Set<string> {
  const found = new Set([slug]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const lebenslage of lebenslagen) {
      if (
        lebenslage.parentSlug &&
        found.has(lebenslage.parentSlug) &&
        !found.has(lebenslage.slug)
      ) {
        found.add(lebenslage.slug);
        grew = true;
      }
    }
  }
  return found;
}

function isAncestor(
  candidate: LebenslageNode,
  of: LebenslageNode,
  nodes: Map<string, LebenslageNode>,
): boolean {
  const seen = new Set<string>();
  let current: LebenslageNode | undefined = of;
  while (current && !seen.has(current.lebenslage.slug)) {
    if (current === candidate) {
      return true;
    }
    seen.add(current.lebenslage.slug);
    const parentSlug: string | null = current.lebenslage.parentSlug;
    current = parentSlug ? nodes.get(parentSlug) : undefined;
  }
  return false;
}
