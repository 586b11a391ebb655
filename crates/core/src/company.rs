//! What the company tells everyone: payslips, notifications, announcements, and its logo.

use crate::cache::{CachedDocument, Logo};
use crate::error::CoreResult;
use crate::sync::{Operation, lock};
use crate::{Core, Fresh, WriteOutcome};
use okta_hr_domain::days::LeaveDays;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::{AnnouncementAttributes, NotificationAttributes, PayslipAttributes};
use okta_hr_i18n::Language;
use okta_hr_payroll::wire::PayslipView;

impl Core {
    pub fn payslips(&self) -> CoreResult<Fresh<Vec<Resource<PayslipAttributes>>>> {
        self.cached_list(CachedDocument::Payslips)
    }

    /// One payslip with its earnings and deductions.
    pub fn payslip(&self, id: &str) -> CoreResult<Option<Resource<PayslipAttributes>>> {
        Ok(self.payslips()?.data.into_iter().find(|slip| slip.id == id))
    }

    /// One payslip with everything its page shows: every line with how it was computed, the days, the
    /// year to date; from the cache, so offline too.
    pub fn payslip_details(&self, id: &str) -> CoreResult<Option<Resource<PayslipView>>> {
        let slips: Fresh<Vec<Resource<PayslipView>>> = self.cached_list(CachedDocument::Payslips)?;
        Ok(slips.data.into_iter().find(|slip| slip.id == id))
    }

    /// A payslip's PDF, rendered here from the cache: the same document the server sends, offline. Answers
    /// a file name for it (`payslip-2026-12-E00003.pdf`) and its bytes.
    pub fn payslip_pdf(&self, id: &str, language: Language) -> CoreResult<Option<(String, Vec<u8>)>> {
        let Some(slip) = self.payslip_details(id)? else { return Ok(None) };
        let logo = self.company_logo()?;
        let logo = logo.as_ref().map(|logo| logo.image.as_slice());
        let bytes = okta_hr_payslip_pdf::render_view(&slip.attributes, logo, language);
        Ok(Some((okta_hr_payslip_pdf::file_name(&slip.attributes), bytes)))
    }

    pub fn notifications(&self) -> CoreResult<Fresh<Vec<Resource<NotificationAttributes>>>> {
        self.cached_list(CachedDocument::Notifications)
    }

    pub async fn mark_notifications_read(&self, id: Option<String>) -> CoreResult<WriteOutcome> {
        self.write(Operation::MarkNotificationsRead { id }, LeaveDays::ZERO, None).await
    }

    /// Queues the language the server writes the person's notifications and payslip PDFs in; sent at once
    /// when online, at the next sync otherwise.
    pub async fn set_my_language(&self, language: Language) -> CoreResult<WriteOutcome> {
        self.write(Operation::SetLanguage { language: language.tag().to_owned() }, LeaveDays::ZERO, None).await
    }

    pub fn announcements(&self) -> CoreResult<Fresh<Vec<Resource<AnnouncementAttributes>>>> {
        self.cached_list(CachedDocument::Announcements)
    }

    /// The company's logo as last fetched, for the app's header; `None` when the company has none.
    pub fn company_logo(&self) -> CoreResult<Option<Logo>> {
        lock(&self.account()?.cache).company_logo()
    }
}
