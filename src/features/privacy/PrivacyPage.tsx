import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../routing/paths';
import { MIN_GROUP_SIZE } from '../../domain/group/minimumGroup';

export function PrivacyPage() {
  return (
    <>
      <PageHeading title="Privacy" />
      <p className="lead">
        Everything you enter stays in this browser, on this device. Nothing is sent anywhere.
      </p>

      <h2>What is stored</h2>
      <ul>
        <li>your answers to the twenty questions, and the notes you write beside them</li>
        <li>the name, role and council you give on "About you", if you give them</li>
        <li>
          your action plan: what you will do, who you will involve, by when, and how you will know
        </li>
        <li>snapshots of your assessment that you save to compare with later</li>
        <li>
          your history: each finished round, kept automatically when you start again, with its
          answers, notes, plan and your review of that plan (done, partly, not done or dropped, and
          any note), so that you can see what moved
        </li>
        <li>
          workshops you run as a facilitator: their title, council and date, the participants' names
          (or "Participant 1", "Participant 2" … in an anonymous workshop), their answers and notes,
          and the group action plan
        </li>
        <li>
          if you collect councils' group results for the sector picture: how many people gave each
          answer in each group (no names and no one's answers), the label you give each group, and
          the date its results were made. The report, the sector file and the CSV it makes hold the
          sector's pooled figures, the median group and the range only: no label and no group's own
          figures
        </li>
        <li>
          if saved answers, snapshots or workshops ever cannot be read, a copy of them exactly as
          they were, one for each time it happens, kept until you download it or discard it
        </li>
      </ul>

      <h2>Where it is stored</h2>
      <p>
        In this browser's local storage, which belongs to this site and this device. No one else can
        see it unless they use this browser on this device, under your account. The app uses no
        cookies.
      </p>
      <p>
        When you open the app from a website, your browser also keeps a copy of the app itself – its
        pages, code and icons, none of your answers – so that it opens and works without a network
        connection. When a new version is published, the app tells you and changes to it only when
        you choose "Reload".
      </p>
      <p>
        If you have the app open in two tabs or windows of the same browser, they share what is
        stored: a change in one shows in the other, both tabs' answers are kept, and what you delete
        in one is deleted in the other too.
      </p>
      <h2>If you use the app as a single file</h2>
      <p>
        If you use the app as a single file (for example, from email or a shared drive), there is no
        separate copy of the app: the file is the app. Your answers are kept in this browser's
        storage for files opened from this device, and{' '}
        <strong>
          that storage is shared with every other HTML file opened from this device in the same
          browser
        </strong>
        . Any such file can read and change what the app has stored there, and the browser cannot
        tell them apart.
      </p>
      <p>
        On a shared computer, or one where you open HTML files from other people, use the app from
        its website instead if you can. If you use the single file, download your assessment when
        you finish and then use "Delete all my data", so that nothing you entered stays behind.
      </p>
      <p>
        A copy of your answers that you download, or a summary that you print, is yours: it goes
        where you save or print it, and the app keeps no track of it.
      </p>

      <h2>What is sent</h2>
      <p>
        Nothing. The app has no server, no account and no analytics, and it does not track you. It
        loads nothing from any other website, and its security policy tells your browser to refuse
        anything that tries to.
      </p>

      <h2>In a workshop</h2>
      <p>
        If you answer for a workshop, your answers reach the facilitator only as you choose: on
        their device during your turn, or as a response code, QR code or file that you give them.
        The code and file carry your name only if you leave it in; an anonymous workshop drops it
        when your answers arrive, and gives your answers a new number of its own, so nothing kept in
        it links them to you.
      </p>
      <p>
        After the reveal, the facilitator may give members the group results, as a code, a link, a
        QR code or a file, but only when at least {MIN_GROUP_SIZE} members have answered. Below that
        they stay on the facilitator's screen.
      </p>
      <p>The group results given to members hold, for each of the twenty actions:</p>
      <ul>
        <li>how many people gave each answer, and how many were not sure</li>
        <li>how many people answered in all</li>
      </ul>
      <p>
        They hold no names, no notes, no workshop title, and no one's row of answers: they do not
        say who gave which answer, nor which answers one person gave across the actions.
      </p>
      <p>What a member can and cannot learn from them:</p>
      <ul>
        <li>
          With at least {MIN_GROUP_SIZE} people, one member, or two or three who put their own
          answers together, cannot single out another person's answer: what is left after taking
          their own answers away is still the answers of two or more others, mixed together. Only
          all the other members but one, putting every answer of theirs together, could work out the
          last one's, in a group of any size.
        </li>
        <li>
          Counts can never hide it when everyone else answered alike. If all the others gave the
          same answer to an action, a member who takes their own answer away sees that each of the
          others gave that answer there. In a group of any size, no one else's answer is hidden
          then.
        </li>
        <li>
          In a smaller group, two or three members together could work out another member's answers
          exactly. That is why group results are not given to members of groups under{' '}
          {MIN_GROUP_SIZE}, and why codes and files made for such groups by an earlier version of
          the app no longer open.
        </li>
      </ul>

      <h2>How long it is kept</h2>
      <p>
        Until you delete it. Your browser deletes it too if you clear this site's data, and, in a
        private or incognito window, when you close the window.
      </p>

      <h2>How to delete it</h2>
      <ul>
        <li>
          Everything at once: "Delete all my data" on the{' '}
          <Link to={paths.yourData.href()}>Save, move and compare</Link> page.
        </li>
        <li>Your answers, notes, "About you" details and plan: "Start again" on the start page.</li>
        <li>One snapshot: its "Delete" button on the Save, move and compare page.</li>
        <li>
          Your history of earlier rounds and their plan reviews: "Delete all my data" removes it
          with everything else. A downloaded copy of your assessment carries your history too, so
          delete that file as well if you want no trace of it.
        </li>
        <li>
          One workshop, or one participant's answers: on the{' '}
          <Link to={paths.workshops.href()}>Workshops</Link> pages.
        </li>
        <li>
          The copy of the app itself: clear this site's data in your browser's settings, or
          uninstall the app if you installed it.
        </li>
      </ul>
    </>
  );
}
