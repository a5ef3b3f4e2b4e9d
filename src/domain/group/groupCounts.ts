/**
 * The group figures a workshop gives back to its members: for each action, how many answered each
 * value. Nothing else: no names, no notes, no workshop title and no one's row of answers, so a member
 * can carry them away and no one can learn from them what another person answered.
 */
export interface GroupFigures {
  checklistId: string;
  checklistVersion: string;
  /** Participants who had answered. */
  participants: number;
  /** Every action of the checklist, in leaflet order. */
  actions: GroupActionCounts[];
}

export interface GroupActionCounts {
  actionId: string;
  /** counts[v]: how many chose scale value v. */
  counts: number[];
  notSure: number;
}
