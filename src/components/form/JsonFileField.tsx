import { FormGroup, splitField, type FieldProps } from './FormGroup';

/**
 * A field for one JSON file exported by this app. The input is cleared as soon as a file is taken,
 * so the same file can be chosen again after the user has fixed it.
 */
export function JsonFileField(props: FieldProps & { onFile(file: File): void }) {
  const [group, { onFile }] = splitField(props);
  return (
    <FormGroup {...group}>
      {(control) => (
        <input
          type="file"
          {...control}
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
      )}
    </FormGroup>
  );
}
