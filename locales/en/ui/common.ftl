# Words many screens share, only where the English is exactly the same.
common-cancel = Cancel
common-save = Save
common-close = Close
common-retry = Try again
common-edit = Edit
common-remove = Remove
common-optional = optional
common-none = None
common-all = All
