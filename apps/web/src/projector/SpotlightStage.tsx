import type { BoardSnapshot, Card, Directory, Section } from '@tavolo/board';
import { CardFieldsView } from '../board/CardFieldsView.js';
import { useSectionTitle } from '../board/useSectionTitle.js';
import { useT } from '../i18n/useT.js';
import { SpotlightComments } from './SpotlightComments.js';
import { wallAuthor } from './wallAuthor.js';
import type { WallItem } from './wallItems.js';

/** Cards of a spotlit group the wall lists; the rest are counted. */
const GROUP_CARDS = 5;

/** The card or group the moderator put in the spotlight, large, with its comments. */
export function SpotlightStage({
  board,
  directory,
  spotlit,
}: {
  board: BoardSnapshot;
  directory: Directory;
  spotlit: { readonly item: WallItem; readonly section: Section };
}) {
  const t = useT();
  const title = useSectionTitle();
  const { item, section } = spotlit;
  return (
    <section
      className={`spotlight-stage section-${section.kind}`}
      aria-labelledby="spotlight-title"
      data-spotlight={item.id}
    >
      <p className="spotlight-label">
        <span>{t('projector.spotlight')}</span> · {title(section)}
      </p>
      {item.type === 'card' ? (
        <SpotlitCard card={item.card} board={board} directory={directory} />
      ) : (
        <>
          <h2 id="spotlight-title" className="spotlight-text">
            {item.group.heading}
          </h2>
          <ul className="spotlight-group-cards">
            {item.group.cards.slice(0, GROUP_CARDS).map((card) => (
              <li key={card.id}>{card.text}</li>
            ))}
          </ul>
          {item.group.cards.length > GROUP_CARDS && (
            <p className="wall-more">
              {t('projector.more', { count: item.group.cards.length - GROUP_CARDS })}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function SpotlitCard({
  card,
  board,
  directory,
}: {
  card: Card;
  board: BoardSnapshot;
  directory: Directory;
}) {
  const author = wallAuthor(board, directory, card.authorId);
  return (
    <>
      <h2 id="spotlight-title" className="spotlight-text">
        {card.text}
      </h2>
      {author && <p className="spotlight-author">{author}</p>}
      <CardFieldsView card={card} board={board} />
      <SpotlightComments comments={card.comments} board={board} directory={directory} />
    </>
  );
}
