"""Typed, frozen configuration for one environment of the ML platform."""

from platform_config.loader import CONFIG_DIR, ConfigError, config_path_for, load_config, parse_config
from platform_config.models import PlatformConfig
from platform_config.pipeline import PIPELINE_FILE, PipelineConfig, load_pipeline

__all__ = [
    "CONFIG_DIR", "PIPELINE_FILE", "ConfigError", "PipelineConfig", "PlatformConfig",
    "config_path_for", "load_config", "load_pipeline", "parse_config",
]
