project = "FRUS notes"
extensions = ["fru_cite.sphinx"]
fru_cite_data_dir = "../../data/tei"
exclude_patterns = ["_build"]
