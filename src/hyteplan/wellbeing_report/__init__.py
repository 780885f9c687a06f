"""The wellbeing report part (hyvinvointikertomus) beside the plan, as THL structures it.

``trends`` decides which earlier value a trend starts from, ``candidates`` which indicators are
clearly better or worse (strengths and development areas computed from the figures), and
``views`` turns them, with the coordinators' texts, into the data the report templates lay out
(templates/report/).
"""
