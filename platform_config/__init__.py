"""Typed, frozen configuration for one environment of the ML platform."""

from platform_config.loader import CONFIG_DIR, ConfigError, config_path_for, load_config, parse_config
from platform_config.models import PlatformConfig

__all__ = ["CONFIG_DIR", "ConfigError", "PlatformConfig", "config_path_for", "load_config", "parse_config"]
