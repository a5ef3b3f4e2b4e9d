import { GROUP_CODE_PREFIX, GROUP_CODE_VERSION, GROUP_ROUTE } from '../../domain/group/groupCode';
import { PasteCodeForm } from './PasteCodeForm';
import type { FieldProps } from './FormGroup';

const start = `${GROUP_CODE_PREFIX}${GROUP_CODE_VERSION}-`;

/**
 * The box a group results code or its address is pasted into: a member opening their group's results
 * and a programme officer adding a council's group say the same about what it looks like.
 */
export function GroupCodeForm(
  props: Omit<FieldProps, 'hint'> & { submitLabel: string; onCode(text: string): void },
) {
  return (
    <PasteCodeForm
      {...props}
      hint={`It starts with ${start}, or is an address with ${GROUP_ROUTE}/${start} in it.`}
      rows={3}
    />
  );
}
