//! What the company tells everyone: payslips, notifications, announcements, and its logo.

use crate::cache::{CachedDocument, Logo};
use crate::error::CoreResult;
use crate::sync::{Operation, lock};
use crate::{Core, Fresh, WriteOutcome};
use okta_hr_domain::days::LeaveDays;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::{AnnouncementAttributes, NotificationAttributes, PayslipAttributes};

impl Core {
    pub fn payslips(&self) -> CoreResult<Fresh<Vec<Resource<PayslipAttributes>>>> {
        self.cached_list(CachedDocument::Payslips)
    }

    /// One payslip with its earnings and deductions.
    pub fn payslip(&self, id: &str) -> CoreResult<Option<Resource<PayslipAttributes>>> {
        Ok(self.payslips()?.data.into_iter().find(|slip| slip.id == id))
    }

    pub fn notifications(&self) -> CoreResult<Fresh<Vec<Resource<NotificationAttributes>>>> {
        self.cached_list(CachedDocument::Notifications)
    }

    pub async fn mark_notifications_read(&self, id: Option<String>) -> CoreResult<WriteOutcome> {
        self.write(Operation::MarkNotificationsRead { id }, LeaveDays::ZERO, None).await
    }

    pub fn announcements(&self) -> CoreResult<Fresh<Vec<Resource<AnnouncementAttributes>>>> {
        self.cached_list(CachedDocument::Announcements)
    }

    /// The company's logo as last fetched, for the app's header; `None` when the company has none.
    pub fn company_logo(&self) -> CoreResult<Option<Logo>> {
        lock(&self.account()?.cache).company_logo()
    }
}
