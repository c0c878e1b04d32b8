"""The application around the agents: settings, topics, Redis stores, web views, command line."""
