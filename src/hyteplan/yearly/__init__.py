"""The yearly cycle after the plan is approved: the annual report and the negotiation pack."""
