"""The Faust agent on articles.raw and its stages: orchestration only."""
