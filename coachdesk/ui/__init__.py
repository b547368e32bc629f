"""How it looks: the Qt main window, one module per page and per dialog."""
