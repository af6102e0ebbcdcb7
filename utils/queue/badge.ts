/** The toolbar badge: overdue count in red, otherwise the count due within a working hour in amber. */
import type { UrgencyCounts } from './urgency';

export const BADGE_OVERDUE_COLOR = '#d93025';
export const BADGE_SOON_COLOR = '#e8a317';

export interface BadgeState {
  /** '' when calm (the badge disappears). */
  text: string;
  /** Background colour; '' when calm. */
  color: string;
  /** Text colour for contrast: white on red, near-black on amber. */
  textColor: string;
  urgency: 'overdue' | 'soon' | 'calm';
}

/** About four characters fit on a badge. */
function badgeNumber(n: number): string {
  return n > 999 ? '999+' : String(n);
}

export function badgeState(counts: UrgencyCounts): BadgeState {
  if (counts.overdue > 0) {
    return { text: badgeNumber(counts.overdue), color: BADGE_OVERDUE_COLOR, textColor: '#ffffff', urgency: 'overdue' };
  }
  if (counts.soon > 0) return { text: badgeNumber(counts.soon), color: BADGE_SOON_COLOR, textColor: '#1d2430', urgency: 'soon' };
  return { text: '', color: '', textColor: '', urgency: 'calm' };
}
