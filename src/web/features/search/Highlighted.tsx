import type { SearchSegment } from './search-types';

/** Text with the matching parts in <mark>; the segments are text, never HTML. */
export function Highlighted({ segments }: { segments: SearchSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.highlighted ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are a fixed sequence of one string.
          <mark key={index}>{segment.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are a fixed sequence of one string.
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
