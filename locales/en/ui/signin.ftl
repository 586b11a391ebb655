# The sign-in screen: sign in, sign in again, activate an account, try the demo.

signin-about = About Okta HR
signin-headline = People work, everywhere — even without signal.
signin-perk-check-in = Geofenced check-in that works offline
signin-perk-leave = Leave requests with live balance checks
signin-perk-pay = Payslips, approvals and your team in one place

## Sign in
signin-sign-in = Sign in
signin-intro = Use the address your company gave you.
signin-again-title = Sign in again
signin-again-intro = Your session ended. Your unsynced changes are kept and will sync after you sign in.
signin-back-to-app = Back to the app
# $reason: the server's explanation of why this device was signed out.
signin-dismissed = { $reason } Nothing of your account is kept on this device.
signin-company-server = Company server
signin-server-placeholder = https://hr.yourcompany.com
signin-work-email = Work email
signin-email-placeholder = you@company.com
signin-password = Password
signin-new-password = New password
signin-expired-hint = At least 8 characters. It replaces the expired one.
signin-signing-in = Signing in…
signin-set-password-and-sign-in = Set password and sign in
signin-error-missing = Enter your company's server address, your email and your password.
signin-error-new-password = Choose a new password of at least 8 characters.

## Activation with a link from HR
signin-have-activation-link = I have an activation link
signin-back-to-sign-in = Back to sign in
signin-activate-title = Activate your account
signin-activate-intro = Paste the link HR gave you and choose your password. The link works once.
signin-activation-link = Activation link
signin-activation-link-placeholder = https://hr.yourcompany.com/api/v1/auth/set-password?token=…
# Followed by the server's address.
signin-server-from-link = Your company's server:
signin-password-hint = At least 8 characters.
signin-new-password-again = New password again
signin-setting-password = Setting your password…
signin-error-no-server = Enter your company's server address: the token alone does not name it.
signin-error-no-email = Enter your work email, to sign in once the password is set.
# $activated: the server's confirmation that the password is set; $error: why signing in failed.
signin-activated-not-signed-in = { $activated } Signing in did not work yet: { $error }

## Demo
signin-or-demo = or try the demo
signin-try-demo = Try the demo
signin-demo-employee = Employee
signin-demo-employee-text = Check in at HQ, request leave, read payslips
signin-demo-manager = Manager
signin-demo-manager-text = Approve leave and watch the team's attendance
signin-demo-hr = HR
signin-demo-hr-text = Everything above, plus payroll and assets
signin-demo-note = The demo runs a sample company on this device. No account needed.
