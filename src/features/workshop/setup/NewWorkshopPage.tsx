import { Link, useNavigate } from 'react-router';
import { paths } from '../../../routing/paths';
import { useWorkshopStore } from '../../../state/workshopStore';
import { DetailsFormPage } from './DetailsForm';

export function NewWorkshopPage() {
  const create = useWorkshopStore((s) => s.create);
  const addNames = useWorkshopStore((s) => s.addNames);
  const navigate = useNavigate();
  return (
    <>
      <Link to={paths.workshops.href()} className="back-link">
        Back
      </Link>
      <DetailsFormPage
        title="Create a workshop"
        initial={null}
        askNames
        submitLabel="Create the workshop"
        onSave={(details, names) => {
          // Not saved (storage full, say): it is still on screen, and the notice at the top says so.
          const { id } = create(details);
          if (names.length > 0) addNames(id, names);
          navigate(paths.workshop.href(id));
        }}
      />
    </>
  );
}
