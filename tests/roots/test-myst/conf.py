project = "FRUS notes in MyST"
extensions = ["myst_parser", "fru_cite.sphinx"]
exclude_patterns = ["_build"]
