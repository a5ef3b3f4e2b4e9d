import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { DownloadButton } from '../../components/DownloadButton';
import { PageHeading } from '../../components/PageHeading';
import { CopyableCode } from '../../components/qr/CopyableCode';
import { LazyQrCode } from '../../components/qr/LazyQrCode';
import { paths } from '../../routing/paths';
import { unansweredActions } from '../../domain/assessment/assessment';
import { CODE_NAME_MAX_LENGTH, codeName } from '../../domain/response/codeName';
import { useContent } from '../../components/content/ContentContext';
import { encodeResponseCode } from '../../domain/response/responseCode';
import { responseFile, responseFileName } from '../../domain/response/responseFile';
import { useAssessmentStore } from '../../state/assessmentStore';

/** A participant sends their answers to a workshop: as a file (with notes and a name) or a short code. */
export function SharePage() {
  const { checklist, scale } = useContent();
  const assessment = useAssessmentStore((s) => s.assessment);
  // Prefilled from "About you" (issue 25): the member sees it and may change or clear it.
  const [name, setName] = useState(() => codeName(assessment.aboutYou.name));
  const code = useMemo(
    () =>
      encodeResponseCode(
        { responseId: assessment.id, answers: assessment.answers, name },
        checklist,
        scale,
      ),
    [assessment, name, checklist, scale],
  );
  const missing = unansweredActions(checklist, assessment).length;
  const answered = Object.keys(assessment.answers).length;

  return (
    <>
      <Link to={paths.results.href()} className="back-link">
        Back to your results
      </Link>
      <PageHeading title="Share your answers with a workshop" />
      {answered === 0 ? (
        <>
          <p>You have not answered any questions yet, so there is nothing to share.</p>
          <p>
            <Link to={paths.home.href()}>Go to the start page</Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">
            If a facilitator is collecting answers for a cabinet workshop, show them your QR code,
            or send them your response code or file.
          </p>
          <p>
            Nothing is sent from here: you choose how to pass it on, for example by email. The group
            sees your answers only together with everyone else's, and not at all until the
            facilitator reveals the results.
          </p>
          {missing > 0 && (
            <div className="notice" role="note">
              <p>
                You have {missing} {missing === 1 ? 'question' : 'questions'} left to answer; the
                group results leave unanswered questions out.{' '}
                <Link to={paths.check.href()}>Check your answers</Link>
              </p>
            </div>
          )}

          <div className="form-group">
            <label htmlFor="share-name">
              Your name <span className="hint">(optional)</span>
            </label>
            <p className="hint" id="share-name-hint">
              It goes with your answers in your code and your file, so that the facilitator knows
              who answered; at most {CODE_NAME_MAX_LENGTH} characters. Leave it blank to appear as a
              numbered participant. An anonymous workshop drops it when your answers arrive and
              never keeps it.
            </p>
            <input
              type="text"
              id="share-name"
              autoComplete="name"
              maxLength={CODE_NAME_MAX_LENGTH}
              aria-describedby="share-name-hint"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </div>

          <h2>Show or copy your response code</h2>
          {code.ok ? (
            <>
              <p>
                The code carries your answers{name.trim() ? ' and your name' : ''}, but not your
                notes. In the room, the facilitator can scan the QR code with their device's camera.
                Or copy the code and paste it into an email or a chat message to the facilitator.
              </p>
              <div className="qr-with-text">
                <LazyQrCode
                  text={code.value}
                  label="QR code for the facilitator to scan. It holds the response code that is written out next to it, to copy."
                />
                <div>
                  <CopyableCode
                    id="share-code"
                    label="Your response code"
                    value={code.value}
                    copiedHint="Paste it into a message to the facilitator."
                  />
                </div>
              </div>
            </>
          ) : (
            <p>A code cannot be made for these answers: {code.message}</p>
          )}

          <h2>Or download your response file</h2>
          <p>The file has your answers and your notes, and your name if you give it above.</p>
          <div className="button-group">
            <DownloadButton
              className="button"
              file={() => ({
                text: JSON.stringify(responseFile(assessment, codeName(name), new Date()), null, 2),
                name: responseFileName(codeName(name), assessment.id),
              })}
            >
              Download your response file
            </DownloadButton>
          </div>
          <h2>After the workshop</h2>
          <p>
            The facilitator may give you the group results as a QR code: scan it with your phone's
            camera to see your answers against the group's. Or{' '}
            <Link to={paths.group.href()}>open the group results code or file here</Link>.
          </p>
        </>
      )}
    </>
  );
}
