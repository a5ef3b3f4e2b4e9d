import { checklistContent } from '../../domain/content/load';
import { personalFileName, writePersonalFile } from '../../domain/exchange/personalFile';
import { downloadText } from '../../components/download';
import { useAssessmentStore } from '../../state/assessmentStore';

export function ExportSection() {
  const assessment = useAssessmentStore((s) => s.assessment);
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">Save a copy to a file</h2>
      <p>
        Saves your answers, notes, details and action plan as a file on this device. Open it here on
        another device or browser to carry on. The file is not sent anywhere.
      </p>
      <button
        type="button"
        className="button secondary"
        onClick={() =>
          downloadText(
            writePersonalFile(assessment, checklistContent.checklist),
            personalFileName(),
          )
        }
      >
        Download your assessment
      </button>
    </section>
  );
}
