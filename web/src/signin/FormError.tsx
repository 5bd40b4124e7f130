import { useErrorText } from '../components/ErrorMessage';

export function FormError({ error }: { error: unknown }) {
  const text = useErrorText();
  if (error === null || error === undefined) return null;
  return (
    <p className="error form-error" role="alert">
      {typeof error === 'string' ? error : text(error)}
    </p>
  );
}
