/** `caseatlas.saved_search`: the search page's "Save search" and how a saved search is described. */
export const savedSearchTextsEn = {
  save: 'Save search',
  dialog_title: 'Save this search',
  dialog_help:
    'Cases matching it that are published or changed from now on will be listed under Alerts. Saved searches are private to you.',
  name: 'Name',
  name_help: 'Names of people typed here are replaced by placeholders when it is saved.',
  not_saved: 'The search cannot be saved:',
  saved: 'Search “%{name}” saved. New matches will appear under Alerts.',
  text: 'Text: %{q}',
  all_cases: 'All cases',
};

/** `caseatlas.alerts`: the alerts page (`/alerts`) and its menu entry. */
export const alertTextsEn = {
  title: 'Alerts',
  intro:
    'For each of your saved searches: the cases matching it that were published or changed since you last marked it as seen.',
  menu_label: 'Alerts: %{smart_count} new match |||| Alerts: %{smart_count} new matches',
  none: 'You have no saved searches. Save one on the search page to be told about new cases matching it.',
  go_to_search: 'Go to search',
  new_matches: '%{smart_count} new match |||| %{smart_count} new matches',
  no_new_matches: 'Nothing new',
  since: 'Changes since %{date}',
  more: 'and %{smart_count} more',
  mark_seen: 'Mark as seen',
  open_search: 'Open search',
  delete_title: 'Delete the saved search “%{name}”?',
  delete_content: 'You will no longer be alerted to cases matching it. The cases themselves are not affected.',
  deleted: 'Saved search deleted',
  unavailable: 'Alerts cannot be checked right now: search is unavailable.',
  failed: 'Alerts could not be loaded: %{message}',
};
