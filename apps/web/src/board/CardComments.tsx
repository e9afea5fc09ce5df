import type { Card } from '@tavolo/board';
import { useId, useState } from 'react';
import { useT } from '../i18n/useT.js';
import './comments.css';
import { CommentThread } from './CommentThread.js';
import type { ViewerRights } from './viewerRights.js';

/**
 * A card's comments: a button with their count that opens the thread (the comments, oldest
 * first, and a box to add one when the viewer may write). During silent writing the server
 * sends nobody else's comments to a participant, so the count is what this device may see.
 */
export function CardComments({ card, rights }: { card: Card; rights: ViewerRights }) {
  const t = useT();
  const threadId = useId();
  const [open, setOpen] = useState(false);
  const count = card.comments.length;
  if (count === 0 && !rights.mayWrite) return null;
  const short = card.text.length > 50 ? `${card.text.slice(0, 50)}…` : card.text;
  return (
    <div className="card-comments">
      <button
        type="button"
        className="comments-toggle"
        aria-expanded={open}
        aria-controls={threadId}
        aria-label={
          count === 0
            ? t('comments.startNamed', { text: short })
            : t('comments.toggleNamed', { count, text: short })
        }
        onClick={() => setOpen((o) => !o)}
      >
        <svg className="comments-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M3 4.5A1.5 1.5 0 0 1 4.5 3h11A1.5 1.5 0 0 1 17 4.5v8a1.5 1.5 0 0 1-1.5 1.5H8l-4 3v-3h.5A1.5 1.5 0 0 1 3 12.5z" />
        </svg>
        {count === 0 ? t('comments.start') : t('comments.toggle', { count })}
      </button>
      {open && (
        <CommentThread
          id={threadId}
          card={card}
          rights={rights}
          label={t('comments.listNamed', { text: short })}
        />
      )}
    </div>
  );
}
