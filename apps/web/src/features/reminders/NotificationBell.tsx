import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { UnreadNotificationCountDocument } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { useReminderText } from './reminder-texts';

/** The bell in the header: the unread count, read again every minute; opens the notifications. */
export function NotificationBell() {
  const rt = useReminderText();
  const unread = useGraphQuery(UnreadNotificationCountDocument, {}, { refetchInterval: 60_000 });
  const count = unread.data?.unreadNotificationCount ?? 0;
  return (
    <Link to={paths.notifications()} className="header-link notification-bell" aria-label={rt('bellUnread', { count })} data-testid="notification-bell">
      {rt('bell')}
      {count > 0 && (
        <span className="badge" data-testid="notification-unread">
          {count}
        </span>
      )}
    </Link>
  );
}
