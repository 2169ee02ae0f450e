"""Model serving: Seldon Core 1.17.1 behind the Emissary gateway, typed models, sampling, batch, SLA.

`build_serving_charts` adds the charts in apply order (CRD, operator, models, then the charts that live in
the models' namespace or read their metrics) and records the dependencies between them.
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from k8s_charts.seldon.batch_prediction_chart import BatchPredictionChart
from k8s_charts.seldon.crd_chart import SeldonCrdChart
from k8s_charts.seldon.model_deployments_chart import ModelDeploymentsChart
from k8s_charts.seldon.operator_chart import SeldonCoreChart
from k8s_charts.seldon.prediction_logger_chart import PredictionLoggerChart
from k8s_charts.seldon.props import ServingBuckets, ServingProps
from k8s_charts.seldon.serving_sla_chart import ServingSlaChart

__all__ = [
    "BatchPredictionChart", "ModelDeploymentsChart", "PredictionLoggerChart", "SeldonCoreChart", "SeldonCrdChart",
    "ServingBuckets", "ServingCharts", "ServingProps", "ServingSlaChart", "build_serving_charts",
]


@dataclass(frozen=True)
class ServingCharts:
    crd: SeldonCrdChart
    operator: SeldonCoreChart
    models: ModelDeploymentsChart
    logger: PredictionLoggerChart | None
    batch: BatchPredictionChart | None
    sla: ServingSlaChart | None

    def all(self) -> list:
        return [c for c in (self.crd, self.operator, self.models, self.logger, self.batch, self.sla) if c is not None]


def build_serving_charts(scope: Construct, *, props: ServingProps) -> ServingCharts:
    """Every serving chart for `props`; optional ones only when something is declared for them."""
    crd = SeldonCrdChart(scope, "seldon-crds", kubernetes_version=props.kubernetes_version)
    operator = SeldonCoreChart(scope, "seldon-core-operator", props=props)
    operator.add_dependency(crd)
    models = ModelDeploymentsChart(scope, "model-deployments", props=props)
    models.add_dependency(operator)
    logger = batch = sla = None
    if any(m.sampling_rate > 0 for m in props.serving.models):
        logger = PredictionLoggerChart(scope, "prediction-logger", props=props)
        # In the models' namespace; until it is up the executors drop log events (never the predictions).
        logger.add_dependency(models)
    if props.serving.batch_jobs:
        batch = BatchPredictionChart(scope, "batch-prediction", props=props)
        batch.add_dependency(models)
    if props.serving.models:
        sla = ServingSlaChart(scope, "serving-sla", props=props)
        sla.add_dependency(models)
    return ServingCharts(crd=crd, operator=operator, models=models, logger=logger, batch=batch, sla=sla)
