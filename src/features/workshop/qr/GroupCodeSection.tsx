import { Link } from 'react-router';
import { DownloadButton } from '../../../components/DownloadButton';
import { paths } from '../../../routing/paths';
import { groupResultsFile, groupResultsFileName } from '../../../domain/group/groupResultsFile';
import type { Workshop } from '../../../domain/workshop/workshop';
import { capitalise } from '../../../domain/display';
import { useGroupCode } from './useGroupCode';

/** After the reveal: the group figures for members to take away, as a QR code and as a file. */
export function GroupCodeSection({ workshop }: { workshop: Workshop }) {
  const result = useGroupCode(workshop);
  return (
    <>
      <h3>Give members the group results</h3>
      {result.ok ? (
        <>
          <p>
            Members scan a QR code (or open a file) and see their own answers against the group's on
            their own device. It holds only how many answered each option for each action: no names,
            no notes and no one's answers.
          </p>
          <ul className="plain-list link-list">
            <li>
              <Link to={paths.workshopShowCode.href(workshop.id, 'group')}>
                Show the group results QR code
              </Link>
            </li>
            <li>
              <DownloadButton
                file={() => ({
                  text: JSON.stringify(groupResultsFile(result.value.figures, new Date()), null, 2),
                  name: groupResultsFileName(workshop.title),
                })}
              >
                Download the group results file
              </DownloadButton>
            </li>
          </ul>
        </>
      ) : (
        <div className="notice" role="note">
          <p>
            <strong>The group results stay on this screen.</strong> {capitalise(result.message)} Go
            through the results with the group here instead.
          </p>
        </div>
      )}
    </>
  );
}
