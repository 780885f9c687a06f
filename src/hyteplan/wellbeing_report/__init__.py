"""The wellbeing report part (hyvinvointikertomus) beside the plan: its sections as data."""
