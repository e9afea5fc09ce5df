import { useQuery } from '@tanstack/react-query';
import { useT } from '../i18n/useT.js';
import type { UiStorage } from '../ui/uiStore.js';
import { lookupInvitation } from './invitationApi.js';
import { InvitationForm } from './InvitationForm.js';
import { JoinLayout } from './JoinLayout.js';
import { JoinProblem } from './JoinProblem.js';

/** /i/<invite>: the page an invitation link or QR code opens. */
export function InvitationPage({
  invite,
  storage,
  navigate,
}: {
  invite: string;
  storage: UiStorage;
  navigate(path: string): void;
}) {
  const t = useT();
  const lookup = useQuery({
    queryKey: ['invitation', 'link', invite],
    queryFn: () => lookupInvitation({ invite }),
    retry: false,
  });
  return (
    <JoinLayout>
      {lookup.isPending && (
        <p className="join-card" role="status">
          {t('invite.loading')}
        </p>
      )}
      {lookup.isError && <JoinProblem error={lookup.error} />}
      {lookup.data && (
        <InvitationForm
          summary={lookup.data}
          inviteRef={{ invite }}
          storage={storage}
          navigate={navigate}
        />
      )}
    </JoinLayout>
  );
}
