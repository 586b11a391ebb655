app-name = Okta HR

nav-today = Today
nav-attendance = Attendance
nav-leave = Leave
nav-payslips = Payslips
nav-notifications = Notifications
nav-announcements = Announcements
nav-assets = Assets
nav-approvals = Approvals
nav-team = Team attendance
nav-directory = Directory
nav-payroll = Payroll
nav-pay-setup = Pay setup
nav-admin = Admin
nav-hr = Schedules & audit
nav-leave-policy = Leave policy
nav-settings = Profile & settings

nav-section-me = My work
nav-section-company = Company
nav-section-team = Team
nav-section-account = Account

# Read after the count a screen's entry shows ("Approvals 3 waiting").
nav-badge-waiting = waiting
nav-badge-unread = unread
