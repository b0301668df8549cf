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
