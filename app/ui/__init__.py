"""The Streamlit UI: pages that talk to the API over HTTP only."""
