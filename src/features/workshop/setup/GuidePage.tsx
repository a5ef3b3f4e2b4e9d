import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { paths } from '../../../routing/paths';
import { useContent } from '../../../components/content/ContentContext';
import { MIN_GROUP_SIZE } from '../../../domain/group/minimumGroup';

/** The facilitator's guide: how to run the session, and what each screen is for. */
export function GuidePage() {
  const { checklist } = useContent();
  const actions = checklist.sections.reduce((n, s) => n + s.actions.length, 0);
  return (
    <>
      <Link to={paths.workshops.href()} className="back-link">
        Workshops
      </Link>
      <PageHeading title="How to run a workshop" caption="Facilitator's guide" />
      <p className="lead">
        A workshop takes a cabinet group through the leaflet's {actions} questions together: each
        member answers privately, the group looks at where it agrees and where it does not, and
        agrees what to do next.
      </p>
      <p>
        You need this app on one laptop, and a projector or a large screen if you have one. The app
        has no server: answers stay on the laptop unless you export them. Open the app and this
        workshop before the session, while you have a connection.
      </p>

      <h2>Before the session</h2>
      <ol>
        <li>
          <Link to={paths.newWorkshop.href()}>Create the workshop</Link>: a title, the council and
          the date.
        </li>
        <li>
          Choose how participants are shown. <strong>By name</strong> lists who said what.{' '}
          <strong>Anonymously</strong> shows everyone as Participant 1, 2, 3 and so on, on screen,
          in print and in every export.
        </li>
        <li>
          If members will answer on their own devices, send them the app's address. When they have
          answered, they use “Share your answers with a workshop” on their results page and send you
          the response file or response code.
        </li>
      </ol>

      <h2>In the room, with QR codes</h2>
      <p>
        Members can answer on their own phones with nothing sent to any server. Open the app from
        its hosted address on the laptop: a copy opened as a file has no address for phones to open.
      </p>
      <ol>
        <li>
          <strong>Join.</strong> On the workshop's page, choose “Show the QR code full screen, for
          the projector”. Members scan it with their phone's camera to open the app, and answer the
          questions.
        </li>
        <li>
          <strong>Collect.</strong> Each member chooses “Share your answers with a workshop”, which
          shows their answers as a QR code. On “Add responses”, choose “Scan with this device's
          camera” and allow the camera when the browser asks. Members hold up their phones one after
          another: each is listed as it arrives (“Participant 4 added”), with a count. A code that
          cannot be used gets a message and changes nothing; if the same person's answers arrive
          again, you choose whether they replace the old ones. (An anonymous workshop keeps nothing
          that identifies a member, so there it can tell only when the same code is scanned again
          while the camera is on, or within one batch of files or codes: watch the count.) No
          camera, or not allowed? Members can still send you their code or file.
        </li>
        <li>
          <strong>Reveal and discuss.</strong> Present the results: the actions where the group is
          most split come first. The presentation has one discussion timer, at the foot of every
          screen: set its minutes, then Start, Pause or Reset it. It keeps counting when you move to
          another screen, so the group can look back at a chart mid-discussion. When it reaches
          zero, “Time is up” fills the top of the screen in large black letters on yellow. It makes
          no sound unless you tick “Sound at time up”.
        </li>
        <li>
          <strong>Give the results back.</strong> After the reveal, choose “Show the group results
          QR code”. Members scan it and see, on their own phones, their answers against the group's:
          where they stand apart, where the group agrees and the group's weakest areas with the
          research. It holds only how many gave each answer to each action: no names, no notes, and
          no one's answers. It is given out only when at least {MIN_GROUP_SIZE} members have
          answered: in a smaller group, two or three members who put their answers together could
          work out another's, so the results stay on your screen. You can also download it as a file
          to send.
        </li>
      </ol>

      <h2>Collecting answers</h2>
      <h3>Taking turns on this device</h3>
      <p>
        Choose “Start a turn on this device” and hand the laptop over. Each person picks their name
        (or is given a number), answers the four sections and chooses “Finish and hide my answers”.
        Their answers disappear from the screen at once and the app says “Hand the device to the
        next person”. No one using the device afterwards can see or change them.
      </p>
      <p>
        A turn is kept only when it is finished: if the page is closed part-way, start that turn
        again.
      </p>
      <h3>Answers from members' own devices</h3>
      <p>
        Choose “Add responses from files or codes”. You can choose many response files at once, drag
        and drop them, or paste several codes. A file or code that cannot be used gets its own
        message saying why; the others still go in, and nothing already in the workshop is lost. If
        the same person's answers arrive twice, you choose whether the new ones replace the old or
        both are kept.
      </p>

      <h2>Revealing the results</h2>
      <p>
        The group results stay hidden until you reveal them, so that early answers do not steer
        later ones. Reveal them when everyone has answered. You can hide them again, for example to
        collect a late response.
      </p>
      <h3>What each screen is for</h3>
      <dl className="guide-list">
        <dt>Group results</dt>
        <dd>
          The group's score in each section with the lowest and highest participant; the
          disagreements; the weakest areas with what other leaders said, recommendations and
          examples; the research's five most important areas; and every action with each participant
          as a dot.
        </dd>
        <dt>Present the results</dt>
        <dd>
          Large, high-contrast screens for a projector: the overall picture, one section a screen,
          then one discussion prompt a screen. The arrow keys, Page Up and Page Down, and so a
          presenter's clicker, move between screens wherever the focus is; only while you type in
          the timer's minutes box do the arrow keys change the number instead. Escape leaves.
        </dd>
        <dt>Group action plan</dt>
        <dd>Up to five actions the group agrees, each with an owner, a date and a measure.</dd>
        <dt>Group summary</dt>
        <dd>A printable record of the session, for A4 in black and white, or saved as a PDF.</dd>
      </dl>

      <h2>Running the discussion</h2>
      <ol>
        <li>Start with the overall picture and the sections, to agree where the group stands.</li>
        <li>
          Take the splits one at a time, most split first: actions where the group falls into two
          camps two or more points apart. Ask someone in each camp what they see.
        </li>
        <li>Turn to the weakest areas and what other leaders said about them.</li>
        <li>
          Agree a few group actions, each with an owner, a date and how you will know it is working.
        </li>
      </ol>

      <h2>Afterwards</h2>
      <ul>
        <li>Print the group summary, or save it as a PDF.</li>
        <li>
          Download the spreadsheets (CSV) if you want to look further: the scores with one row per
          participant, every answer, and the group action plan.
        </li>
        <li>
          Export the workshop as a file to keep it or to move it to another device. Re-assess later
          to see what has moved.
        </li>
      </ul>
    </>
  );
}
