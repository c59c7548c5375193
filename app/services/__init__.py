"""Use cases shared by the API and the CLI, one transaction each."""
