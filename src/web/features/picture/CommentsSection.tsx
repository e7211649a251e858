import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Details } from '../../components/Details';
import { CommentTags } from './CommentTags';
import { historyPath, orgOf } from './picture-format';
import type { CommentDigestEntry, Picture } from './picture-types';

function Entries({ picture, entries }: { picture: Picture; entries: readonly CommentDigestEntry[] }) {
  return (
    <ul className="picture-digest">
      {entries.map((entry) => (
        <li key={entry.orgId} className="picture-digest__entry">
          <Link className="picture-digest__org" to={historyPath(picture.network.id, entry.orgId)}>
            {orgOf(picture, entry.orgId).name}
          </Link>
          <CommentTags status={entry.status} stale={entry.stale} roundsUnchanged={entry.roundsUnchanged} />{' '}
          <span className="picture-comment">{entry.text}</span>
        </li>
      ))}
    </ul>
  );
}

/** One area's (or free-text question's) comments: new and changed shown, carried-over folded. */
function Digest({
  picture,
  label,
  entries,
}: {
  picture: Picture;
  label: string;
  entries: readonly CommentDigestEntry[];
}) {
  const { t } = useTranslation('picture');
  const fresh = entries.filter((e) => e.status !== 'carried_over');
  const carried = entries.filter((e) => e.status === 'carried_over');
  return (
    <section className="picture-digest__area">
      <h3>{label}</h3>
      {entries.length === 0 ? (
        <p className="muted">{t('comments.none')}</p>
      ) : (
        <>
          {fresh.length > 0 ? (
            <Entries picture={picture} entries={fresh} />
          ) : (
            <p className="muted">{t('comments.noneNew')}</p>
          )}
          {carried.length > 0 ? (
            <Details summary={t('comments.carriedOver', { count: carried.length })}>
              <Entries picture={picture} entries={carried} />
            </Details>
          ) : null}
        </>
      )}
    </section>
  );
}

/** The comment digest per area, then the template's free-text questions. */
export function CommentsSection({ picture }: { picture: Picture }) {
  const { t } = useTranslation('picture');
  return (
    <section className="picture-section" aria-labelledby="kommentarer">
      <h2 id="kommentarer">{t('comments.heading')}</h2>
      <p>{t('comments.intro')}</p>
      {picture.areas.map((area) => (
        <Digest
          key={area.key}
          picture={picture}
          label={area.label}
          entries={picture.comments[area.key] ?? []}
        />
      ))}
      {picture.texts.map((text) => (
        <Digest key={`text-${text.key}`} picture={picture} label={text.label} entries={text.entries} />
      ))}
    </section>
  );
}
