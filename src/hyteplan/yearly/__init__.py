"""The yearly cycle after the plan's approval: the annual report (vuosiraportti) to the council.

`annual_views` builds one report per organisation as data (like `views` for the plan), from the
plan's views, the year's status file (`status`), the on-track judgement of each indicator
(`on_track`), the plan's changes during the year from git (`plan_changes`) and the hyte
incentive's checklist (`incentive`).
"""
