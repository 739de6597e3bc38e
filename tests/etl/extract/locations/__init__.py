"""Where a figure is placed when its clause names a list of places."""
