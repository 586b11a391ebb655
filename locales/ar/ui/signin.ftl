# The sign-in screen: sign in, sign in again, activate an account, try the demo.

signin-about = حول Okta HR
signin-headline = شؤون الموظفين في كل مكان — حتى دون تغطية.
signin-perk-check-in = تسجيل حضور بسياج جغرافي يعمل دون اتصال
signin-perk-leave = طلبات إجازة مع تحقق فوري من الرصيد
signin-perk-pay = قسائم الرواتب والموافقات وفريقك في مكان واحد

## Sign in
signin-sign-in = تسجيل الدخول
signin-intro = استخدم العنوان الذي زوّدتك به شركتك.
signin-again-title = سجّل الدخول مجددًا
signin-again-intro = انتهت جلستك. تغييراتك غير المتزامنة محفوظة وستُزامَن بعد تسجيل الدخول.
signin-back-to-app = العودة إلى التطبيق
# $reason: the server's explanation of why this device was signed out.
signin-dismissed = { $reason } لم يعد أي شيء من حسابك محفوظًا على هذا الجهاز.
signin-company-server = خادم الشركة
signin-server-placeholder = https://hr.yourcompany.com
signin-work-email = البريد الإلكتروني للعمل
signin-email-placeholder = you@company.com
signin-password = كلمة المرور
signin-new-password = كلمة المرور الجديدة
signin-expired-hint = ثمانية أحرف على الأقل. تحل محل كلمة المرور المنتهية.
signin-signing-in = جارٍ تسجيل الدخول…
signin-set-password-and-sign-in = تعيين كلمة المرور وتسجيل الدخول
signin-error-missing = أدخل عنوان خادم شركتك وبريدك الإلكتروني وكلمة المرور.
signin-error-new-password = اختر كلمة مرور جديدة من ثمانية أحرف على الأقل.

## Activation with a link from HR
signin-have-activation-link = لديّ رابط تفعيل
signin-back-to-sign-in = العودة إلى تسجيل الدخول
signin-activate-title = فعّل حسابك
signin-activate-intro = الصق الرابط الذي أرسلته إليك الموارد البشرية واختر كلمة المرور. يعمل الرابط مرة واحدة فقط.
signin-activation-link = رابط التفعيل
signin-activation-link-placeholder = https://hr.yourcompany.com/api/v1/auth/set-password?token=…
# Followed by the server's address.
signin-server-from-link = خادم شركتك:
signin-password-hint = ثمانية أحرف على الأقل.
signin-new-password-again = أعد إدخال كلمة المرور الجديدة
signin-setting-password = جارٍ تعيين كلمة المرور…
signin-error-no-server = أدخل عنوان خادم شركتك: الرمز وحده لا يحدده.
signin-error-no-email = أدخل بريدك الإلكتروني للعمل، لتسجيل الدخول بعد تعيين كلمة المرور.
# $activated: the server's confirmation that the password is set; $error: why signing in failed.
signin-activated-not-signed-in = { $activated } لم ينجح تسجيل الدخول بعد: { $error }

## Demo
signin-or-demo = أو جرّب النسخة التجريبية
signin-try-demo = جرّب النسخة التجريبية
signin-demo-employee = موظف
signin-demo-employee-text = سجّل الحضور في المقر الرئيسي، واطلب إجازة، واطّلع على قسائم الرواتب
signin-demo-manager = مدير
signin-demo-manager-text = وافق على الإجازات وتابع حضور الفريق
signin-demo-hr = الموارد البشرية
signin-demo-hr-text = كل ما سبق، إضافةً إلى الرواتب والعُهد
signin-demo-note = تشغّل النسخة التجريبية شركة نموذجية على هذا الجهاز. لا حاجة إلى حساب.
