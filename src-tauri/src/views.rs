//! What the commands answer, as concrete types: the TypeScript exporter loses the type arguments of
//! a generic type returned directly by a command, so each list gets a named type of its own.

use chrono::{DateTime, Utc};
use okta_hr_core::admin::{
    AdminGroup, AdminUser, AuditPage, HolidayEntry, ManagedAnnouncement, OrgSettings, TrustedOrigin,
};
use okta_hr_core::{CorrectionEntry, Fresh};
use okta_hr_domain::assets::{AssetAssignmentAttributes, AssetProblemAttributes, AssetRequestAttributes};
use okta_hr_domain::calendar::WorkingWeekAttributes;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::leave_ledger::{LeaveJobRunAttributes, LeaveLedgerEntryAttributes};
use okta_hr_domain::leave_policy::LeaveTypeAttributes;
use okta_hr_domain::shifts::{ShiftAssignmentAttributes, ShiftAttributes};
use okta_hr_domain::wire::*;
use serde::Serialize;

/// A cached list and when the server last sent it (`None`: nothing cached yet).
macro_rules! list_view {
    ($name:ident, $item:ty) => {
        #[derive(Debug, Clone, Serialize, specta::Type)]
        pub struct $name {
            pub items: Vec<$item>,
            pub fetched_at: Option<DateTime<Utc>>,
        }

        impl From<Fresh<Vec<$item>>> for $name {
            fn from(fresh: Fresh<Vec<$item>>) -> Self {
                Self { items: fresh.data, fetched_at: fresh.fetched_at }
            }
        }
    };
}

list_view!(BalanceList, LeaveBalanceAttributes);
list_view!(PayslipList, Resource<PayslipAttributes>);
list_view!(NotificationList, Resource<NotificationAttributes>);
list_view!(AnnouncementList, Resource<AnnouncementAttributes>);
list_view!(LeaveRequestList, Resource<LeaveRequestAttributes>);
list_view!(DepartmentList, Resource<DepartmentAttributes>);
list_view!(BranchList, Resource<BranchAttributes>);
list_view!(PayrollRunList, Resource<PayrollRunAttributes>);
list_view!(AssetList, Resource<AssetAttributes>);
list_view!(AssetRequestList, Resource<AssetRequestAttributes>);
list_view!(AssetProblemList, Resource<AssetProblemAttributes>);
list_view!(LeaveTypeList, Resource<LeaveTypeAttributes>);
list_view!(LedgerEntryList, Resource<LeaveLedgerEntryAttributes>);
list_view!(LeaveJobRunList, Resource<LeaveJobRunAttributes>);
list_view!(AdminUserList, AdminUser);
list_view!(AdminGroupList, AdminGroup);
list_view!(TrustedOriginList, TrustedOrigin);
list_view!(HolidayList, HolidayEntry);
list_view!(WorkingWeekList, WorkingWeekAttributes);
list_view!(ManagedAnnouncementList, ManagedAnnouncement);
list_view!(CorrectionList, CorrectionEntry);
list_view!(ShiftList, Resource<ShiftAttributes>);

/// A shift as the server has it after a change.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedShift {
    pub shift: Resource<ShiftAttributes>,
}

/// An assignment as the server made it.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedAssignment {
    pub assignment: Resource<ShiftAssignmentAttributes>,
}

/// Shift assignments, as the server answered them just now.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ShiftAssignmentList {
    pub items: Vec<Resource<ShiftAssignmentAttributes>>,
}

/// An asset as the server has it after a change.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedAsset {
    pub asset: Resource<AssetAttributes>,
}

/// A spell of someone holding an asset, as an assignment opened it or a return closed it.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedHandover {
    pub assignment: Resource<AssetAssignmentAttributes>,
}

/// Who held an asset, newest first, as the server answered just now.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct AssetHistory {
    pub items: Vec<Resource<AssetAssignmentAttributes>>,
}

/// A request for equipment as the server has it after it was made or decided.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedAssetRequest {
    pub request: Resource<AssetRequestAttributes>,
}

/// A problem report as the server has it after it was made or resolved.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedAssetProblem {
    pub problem: Resource<AssetProblemAttributes>,
}

/// A leave type as the server has it after a change.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedLeaveType {
    pub leave_type: Resource<LeaveTypeAttributes>,
}

/// A ledger entry HR's adjustment wrote.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedLedgerEntry {
    pub entry: Resource<LeaveLedgerEntryAttributes>,
}

/// A page of the audit trail and when it was read (`None`: no page was ever read on this device).
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct AuditView {
    pub page: Option<AuditPage>,
    pub fetched_at: Option<DateTime<Utc>>,
}

/// The organization's settings and contacts, and when they were read.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct AdminOrgView {
    pub org: OrgSettings,
    pub fetched_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct EmployeeList {
    pub items: Vec<Resource<EmployeeAttributes>>,
}

/// The signed-in employee with what the profile document includes, already resolved.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ProfileView {
    pub employee: Resource<EmployeeAttributes>,
    pub company: Option<CompanyAttributes>,
    pub department: Option<DepartmentAttributes>,
    pub branch: Option<BranchAttributes>,
    pub manager: Option<EmployeeAttributes>,
    pub fetched_at: Option<DateTime<Utc>>,
}

impl ProfileView {
    pub fn from_document(document: Document<Resource<EmployeeAttributes>>, fetched_at: Option<DateTime<Utc>>) -> Self {
        ProfileView {
            company: related(&document, "company", kind::COMPANY),
            department: related(&document, "department", kind::DEPARTMENT),
            branch: related(&document, "branch", kind::BRANCH),
            manager: related(&document, "manager", kind::EMPLOYEE),
            employee: document.data,
            fetched_at,
        }
    }
}

/// The attributes of what `relation` points at, from the document's `included`.
fn related<A: serde::de::DeserializeOwned>(
    document: &Document<Resource<EmployeeAttributes>>,
    relation: &str,
    kind: &str,
) -> Option<A> {
    let id = document.data.related_id(relation)?;
    document.find_included::<A>(kind, id).map(|resource| resource.attributes)
}

/// A payroll run with one page of its lines as HR reviews them.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct PayrollReviewView {
    pub run: Resource<PayrollRunAttributes>,
    pub lines: Vec<Resource<okta_hr_payroll::wire::PayrollLineAttributes>>,
    /// How many lines match the search and the filter.
    pub matching: u32,
    /// How many lines of the whole run are flagged for a second look (or failed).
    pub flagged: u32,
    pub fetched_at: Option<DateTime<Utc>>,
}

/// A payroll run as the server has it after a step.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedPayrollRun {
    pub run: Resource<PayrollRunAttributes>,
}

/// One person's line as the server reviews it after HR's decision or override.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedPayrollLine {
    pub line: Resource<okta_hr_payroll::wire::PayrollLineAttributes>,
}

/// A run's bank file, saved where the user keeps downloads.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedBankFile {
    pub file_name: String,
    pub path: String,
    /// How many people it pays.
    pub transfers: u32,
}

/// The company's pay components, retired ones too, as the server answered just now.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct PayComponentList {
    pub items: Vec<Resource<okta_hr_payroll::wire::PayComponentAttributes>>,
}

/// A pay component as the server has it after a change.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedPayComponent {
    pub component: Resource<okta_hr_payroll::wire::PayComponentAttributes>,
}

/// The company's salary structures, each with its components in payslip order, as answered just now.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SalaryStructureList {
    pub items: Vec<Resource<okta_hr_payroll::wire::SalaryStructureAttributes>>,
}

/// A salary structure as the server has it after a change.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedSalaryStructure {
    pub structure: Resource<okta_hr_payroll::wire::SalaryStructureAttributes>,
}

/// One person's pay as answered just now: their assignments and their adjustments (newest first).
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct PersonPayView {
    pub assignments: Vec<Resource<okta_hr_payroll::wire::PayAssignmentAttributes>>,
    pub adjustments: Vec<Resource<okta_hr_payroll::wire::PayAdjustmentAttributes>>,
}

/// A pay assignment as the server made it.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedPayAssignment {
    pub assignment: Resource<okta_hr_payroll::wire::PayAssignmentAttributes>,
}

/// A pay adjustment as the server has it after it was added or ended.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedPayAdjustment {
    pub adjustment: Resource<okta_hr_payroll::wire::PayAdjustmentAttributes>,
}
