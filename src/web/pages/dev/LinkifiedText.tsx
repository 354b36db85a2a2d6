// Plain text with its web addresses turned into links; everything else stays text (React escapes it).
import { Fragment } from 'react';
import { splitLinks } from '../../../shared/text-links.ts';
import { ExternalLink } from '../../components/Link.tsx';

export function LinkifiedText({ text }: { text: string }) {
  return (
    <div className="nr-outbox__text">
      {splitLinks(text).map((piece, index) =>
        piece.kind === 'text' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one text, never reordered; their place is all that tells two alike apart
          <Fragment key={index}>{piece.value}</Fragment>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one text, never reordered; their place is all that tells two alike apart
          <ExternalLink key={index} href={piece.href}>
            {piece.href}
          </ExternalLink>
        ),
      )}
    </div>
  );
}
