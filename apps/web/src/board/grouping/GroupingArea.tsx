import { useEffect, useState, type ReactNode } from 'react';

type GroupingModule = typeof import('./GroupingDnd.js');

/**
 * Wraps the sections in drag and drop on the screen of someone who runs the table. The kit is
 * fetched after the board's first paint (a participant's phone never fetches it); until it has
 * arrived, and outside the grouping phase, cards draw without it and the card menu groups them.
 */
export function GroupingArea({
  runsTable,
  grouping,
  children,
}: {
  runsTable: boolean;
  grouping: boolean;
  children: ReactNode;
}) {
  const [kit, setKit] = useState<GroupingModule | null>(null);
  useEffect(() => {
    if (!runsTable || kit) return;
    let live = true;
    void import('./GroupingDnd.js').then((m) => live && setKit(m));
    return () => {
      live = false;
    };
  }, [runsTable, kit]);
  if (!kit) return <>{children}</>;
  return <kit.GroupingDnd enabled={grouping}>{children}</kit.GroupingDnd>;
}
