/** A phone number a resident can tap to call. */
export function PhoneLink({ className, number }: { className?: string; number: string }) {
  return (
    <a className={className} href={`tel:${number}`}>
      {number}
    </a>
  )
}
