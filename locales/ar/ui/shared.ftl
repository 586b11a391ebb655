# Shared components: approval steps, contact links, CSV exports.

shared-approval-steps = خطوات الموافقة
# Read by screen readers after a link to a web page.
shared-opens-in-browser = (يُفتح في متصفحك)

## Team attendance exported as CSV: the column headings and yes/no values

shared-csv-employee = الموظف
shared-csv-date = التاريخ
shared-csv-check-in = تسجيل الحضور
shared-csv-check-out = تسجيل الانصراف
shared-csv-worked-minutes = مدة العمل (دقيقة)
shared-csv-late = متأخر
shared-csv-branch = الفرع
shared-csv-synced = تمت المزامنة
shared-csv-check-in-utc = تسجيل الحضور (UTC)
shared-csv-check-out-utc = تسجيل الانصراف (UTC)
shared-csv-yes = نعم
shared-csv-no = لا
