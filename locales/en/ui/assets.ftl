# Assets: HR's catalogue, handing out and taking back, requests and problems; an employee's own equipment.

assets-subtitle-hr = The catalogue, who holds what, and what employees ask for and report
assets-subtitle-manager = Company equipment and who holds it
assets-subtitle-employee = The company equipment you hold; ask HR for more or report a problem

assets-tab-catalogue = Catalogue
assets-tab-requests = Requests
assets-tab-problems = Problems
assets-tab-mine = My assets

# On every disabled change button while offline.
assets-offline = Asset changes need a connection
assets-offline-callout = Asset changes need a connection. Showing what this device last read.

# `what` of "Loading … from the server", read mid-sentence.
assets-first-fill-company = the company's assets
assets-first-fill-mine = the assets you hold
assets-first-fill-requests = employees' requests
assets-first-fill-problems = reported problems

## Statuses

assets-status-in-stock = In stock
assets-status-assigned = Assigned
assets-status-in-repair = In repair
assets-status-retired = Retired
# A manager's list calls an asset in stock "available".
assets-team-available = Available

assets-filter-by-status = Filter by status
assets-filter-all = All { $count }
assets-filter-in-stock = In stock { $count }
assets-filter-assigned = Assigned { $count }
assets-filter-available = Available { $count }
assets-filter-in-repair = In repair { $count }
assets-filter-retired = Retired { $count }

assets-search-label = Search assets
assets-search-placeholder = Search tag, name, holder…
assets-none-match = No assets match

assets-col-tag = Tag
assets-col-asset = Asset
assets-col-category = Category
assets-col-status = Status
assets-col-holder = Holder

# Before a serial number: "SN 5CG1234".
assets-serial-short = SN
assets-holder-since = since { $date }
assets-yours-since = Yours since { $date }

## Categories offered as one types (anything else may be typed)

assets-category-laptop = Laptop
assets-category-monitor = Monitor
assets-category-headset = Headset
assets-category-phone = Phone
assets-category-keyboard = Keyboard
assets-category-mouse = Mouse
assets-category-docking-station = Docking station

## The catalogue

assets-add = Add an asset
assets-edit-title = Edit { $tag }
assets-assign = Assign
assets-take-back = Take back
assets-history = History
assets-history-offline = The history is read from the server
assets-bought-on-for = Bought { $date } for { $cost }
assets-bought-on = Bought { $date }
assets-bought-for = Bought for { $cost }
assets-added = Added { $tag } { $name } ({ $status ->
        [in_stock] in stock
        [assigned] assigned
        [in_repair] in repair
       *[retired] retired
    }).
assets-saved = Saved { $tag } { $name } ({ $status ->
        [in_stock] in stock
        [assigned] assigned
        [in_repair] in repair
       *[retired] retired
    }).
assets-returned = { $tag } is back from { $name } ({ $condition }).
assets-assigned-to = { $tag } is now held by { $name }.

## The add/edit form

assets-field-tag = Tag
assets-field-name = Name
assets-field-category = Category
assets-field-serial = Serial number (optional)
assets-field-bought = Bought on (optional)
assets-field-cost = Cost (optional)
assets-field-status = Status
assets-status-assigned-hint = Assigned to { $name }: take it back to change its status.
assets-status-hint = An asset becomes assigned by assigning it to someone.
assets-save-asset = Save asset
assets-add-asset = Add asset
assets-nothing-to-save = Nothing to save: change a field first.
assets-cost-error = The purchase cost field must be an amount with at most two decimals.

## Handing out and taking back

assets-assign-label = Assign { $tag }
assets-take-back-label = Take back { $tag }
assets-assign-to = To
assets-choose-someone = Choose someone…
assets-condition-out-label = Condition it goes out in
assets-condition-back-label = Condition it came back in
assets-condition-good = Good
assets-condition-worn = Worn
assets-condition-damaged = Damaged
assets-condition-lost = Lost
assets-condition-back-in-stock = back in stock
assets-condition-to-repair = goes to repair
assets-condition-retired = retired from the catalogue
# A condition as the server keeps it, mid-sentence; one HR typed themselves is shown as it is.
assets-condition-word = { $condition ->
        [new] new
        [good] good
        [worn] worn
        [damaged] damaged
        [lost] lost
       *[other] { $condition }
    }
assets-note-label = Note (optional)
assets-note-placeholder-assign = With charger
assets-note-placeholder-return = Scratch on the lid

## Who held an asset

assets-who-held = Who held it
assets-looking = Looking…
assets-nobody-yet = Nobody yet.
assets-spell-range = { $from } – { $to }
assets-spell-since = Since { $from }
assets-spell-until = Until { $to }
assets-spell-unknown = Before the history was kept
# "Out good · back worn (Ear cushions replaced)": how it went out and came back.
assets-spell-out = Out { $condition }
assets-spell-out-note = Out { $condition } ({ $note })
assets-spell-back = back { $condition }
assets-spell-back-note = back { $condition } ({ $note })
assets-handed-out-by = handed out by { $name }
assets-taken-back-by = taken back by { $name }

## Requests for equipment

assets-requests-title = Requests for equipment
assets-no-requests = No requests
# The name and the category are shown in bold.
assets-request-asks = { $name } asks for a { $category }
assets-fulfil-with = Fulfil with
assets-choose-in-stock = Choose an asset in stock…
assets-none-in-stock = None in stock
assets-fulfil-hint = { $category } in stock; it is assigned to { $name }.
assets-fulfil = Fulfil
assets-decline-because = Or decline, because
assets-decline = Decline
assets-request-fulfilled = { $name }'s request for a { $category }: fulfilled with { $tag }.
assets-request-declined = { $name }'s request for a { $category }: declined.
assets-outcome-fulfilled = Fulfilled
assets-outcome-fulfilled-with = Fulfilled with { $tag }
assets-outcome-fulfilled-by = Fulfilled by { $by }
assets-outcome-fulfilled-with-by = Fulfilled with { $tag } by { $by }
assets-outcome-declined = Declined
assets-outcome-declined-by = Declined by { $by }
assets-outcome-declined-reason = Declined: { $reason }
assets-outcome-declined-by-reason = Declined by { $by }: { $reason }
assets-outcome-waiting = Waiting for HR

## Reported problems

assets-problems-title = Reported problems
assets-which-problems = Which problems
assets-problems-open = Open
assets-open-problems = { $count ->
        [0] No open problems
        [one] { $count } open problem
       *[other] { $count } open problems
    }
assets-nothing-open = Nothing open
assets-no-problems = No problems reported
assets-resolved-badge = Resolved
assets-what-was-done = What was done (optional)
assets-what-was-done-placeholder = Battery replaced
assets-resolve = Resolve
assets-problem-resolved = Resolved { $name }'s problem with { $tag }; they are told.
assets-resolved = Resolved
assets-resolved-by = Resolved by { $by }
assets-resolved-on = Resolved on { $date }
assets-resolved-by-on = Resolved by { $by } on { $date }
# A resolution and the note of what was done.
assets-resolved-note = { $text }: { $note }

## What you hold

assets-what-you-hold = What you hold
assets-mine-empty = You hold no company equipment
assets-mine-empty-hint = Ask HR below when you need some.
assets-report-problem = Report a problem
assets-problem-label = What is wrong with { $tag }?
assets-send-to-hr = Send to HR
assets-reported = Reported to HR: “{ $description }”. You will be notified when it is resolved.
assets-ask-title = Ask for equipment
assets-ask-intro = HR decide, and hand it to you or tell you why not.
assets-ask-kind = What kind
assets-ask-kind-placeholder = Monitor, headset, phone…
assets-ask-why = Why you need it
assets-ask-send = Ask HR
assets-asked = Asked HR for a { $category }. You will be notified of their decision.
