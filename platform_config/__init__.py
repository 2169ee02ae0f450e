"""Typed, frozen configuration for one environment of the ML platform."""

from platform_config.identity_center import IDENTITY_CENTER_FILE, IdentityCenterConfig, load_identity_center
from platform_config.loader import CONFIG_DIR, ConfigError, config_path_for, load_config, parse_config
from platform_config.models import PlatformConfig
from platform_config.pipeline import PIPELINE_FILE, PipelineConfig, load_pipeline

__all__ = [
    "CONFIG_DIR", "IDENTITY_CENTER_FILE", "PIPELINE_FILE", "ConfigError", "IdentityCenterConfig", "PipelineConfig",
    "PlatformConfig", "config_path_for", "load_config", "load_identity_center", "load_pipeline", "parse_config",
]
