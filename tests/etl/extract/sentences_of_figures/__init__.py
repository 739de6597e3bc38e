"""Each rule family on short sentences written for the tests."""
