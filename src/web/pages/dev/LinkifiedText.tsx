// Plain text with its web addresses turned into links; everything else stays text (React escapes it).
import { Fragment } from 'react';
import { ExternalLink } from '../../components/Link.tsx';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;
/** Punctuation that ends a sentence rather than the address. */
const TRAILING = /[.,;:!?)\]]+$/;

type Piece = { kind: 'text'; value: string } | { kind: 'link'; href: string };

function split(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const [index, part] of text.split(URL_PATTERN).entries()) {
    if (index % 2 === 0) {
      if (part) pieces.push({ kind: 'text', value: part });
      continue;
    }
    const trailing = TRAILING.exec(part)?.[0] ?? '';
    pieces.push({ kind: 'link', href: part.slice(0, part.length - trailing.length) });
    if (trailing) pieces.push({ kind: 'text', value: trailing });
  }
  return pieces;
}

export function LinkifiedText({ text }: { text: string }) {
  return (
    <div className="nr-outbox__text">
      {split(text).map((piece, index) =>
        piece.kind === 'text' ? (
          <Fragment key={index}>{piece.value}</Fragment>
        ) : (
          <ExternalLink key={index} href={piece.href}>
            {piece.href}
          </ExternalLink>
        ),
      )}
    </div>
  );
}
