const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * A person's or entity's name in whatever script it was written: isolated and with its own
 * direction, so an Arabic name reads right to left inside English text and the reverse.
 */
export function Name({ text, className }: { text: string; className?: string }) {
  return (
    <bdi dir="auto" lang={ARABIC.test(text) ? 'ar' : undefined} className={className ? `name ${className}` : 'name'}>
      {text}
    </bdi>
  );
}
