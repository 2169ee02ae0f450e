"""Thin CDK stacks, one per lifecycle, wiring constructs from `platform_constructs`."""
