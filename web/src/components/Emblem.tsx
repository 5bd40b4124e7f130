/** A plain geometric mark (an eight-pointed star in a ring); decorative only. */
export function Emblem() {
  return (
    <svg className="emblem" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">
      <circle cx="20" cy="20" r="18.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <rect x="10" y="10" width="20" height="20" fill="currentColor" opacity="0.9" />
      <rect x="10" y="10" width="20" height="20" fill="currentColor" opacity="0.9" transform="rotate(45 20 20)" />
      <circle cx="20" cy="20" r="5" fill="var(--accent-dark, #0b4f45)" />
    </svg>
  );
}
