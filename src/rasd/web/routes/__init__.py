"""One module per page kind; each gives a router with its page and its JSON API."""
