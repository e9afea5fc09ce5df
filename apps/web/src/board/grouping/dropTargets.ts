import {
  closestCenter,
  pointerWithin,
  type ClientRect,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';

/** A card lands only in its own section: the board refuses a group of another section. */
function sameSection(args: Parameters<CollisionDetection>[0]) {
  const section = args.active.data.current?.['section'];
  return args.droppableContainers.filter((c) => c.data.current?.['section'] === section);
}

/**
 * The drop area under the pointer (mouse, touch); for the keyboard, which has no pointer, the
 * area under the held card's centre, which `jumpBetweenTargets` puts inside one area at a time.
 */
export const dropTargetAt: CollisionDetection = (args) => {
  const droppableContainers = sameSection(args);
  const { collisionRect } = args;
  const pointerCoordinates = args.pointerCoordinates ?? {
    x: collisionRect.left + collisionRect.width / 2,
    y: collisionRect.top + collisionRect.height / 2,
  };
  const under = pointerWithin({ ...args, droppableContainers, pointerCoordinates });
  if (under.length > 0 || args.pointerCoordinates) return under;
  return closestCenter({ ...args, droppableContainers });
};

const FORWARD = ['ArrowDown', 'ArrowRight'];
const BACK = ['ArrowUp', 'ArrowLeft'];

/**
 * Arrow keys move a held card from one drop area of its section to the next (down, right) or
 * the previous (up, left), in reading order: the new-group area at the top, each group, the
 * ungrouped cards. However long the board, a group is a few key presses away; the keyboard
 * sensor scrolls the page to it.
 */
export const jumpBetweenTargets: KeyboardCoordinateGetter = (event, { active, context }) => {
  const step = FORWARD.includes(event.code) ? 1 : BACK.includes(event.code) ? -1 : 0;
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (step === 0 || !collisionRect) return undefined;
  event.preventDefault();
  const section = context.active?.data.current?.['section'];
  const areas = droppableContainers
    .getEnabled()
    .filter((c) => c.data.current?.['section'] === section)
    .flatMap((c) => {
      const rect = droppableRects.get(c.id);
      return rect ? [{ id: c.id, rect }] : [];
    })
    .sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
  if (areas.length === 0) return undefined;
  const here = areas.findIndex((a) => a.id === over?.id);
  const fallback = step > 0 ? 0 : areas.length - 1;
  const next = areas[here === -1 ? fallback : here + step];
  if (!next || active === next.id) return undefined;
  return aimAt(next.rect, collisionRect);
};

/** Where the held card goes so that its centre lies inside `target`, near its top. */
function aimAt(target: ClientRect, held: ClientRect) {
  const x = target.left + target.width / 2;
  const y = target.top + Math.min(target.height / 2, 32);
  return { x: x - held.width / 2, y: y - held.height / 2 };
}
