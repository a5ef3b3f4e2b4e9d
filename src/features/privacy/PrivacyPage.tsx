import { PageHeading } from '../../components/PageHeading';

export function PrivacyPage() {
  return (
    <>
      <PageHeading title="Privacy" />
      <p className="lead">Your answers stay on this device. Nothing you enter is sent anywhere.</p>
      <h2>What is stored, and where</h2>
      <p>
        Your answers, your notes and the optional name, role and council you give are kept in this
        browser's local storage on this device, so that you can close the page and come back. No one
        else can see them unless they use this browser on this device.
      </p>
      <h2>What is sent</h2>
      <p>
        Nothing. The app has no server, no account, no analytics and no cookies. It loads nothing
        from any other website: no fonts, no scripts.
      </p>
      <h2>How long it is kept, and how to delete it</h2>
      <p>
        It is kept until you delete it. "Start again" on the start page deletes your answers.
        Clearing this site's data in your browser settings deletes everything the app stored.
      </p>
    </>
  );
}
