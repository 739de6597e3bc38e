"""Spanish and French read to the same contract; the language comes from the manifest or the text."""
