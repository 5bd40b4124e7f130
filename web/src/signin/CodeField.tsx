import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Six digits, typed or pasted; anything else is dropped as it is typed. */
export function CodeField({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{t('auth.code')}</label>
      <input
        id={id}
        className="code-input"
        dir="ltr"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        maxLength={6}
        required
        value={value}
        onChange={(event) => onChange(event.target.value.replace(/\D/g, '').slice(0, 6))}
      />
    </>
  );
}
