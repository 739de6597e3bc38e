"""The Tally dashboard (Streamlit)."""
