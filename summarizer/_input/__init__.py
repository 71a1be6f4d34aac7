"""Input: an article as the user gives it (text, file, HTML, URL, feed) -> one text."""
