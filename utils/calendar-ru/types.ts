/**
 * The Russian federal production calendar for a five-day week, one year per file, copied from the
 * Government's yearly decree «О переносе выходных дней» and the Labour Code (ТК РФ ст. 95, 112).
 * The year files are the source of truth; calendar-ru.test.ts checks them against the rules and
 * the official totals.
 */

export interface Decree {
  /** E.g. 'Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»'. */
  title: string;
  /** Where the data was checked; see ../shared/research/domain-anchors.md §1.2. */
  sources: string[];
  /** Set when the data could not be checked against the decree text itself. */
  caveat?: string;
}

/** A non-working public holiday (ТК РФ ст. 112 ч. 1), named as the Code names it. */
export interface Holiday {
  date: string; // 'YYYY-MM-DD'
  name: string;
}

/**
 * A day off moved from `from` to `to`, worded as decrees word it («перенести выходной день с субботы
 * 27 апреля на понедельник 29 апреля»). `to` becomes a day off; when `from` is an ordinary weekend
 * day (not a holiday), `from` becomes a working day. `basis` says who moved it: the Government's
 * decree, or ТК РФ ст. 112 ч. 2 itself (a holiday falling on a weekend moves to the next working day).
 */
export interface Transfer {
  from: string;
  to: string;
  basis: 'decree' | 'art112';
}

export interface ProductionYear {
  year: number;
  decree: Decree;
  holidays: Holiday[];
  transfers: Transfer[];
  /** Weekend days worked by transfer; must match the transfers whose `from` is not a holiday. */
  workingWeekends: string[];
  /** Working days one hour shorter (ТК РФ ст. 95): pre-holiday days, including working Saturdays. */
  shortenedDays: string[];
}
