# Said of a notification the person opened, with how it reached the server.
notifications-marked-read = Marked as read
notifications-all-marked-read = All marked as read
notifications-open-approvals = Open approvals
notifications-view-leave = View leave
notifications-read-announcements = Read announcements
notifications-view-payslips = View payslips
notifications-unread = { $count } unread
notifications-caught-up = You're all caught up
notifications-mark-all-read = Mark all as read
notifications-empty = No notifications
notifications-empty-hint = Approvals, decisions and news will show up here.
# A notification's accessible name while it is unread.
notifications-unread-label = Unread: