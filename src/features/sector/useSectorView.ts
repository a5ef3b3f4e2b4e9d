import { useMemo } from 'react';
import { MIN_GROUPS_FOR_PICTURE, sectorFigures } from '../../domain/sector/sectorFigures';
import { sectorView, type SectorView } from '../../domain/sector/sectorView';
import { useSectorStore } from '../../state/sectorStore';
import { useResultsContent } from '../../components/content/useResearch';

/** The picture of the groups collected on this device; null until there are enough groups. */
export function useSectorView(): SectorView | null {
  const entries = useSectorStore((s) => s.entries);
  const content = useResultsContent();
  return useMemo(
    () =>
      entries.length < MIN_GROUPS_FOR_PICTURE
        ? null
        : sectorView(sectorFigures(entries, content.checklist, content.scale), content),
    [entries, content],
  );
}
