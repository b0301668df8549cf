/** Search responses (staff and public share one shape; the public one never holds internal fields). */

export interface SearchHit {
  id: string;
  slug: string;
  title: string;
  shortText: string;
  sachgebietName: string | null;
  sachgebietCode: string | null;
  /** Highlighted snippets by field; matched words are wrapped in <mark>…</mark>, all else escaped. */
  highlights: Partial<
    Record<
      'title' | 'shortText' | 'searchTerms' | 'fullText' | 'internalNotes',
      string
    >
  >;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface SearchFacets {
  sachgebiet: FacetValue[];
  lebenslagen: FacetValue[];
  standorte: FacetValue[];
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
  total: number;
  limit: number;
  offset: number;
  facets: SearchFacets;
  processingTimeMs: number;
  /** True when the search engine was unreachable and the answer is incomplete. */
  degraded: boolean;
}

export interface HealthResponse {
  /** starting: up, but the indexes have not caught up with the database since start-up yet. */
  status: 'ok' | 'starting' | 'degraded' | 'error';
  database: 'up' | 'down';
  search: 'up' | 'down';
  outboxBacklog: number;
}

export interface ApiError {
  statusCode: number;
  error: string;
  message: string | string[];
  /** Field path → messages, for validation errors (400). */
  fields?: Record<string, string[]>;
}
