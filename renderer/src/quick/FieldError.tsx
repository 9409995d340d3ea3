/** A field's error, next to the field (the footer speaks only when no field does). */
export function FieldError({ text, id, className }: { text?: string; id?: string; className?: string }) {
  return text ? (
    <span id={id} className={`field-error ${className ?? ''}`} role="alert">
      {text}
    </span>
  ) : null
}
