// "Vorige" / "Volgende" under a long list, with where the user is ("51–100 van 230"). The links
// are real addresses, so pages can be opened in a new tab and reached with Back.
import { Link } from './Link.tsx';

interface PaginationProps {
  label: string;
  previous: string | null;
  next: string | null;
  previousLabel: string;
  nextLabel: string;
}

export function Pagination({ label, previous, next, previousLabel, nextLabel }: PaginationProps) {
  if (!previous && !next) return null;
  return (
    <nav className="nr-pagination" aria-label={label}>
      {previous && (
        <Link to={previous} rel="prev">
          {previousLabel}
        </Link>
      )}
      {next && (
        <Link to={next} rel="next">
          {nextLabel}
        </Link>
      )}
    </nav>
  );
}
