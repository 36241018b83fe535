"""The browser journeys use the shared `peramban` fixture in tests/conftest.py."""
