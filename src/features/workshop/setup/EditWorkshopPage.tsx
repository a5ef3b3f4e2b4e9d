import { Link, useNavigate } from 'react-router';
import { paths } from '../../../routing/paths';
import { useWorkshopStore } from '../../../state/workshopStore';
import { useCurrentWorkshop } from '../shared/useCurrentWorkshop';
import { DetailsFormPage } from './DetailsForm';

export function EditWorkshopPage() {
  const workshop = useCurrentWorkshop();
  const updateDetails = useWorkshopStore((s) => s.updateDetails);
  const navigate = useNavigate();
  return (
    <>
      <Link to={paths.workshop.href(workshop.id)} className="back-link">
        Back
      </Link>
      <DetailsFormPage
        title="Change the workshop details"
        caption={workshop.title}
        initial={workshop}
        askNames={false}
        submitLabel="Save the details"
        onSave={(details) => {
          updateDetails(workshop.id, details);
          navigate(paths.workshop.href(workshop.id));
        }}
      />
    </>
  );
}
