# The app's shared chrome: the offline banner, the sync pill, the top bar, refusals, write results and
# empty states.

## Offline banner
chrome-offline-last-synced = آخر مزامنة: { $when }.
chrome-offline-sign-in = تسجيل الدخول
chrome-offline-still-unreachable = لا يزال الوصول إلى الخادم متعذرًا
chrome-offline-back-online = عاد الاتصال — تمت مزامنة كل شيء
chrome-offline-still-offline = لا يزال الجهاز غير متصل

## Sync pill in the top bar: one word for the state, then counts beside it.
chrome-sync-refused = مرفوض
chrome-sync-offline = غير متصل
chrome-sync-pending = بانتظار المزامنة
chrome-sync-synced = تمت المزامنة
# $label: the sync state in a sentence, e.g. "2 changes waiting to sync".

## Top bar
# Badge beside the company's name when the app runs its demo company.
chrome-demo = تجريبي

## Refusals: the server refused a change made on this device.
chrome-refusal-fallback = رفض الخادم هذا التغيير.
chrome-refusal-dismiss = تجاهل

## Write results
# Before a warning of the device's own check (e.g. "You are outside the branch").
chrome-heads-up = تنبيه:

## Screens whose company data has not reached the device yet.
# $what: what is missing, as it reads mid-sentence ("the directory"); $What: the same with a capital first letter.
chrome-first-fill-missing = لم تصل بعد إلى هذا الجهاز: { $what }
chrome-first-fill-missing-detail = ستُجلب البيانات فور التمكن من الوصول إلى الخادم.
chrome-first-fill-loading = جارٍ تحميل { $what } من الخادم…
chrome-first-fill-loading-detail = يحدث هذا مرة واحدة فقط؛ بعدها تُفتح من هذا الجهاز حتى دون اتصال.

## Navigation badge: the accessible name of the unread count.
