"""Text: cleaned of page chrome, split into sentences, indexed, with offsets into the input."""
