import type { ReactNode } from 'react';
import type { Loadable } from '../api/useApi';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';

/** A region that shows progress, then an error or its content; aria-busy while loading. */
export function AsyncSection<T>({
  data, onRetry, className, label, children,
}: {
  data: Loadable<T>;
  onRetry?: () => void;
  className?: string;
  label?: string;
  children: (value: T) => ReactNode;
}) {
  return (
    <section className={className} aria-busy={data.status === 'loading'} aria-label={label}>
      {data.status === 'loading' && <Loading />}
      {data.status === 'error' && <ErrorMessage error={data.error} onRetry={onRetry} />}
      {data.status === 'ready' && children(data.data)}
    </section>
  );
}
