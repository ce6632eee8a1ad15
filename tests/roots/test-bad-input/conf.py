project = "FRUS notes with mistakes"
extensions = ["fru_cite.sphinx"]
fru_cite_data_dir = ["../../data/tei", "no-such-folder"]
exclude_patterns = ["_build"]
