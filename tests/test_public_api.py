"""The package's curated public names: what plugins and users may import."""

import fru_cite


def test_all_names_exist_and_are_sorted():
    assert sorted(fru_cite.__all__) == fru_cite.__all__
    for name in fru_cite.__all__:
        assert hasattr(fru_cite, name), name


def test_model_is_frozen():
    import dataclasses

    import pytest

    name = fru_cite.PersonName("Hull", "Cordell")
    with pytest.raises(dataclasses.FrozenInstanceError):
        name.family = "Welles"  # type: ignore[misc]
