"""When a figure holds and who said it: statement dates, relative days, chains, pronouns, names."""
