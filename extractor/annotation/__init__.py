"""Gold annotations of IndoSum articles: the stand-off format and its loader, and the drafts annotators edit."""
