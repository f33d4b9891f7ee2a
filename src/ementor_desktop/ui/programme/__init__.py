"""The programme views (issue 13): the coordinator's programme page, a matching proposal, the
report's dashboard, the participant's join dialog and match card. Each takes the plain records
of `domain.programme_types` (or the matching engine's summary and cards) and says what the person
asked for through Qt signals; none calls a service or touches the vault."""
