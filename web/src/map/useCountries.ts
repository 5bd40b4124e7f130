import { useEffect, useState } from 'react';
import { loadCountries, type Countries } from './atlas';

export function useCountries(): { countries: Countries | null; error: unknown } {
  const [countries, setCountries] = useState<Countries | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    loadCountries().then(
      (value) => live && setCountries(value),
      (reason: unknown) => live && setError(reason),
    );
    return () => {
      live = false;
    };
  }, []);
  return { countries, error };
}
