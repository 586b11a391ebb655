# Shown on every change button while offline: announcements change only with the server's answer.
announcements-offline = Announcement changes need a connection
announcements-offline-cached = Announcement changes need a connection. Showing what this device last read.

## The states: the filter's name for those in it, one announcement's state, and the filter's empty list.

announcements-state-drafts = Drafts
announcements-state-draft = Draft
announcements-state-scheduled = Scheduled
announcements-state-scheduled-one = Scheduled
announcements-state-published = Published
announcements-state-published-one = Published
announcements-state-expired = Expired
announcements-state-expired-one = Expired
announcements-none-draft = No draft announcements
announcements-none-scheduled = No scheduled announcements
announcements-none-published = No published announcements
announcements-none-expired = No expired announcements

## Whom it is for: "Engineering, Sales · HQ · Emma Fischer, 1 person" (the counts are names this device does not know).

announcements-audience-everyone = Everyone
announcements-audience-departments = { $count ->
    [one] { $count } department
   *[other] { $count } departments
}
announcements-audience-branches = { $count ->
    [one] { $count } branch
   *[other] { $count } branches
}
announcements-audience-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
# Between names in a list.
announcements-list-separator = {", "}
announcements-audience-nobody = Nobody yet

## When it goes out and comes down; $at is a date and time.

announcements-when-until = until { $at }
announcements-when-draft = Draft since { $at }
announcements-when-scheduled = Publishes { $at }
announcements-when-published = Published { $at }
announcements-when-expired = Published { $published } · taken down { $expired }

## Confirmations and results of HR's actions.

announcements-confirm-publish-everyone = Publish “{ $title }” now? Everyone is notified at once.
announcements-confirm-publish = Publish “{ $title }” now? Its audience ({ $audience }) is notified at once.
announcements-confirm-expire = Take “{ $title }” down now? Nobody but HR sees it from then on.
announcements-confirm-delete-scheduled = Delete “{ $title }”? It will not be published. This cannot be undone.
announcements-confirm-delete = Delete “{ $title }”? This cannot be undone.
announcements-done-published = Published “{ $title }”: its audience has been notified.
announcements-done-expired = Took “{ $title }” down.
announcements-done-deleted = Deleted “{ $title }”.
announcements-saved-scheduled = Scheduled “{ $title }” for { $at }.
announcements-saved-draft = Saved “{ $title }” as a draft: nobody sees it until it is published.
announcements-saved = Saved “{ $title }”.

## The form's submit button: what it will do.

announcements-submit-publish-now = Publish now
announcements-submit-save-schedule = Save schedule
announcements-submit-schedule = Schedule
announcements-submit-save-draft = Save draft
announcements-submit-save-as-draft = Save as draft

## The feed.

announcements-subtitle = News from { $company }
announcements-subtitle-default = News from your company
announcements-new = New announcement
announcements-tab-feed = What people see
announcements-tab-manage = Manage
announcements-empty = No announcements
announcements-empty-hint = Company news will show up here.
# The author of an announcement whose author is unknown.
announcements-author-fallback = HR team
announcements-pinned = Pinned
announcements-latest = Latest

## Writing or changing one.

announcements-person-unknown = Person { $id }
announcements-nothing-to-save = Nothing to save: change a field first.
announcements-edit-title = Edit “{ $title }”
announcements-published-note = It has been published: only its pin and when it comes down can change now.
announcements-field-title = Title
announcements-field-message = Message
announcements-field-audience = Who sees it
announcements-audience-chosen = Chosen departments, branches or people
announcements-departments = Departments
announcements-branches = Branches
announcements-people = People
announcements-none-on-device = None on this device yet
announcements-remove-person = Remove { $name }
announcements-people-search = Search by name or email
announcements-add-person = Add { $name }
announcements-pin = Pin it above the others while it is up
announcements-field-when = When
announcements-when-now = Publish now, notifying its audience
# Followed by a date and time field.
announcements-when-schedule = Schedule for
announcements-publish-at = Publish at
announcements-when-back-to-draft = Back to a draft
announcements-when-draft-choice = Save as a draft
announcements-expires = Take it down automatically
announcements-expires-at = Take down at
announcements-choose-audience = Choose at least one department, branch or person.

## HR's list of every announcement.

announcements-all = All announcements
# The state filter's label (read by screen readers only).
announcements-filter = Show
announcements-filter-all = All ({ $count })
announcements-filter-state = { $state } ({ $count })
# The list's button that opens the form: "Write one with New." names it.
announcements-new-short = New
announcements-publish = Publish
announcements-take-down = Take down
announcements-delete = Delete
announcements-none-yet = No announcements yet
announcements-write-one = Write one with New.
announcements-by = by { $name }
announcements-edit-label = Edit { $title }
announcements-publish-label = Publish { $title }
announcements-take-down-label = Take down { $title }
announcements-delete-label = Delete { $title }
