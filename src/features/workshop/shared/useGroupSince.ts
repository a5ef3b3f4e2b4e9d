import { useMemo } from 'react';
import { groupSince } from '../../../domain/group/groupSince';
import type { GroupResult } from '../../../domain/group/aggregate';
import type { Workshop } from '../../../domain/workshop/workshop';
import { checklist } from './workshopContent';

/** The group's change since the earlier workshop it is compared with; null when there is none. */
export function useGroupSince(workshop: Workshop, group: GroupResult) {
  return useMemo(
    () => (workshop.earlier ? groupSince(checklist, workshop.earlier, group) : null),
    [workshop.earlier, group],
  );
}
