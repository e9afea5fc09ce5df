/** A person's initials on their colour. */
export function Avatar({ name, colour }: { name: string; colour: string }) {
  return (
    <span className="avatar" aria-hidden="true" style={{ background: colour }}>
      {initials(name)}
    </span>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}
