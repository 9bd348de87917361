import { Badge } from '@mui/material';
import NotificationsIcon from '@mui/icons-material/Notifications';
import NotificationsNoneIcon from '@mui/icons-material/NotificationsNone';
import { Menu, useCanAccess, useTranslate } from 'react-admin';
import { ALERTS_PATH, useAlerts } from './useAlerts';

/**
 * "Alerts" in the menu, with the number of new matches of all saved searches on its icon (so
 * it shows with the menu folded too), refreshed every minute by useAlerts. Without new matches
 * there is no badge at all: an invisible MUI badge keeps its last number in the page's text.
 */
export const AlertsMenuItem = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'savedSearches', action: 'list' });
  const { data } = useAlerts();
  if (!canAccess) return null;
  const total = data?.total ?? 0;
  return (
    <Menu.Item
      to={ALERTS_PATH}
      primaryText="caseatlas.menu.alerts"
      // The badge's bare number means little to a screen reader: the link says it in words.
      aria-label={total > 0 ? translate('caseatlas.alerts.menu_label', { smart_count: total }) : undefined}
      leftIcon={
        total > 0 ? (
          <Badge badgeContent={total} max={99} color="error" data-testid="alerts-badge" data-count={total}>
            <NotificationsIcon />
          </Badge>
        ) : (
          <NotificationsNoneIcon />
        )
      }
    />
  );
};
