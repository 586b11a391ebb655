# The Today screen: check in and out, location, reminders and quick links.

# $greeting: "Good morning"; $name: the person's first name.
today-greeting-name = { $greeting }, { $name }

## Records to check
today-attention-title = Check your times
# After the day: "Thu 20 Nov · in 09:00 — …".
today-attention-in = in { $time }
today-attention-forgotten = no check-out: did you forget to check out?
today-attention-correct = Ask for a correction

## Check in and out
today-punch-title = Check in and out
today-state-in-since = Checked in since { $time }
today-state-out = Not checked in
today-pending-chip = pending sync
today-checked-in-at = Checked in at { $time }
today-checked-out-at = Checked out at { $time }
# $name: the shift's name; $hours: "09:00–17:30".
today-shift = Your shift: { $name } · { $hours }
today-check-in = Check in
today-check-out = Check out
today-confirm-hint = This device's check may be out of date; the server decides. Send it anyway?
today-check-in-anyway = Check in anyway
today-check-out-anyway = Check out anyway
today-not-now = Not now
today-worked = Worked today
# Label under the number of records.
today-records-count = { $count ->
    [one] Record today
   *[other] Records today
}

## The device's check before sending
# $distance: "1.2 km"; $branch: the branch's name.
today-precheck-far-in = The server will likely refuse a check-in from here, { $distance } from { $branch }.
today-precheck-far-out = The server will likely refuse a check-out from here, { $distance } from { $branch }.
today-precheck-no-fix-in = { $branch } needs your location for a check-in, and this device has none.
today-precheck-no-fix-out = { $branch } needs your location for a check-out, and this device has none.
# Stands for the branch's name when the device does not know it.
today-your-branch = your branch

## Location
today-location = Location
today-location-update-label = Update location
today-location-update = Update
today-location-unavailable = Location unavailable
today-location-checking = Checking your location…
today-set-desk-location = Set desk location
today-geo-no-branch = No branch assigned
today-geo-no-branch-detail = You can check in from anywhere.
today-geo-unfenced = { $branch } has no geofence
today-geo-unfenced-detail = You're inside wherever you are — check in from anywhere.
today-geo-no-fix = No location on this device
today-geo-no-fix-desktop = { $branch } checks your location at check-in. Set this computer's location in Settings.
today-geo-no-fix-mobile = { $branch } checks your location at check-in. Allow location access for Okta HR.
today-geo-inside = You're inside { $branch }
today-geo-outside = You're outside { $branch }
# The parts of the location's detail, joined with " · ".
today-geo-distance = { $distance } from { $branch }
today-geo-radius = { $branch }'s radius { $radius }
# $accuracy: "±8 m".
today-geo-accuracy = accuracy { $accuracy }
today-geo-tolerance = Your position is only accurate to { $accuracy }, so up to { $extra } beyond the radius still counts as inside.

## The desk location typed in Settings (a computer has no position of its own)
today-desk-location-format = Use latitude,longitude or latitude,longitude,accuracy — e.g. 52.5200,13.4050,10
today-desk-location-latitude = Latitude must be between -90 and 90.
today-desk-location-longitude = Longitude must be between -180 and 180.
today-desk-location-accuracy = Accuracy must be a positive number of metres.

## Quick links
today-annual-left = Annual days left
# Label under the number of requests waiting for the manager's decision.
today-requests-waiting = { $count ->
    [one] Request waits for you
   *[other] Requests wait for you
}
today-unread = Unread

## Today's records
today-records-title = Today's records
# Short labels before the check-in and check-out times.
today-in = IN
today-out = OUT
# $duration: "2 h 5 min", for a record still open.
today-so-far = { $duration } so far
today-no-records-today = No records yet for today.
# $day: "2025-11-20".
today-no-records-day = No records yet for { $day }.
