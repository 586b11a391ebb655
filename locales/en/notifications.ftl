# The server's notifications, written in each recipient's language. A person's own words (an announcement,
# a reason, a problem's description) are not here: they are shown as written.
# Leave: $name asked, for $days days of $type from $start to $end (ISO dates); $approver decided.
notice-leave-submitted-title = Leave request from { $name }
notice-leave-submitted-body = { $name } asks for { $days ->
        [one] { $days } day
       *[other] { $days } days
    } of { $type } from { $start } to { $end }.
notice-leave-rejected-title = Leave request rejected
notice-leave-rejected-body = { $approver } rejected your { $type } from { $start } to { $end }.
notice-leave-rejected-body-note = { $approver } rejected your { $type } from { $start } to { $end }. Note: { $note }
notice-leave-step-approved-title = Leave request approved by your manager
notice-leave-step-approved-body = { $approver } approved your { $type } from { $start } to { $end }; it now awaits HR.
notice-leave-approved-title = Leave request approved
notice-leave-approved-body = Your { $type } from { $start } to { $end } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    }) is approved.
notice-leave-cancelled-title = Leave cancelled by { $name }
notice-leave-cancelled-body = { $name } cancelled their approved { $type } from { $start } to { $end } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    }); the days are back in their balance.

# Assets: $status is "fulfilled" or "declined".
notice-asset-request-title = { $name } asks for a { $category }
notice-asset-request-body = Reason: { $reason }
notice-asset-decided-title = Your request for a { $category } was { $status }
notice-asset-yours = { $tag } is now yours.
notice-problem-reported-title = { $name } reports a problem with { $tag }
notice-problem-resolved-title = The problem with { $tag } is resolved

# Payroll: $period is the run's name, $date the pay day.
notice-payslip-title = Your payslip for { $period } is ready
notice-payslip-body = Paid on { $date }.
notice-payslip-body-net = Paid on { $date }. Net pay: { $currency } { $net }.

# Attendance: times are written by notice-moment.
notice-auto-closed-title = Check-out recorded for you
notice-auto-closed-body = Your check-in of { $check_in } was closed at { $closed } because no check-out was recorded. Ask for a correction if that is wrong.
notice-correction-requested-title = Attendance correction from { $name }
notice-correction-requested-body = { $name } asks to correct { $date }: { $times }. Reason: { $reason }
notice-correction-approved-title = Attendance correction approved
notice-correction-approved-body = { $decider } approved your correction of { $date } ({ $times }).
# $reason: why the correction was rejected.
notice-correction-rejected-title = Attendance correction rejected
notice-correction-rejected-body = { $decider } rejected your correction of { $date } ({ $times }). Reason: { $reason }
notice-attendance-corrected-title = Your attendance was corrected
notice-attendance-corrected-body = { $corrector } corrected your attendance of { $date }: { $in } to { $out }. Reason: { $reason }
notice-check-in-at = check-in { $at }
notice-check-out-at = check-out { $at }
notice-no-check-out = no check-out
notice-moment = { $time } on { $day } { $month }
notice-month-1 = Jan
notice-month-2 = Feb
notice-month-3 = Mar
notice-month-4 = Apr
notice-month-5 = May
notice-month-6 = Jun
notice-month-7 = Jul
notice-month-8 = Aug
notice-month-9 = Sep
notice-month-10 = Oct
notice-month-11 = Nov
notice-month-12 = Dec

# For HR, about the company's accounts.
notice-locked-out-title = A user was locked out
notice-locked-out-body = { $name } was locked out after { $count } wrong passwords. Unlock them in People.
notice-suspicious-title = Suspicious sign-in activity
notice-suspicious-body = { $count } sign-ins failed from the address { $address } within { $minutes } minutes.
notice-deactivated-title = A user was deactivated
notice-deactivated-body = { $name } was deactivated and can no longer sign in.

# The demo's first notification.
notice-welcome-title = Welcome to Okta HR
notice-welcome-body = Check in and out from your phone, request leave and find your payslips here.
