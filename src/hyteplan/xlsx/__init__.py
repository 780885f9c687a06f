"""`hyteplan export xlsx` and `hyteplan import xlsx`: the plans as one workbook, and back.

`layout` (sheets and columns as data), `sheets` (which objects are rows, each cell's value),
`cells` (text stored safely), `export` (the workbook), `read` (workbook to rows with their
cells' places), `apply` (rows to edits of the YAML), `problems` (the X codes of invalid cells).
"""
