import { useContent } from '../../components/content/ContentContext';
import { personalFileName, writePersonalFile } from '../../domain/exchange/personalFile';
import { DownloadButton } from '../../components/DownloadButton';
import { useAssessmentStore } from '../../state/assessmentStore';
import { useHistoryEntries } from '../../state/historyReads';

export function ExportSection() {
  const { checklist } = useContent();
  const assessment = useAssessmentStore((s) => s.assessment);
  const history = useHistoryEntries();
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">Save a copy to a file</h2>
      <p>
        Saves your answers, notes, details, action plan and history (earlier rounds, plan reviews
        and snapshots) as a file on this device. Open it here on another device or browser to carry
        on. The file is not sent anywhere.
      </p>
      <DownloadButton
        className="button secondary"
        file={() => ({
          text: writePersonalFile(assessment, checklist, new Date(), history),
          name: personalFileName(),
        })}
      >
        Download your assessment
      </DownloadButton>
    </section>
  );
}
