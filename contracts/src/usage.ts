/** Desk usage, aggregated per Leistung and day: no figures per agent are kept. */

export interface TopLeistung {
  id: string;
  slug: string;
  title: string;
  /** Answer views at the desk within the period. */
  views: number;
}

export interface TopLeistungen {
  /** First and last day counted, "YYYY-MM-DD" (Europe/Berlin). */
  from: string;
  to: string;
  items: TopLeistung[];
}

/** Body of POST /api/v1/usage/missing-topics: what an agent searched for without an answer. */
export interface MissingTopicWrite {
  query: string;
}

export interface MissingTopic {
  query: string;
  /** How often agents reported it within the period. */
  reports: number;
  lastReportedOn: string;
}

/** Where a search was made: the desk (staff) or the citizens' guide (public). */
export type SearchChannel = 'staff' | 'public';

/**
 * Body of POST /api/v1/usage/search-queries: a desk search that settled (a result
 * was opened from it, or its results stood unchanged for a few seconds).
 */
export interface SearchQueryRecord {
  query: string;
  /** Hits the search found; 0 counts it as a search without result. */
  hits: number;
}

/** One normalized query's counts over a period (both channels), no user. */
export interface SearchQueryFigure {
  query: string;
  searches: number;
  /** Of the searches, those at the desk and in the public guide. */
  staff: number;
  public: number;
  /** Searches that found nothing. */
  zeroHits: number;
}

export interface SearchQueryFigures {
  /** Queries searched fewer times in the period are not listed (no single names or numbers). */
  minSearches: number;
  /** Days the daily counts are kept. */
  retentionDays: number;
  /** Most frequent queries. */
  top: SearchQueryFigure[];
  /** Queries that found nothing, most often first: the content gaps. */
  zeroHits: SearchQueryFigure[];
}
