"""Gate: two synths of the same config give byte-identical templates."""

from __future__ import annotations

from tests.support.synth import synthesize


def test_second_synth_is_byte_identical(dev, tmp_path):
    again = synthesize(dev.config, tmp_path)
    assert set(again.template_paths) == set(dev.template_paths)
    for stack_id, path in dev.template_paths.items():
        assert again.template_paths[stack_id].read_bytes() == path.read_bytes(), stack_id


def test_identity_center_second_synth_is_byte_identical(identity_center, tmp_path):
    from platform_config import load_identity_center
    from tests.support.synth import synthesize_identity_center

    again = synthesize_identity_center(identity_center.config, load_identity_center()[1], tmp_path)
    for stack_id, path in identity_center.template_paths.items():
        assert again.template_paths[stack_id].read_bytes() == path.read_bytes(), stack_id


def test_synth_needs_no_context_lookup(shipped):
    # A lookup (AZs, AMIs, VPCs) would need AWS credentials at synth time.
    import json

    manifest = json.loads((shipped.stage_dir / "manifest.json").read_text())
    assert manifest.get("missing", []) == []
