project = "Moscow, 1943"
extensions = ["fru_cite.sphinx"]
# Folders of <volume-id>.xml TEI files, relative to this file; the sample
# frus1943v01-d620 needs none.
fru_cite_data_dir = []
fru_cite_style = "frus-chicago-notes"
