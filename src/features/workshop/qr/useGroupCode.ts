import { useMemo } from 'react';
import type { CheckResult } from '../../../domain/assessment/checkAssessment';
import { groupFigures, type GroupFigures } from '../../../domain/group/figures';
import { encodeGroupCode, groupCodeUrl } from '../../../domain/group/groupCode';
import type { Workshop } from '../../../domain/workshop/workshop';
import { useContent } from '../../../components/content/ContentContext';
import { appAddress } from './appAddress';

export interface GroupCode {
  figures: GroupFigures;
  code: string;
  /** What the QR code holds: the address that opens the member's page, or the bare code from a file. */
  qrText: string;
  opensApp: boolean;
}

/** The group figures of a workshop, as the code and the address members scan. */
export function useGroupCode(workshop: Workshop): CheckResult<GroupCode> {
  const { checklist, scale } = useContent();
  return useMemo(() => {
    const figures = groupFigures(workshop, checklist, scale);
    if (!figures.ok) return figures;
    const code = encodeGroupCode(figures.value, checklist);
    if (!code.ok) return code;
    const address = appAddress();
    return {
      ok: true,
      value: {
        figures: figures.value,
        code: code.value,
        qrText: address ? groupCodeUrl(address, code.value) : code.value,
        opensApp: address !== null,
      },
    };
  }, [workshop, checklist, scale]);
}
