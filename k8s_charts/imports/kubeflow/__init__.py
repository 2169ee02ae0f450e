from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class Experiment(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.Experiment",
):
    '''
    :schema: Experiment
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ExperimentSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Experiment" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1d45ebe39a961997741f2973f5ac1264f2c0b1174cba3b6c67a0f802e5a5135e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ExperimentProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ExperimentSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Experiment".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = ExperimentProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Experiment".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ExperimentProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ExperimentSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: Experiment
        '''
        if isinstance(spec, dict):
            spec = ExperimentSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c54bc3e3184d03875aace6d4a627062b72d75cd5d15403c481a55719b0798e7b)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ExperimentSpec":
        '''
        :schema: Experiment#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ExperimentSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: Experiment#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpec",
    jsii_struct_bases=[],
    name_mapping={
        "algorithm": "algorithm",
        "objective": "objective",
        "parameters": "parameters",
        "trial_template": "trialTemplate",
        "early_stopping": "earlyStopping",
        "max_failed_trial_count": "maxFailedTrialCount",
        "max_trial_count": "maxTrialCount",
        "metrics_collector_spec": "metricsCollectorSpec",
        "nas_config": "nasConfig",
        "parallel_trial_count": "parallelTrialCount",
        "resume_policy": "resumePolicy",
    },
)
class ExperimentSpec:
    def __init__(
        self,
        *,
        algorithm: typing.Union["ExperimentSpecAlgorithm", typing.Dict[builtins.str, typing.Any]],
        objective: typing.Union["ExperimentSpecObjective", typing.Dict[builtins.str, typing.Any]],
        parameters: typing.Sequence[typing.Union["ExperimentSpecParameters", typing.Dict[builtins.str, typing.Any]]],
        trial_template: typing.Union["ExperimentSpecTrialTemplate", typing.Dict[builtins.str, typing.Any]],
        early_stopping: typing.Optional[typing.Union["ExperimentSpecEarlyStopping", typing.Dict[builtins.str, typing.Any]]] = None,
        max_failed_trial_count: typing.Optional[jsii.Number] = None,
        max_trial_count: typing.Optional[jsii.Number] = None,
        metrics_collector_spec: typing.Optional[typing.Union["ExperimentSpecMetricsCollectorSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        nas_config: typing.Any = None,
        parallel_trial_count: typing.Optional[jsii.Number] = None,
        resume_policy: typing.Optional["ExperimentSpecResumePolicy"] = None,
    ) -> None:
        '''
        :param algorithm: 
        :param objective: 
        :param parameters: 
        :param trial_template: 
        :param early_stopping: 
        :param max_failed_trial_count: 
        :param max_trial_count: 
        :param metrics_collector_spec: 
        :param nas_config: 
        :param parallel_trial_count: 
        :param resume_policy: 

        :schema: ExperimentSpec
        '''
        if isinstance(algorithm, dict):
            algorithm = ExperimentSpecAlgorithm(**algorithm)
        if isinstance(objective, dict):
            objective = ExperimentSpecObjective(**objective)
        if isinstance(trial_template, dict):
            trial_template = ExperimentSpecTrialTemplate(**trial_template)
        if isinstance(early_stopping, dict):
            early_stopping = ExperimentSpecEarlyStopping(**early_stopping)
        if isinstance(metrics_collector_spec, dict):
            metrics_collector_spec = ExperimentSpecMetricsCollectorSpec(**metrics_collector_spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5cb080707c5d7279c13bbce9379452b964639d9e562685615a337ecf980c7979)
            check_type(argname="argument algorithm", value=algorithm, expected_type=type_hints["algorithm"])
            check_type(argname="argument objective", value=objective, expected_type=type_hints["objective"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
            check_type(argname="argument trial_template", value=trial_template, expected_type=type_hints["trial_template"])
            check_type(argname="argument early_stopping", value=early_stopping, expected_type=type_hints["early_stopping"])
            check_type(argname="argument max_failed_trial_count", value=max_failed_trial_count, expected_type=type_hints["max_failed_trial_count"])
            check_type(argname="argument max_trial_count", value=max_trial_count, expected_type=type_hints["max_trial_count"])
            check_type(argname="argument metrics_collector_spec", value=metrics_collector_spec, expected_type=type_hints["metrics_collector_spec"])
            check_type(argname="argument nas_config", value=nas_config, expected_type=type_hints["nas_config"])
            check_type(argname="argument parallel_trial_count", value=parallel_trial_count, expected_type=type_hints["parallel_trial_count"])
            check_type(argname="argument resume_policy", value=resume_policy, expected_type=type_hints["resume_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "algorithm": algorithm,
            "objective": objective,
            "parameters": parameters,
            "trial_template": trial_template,
        }
        if early_stopping is not None:
            self._values["early_stopping"] = early_stopping
        if max_failed_trial_count is not None:
            self._values["max_failed_trial_count"] = max_failed_trial_count
        if max_trial_count is not None:
            self._values["max_trial_count"] = max_trial_count
        if metrics_collector_spec is not None:
            self._values["metrics_collector_spec"] = metrics_collector_spec
        if nas_config is not None:
            self._values["nas_config"] = nas_config
        if parallel_trial_count is not None:
            self._values["parallel_trial_count"] = parallel_trial_count
        if resume_policy is not None:
            self._values["resume_policy"] = resume_policy

    @builtins.property
    def algorithm(self) -> "ExperimentSpecAlgorithm":
        '''
        :schema: ExperimentSpec#algorithm
        '''
        result = self._values.get("algorithm")
        assert result is not None, "Required property 'algorithm' is missing"
        return typing.cast("ExperimentSpecAlgorithm", result)

    @builtins.property
    def objective(self) -> "ExperimentSpecObjective":
        '''
        :schema: ExperimentSpec#objective
        '''
        result = self._values.get("objective")
        assert result is not None, "Required property 'objective' is missing"
        return typing.cast("ExperimentSpecObjective", result)

    @builtins.property
    def parameters(self) -> typing.List["ExperimentSpecParameters"]:
        '''
        :schema: ExperimentSpec#parameters
        '''
        result = self._values.get("parameters")
        assert result is not None, "Required property 'parameters' is missing"
        return typing.cast(typing.List["ExperimentSpecParameters"], result)

    @builtins.property
    def trial_template(self) -> "ExperimentSpecTrialTemplate":
        '''
        :schema: ExperimentSpec#trialTemplate
        '''
        result = self._values.get("trial_template")
        assert result is not None, "Required property 'trial_template' is missing"
        return typing.cast("ExperimentSpecTrialTemplate", result)

    @builtins.property
    def early_stopping(self) -> typing.Optional["ExperimentSpecEarlyStopping"]:
        '''
        :schema: ExperimentSpec#earlyStopping
        '''
        result = self._values.get("early_stopping")
        return typing.cast(typing.Optional["ExperimentSpecEarlyStopping"], result)

    @builtins.property
    def max_failed_trial_count(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ExperimentSpec#maxFailedTrialCount
        '''
        result = self._values.get("max_failed_trial_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_trial_count(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ExperimentSpec#maxTrialCount
        '''
        result = self._values.get("max_trial_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def metrics_collector_spec(
        self,
    ) -> typing.Optional["ExperimentSpecMetricsCollectorSpec"]:
        '''
        :schema: ExperimentSpec#metricsCollectorSpec
        '''
        result = self._values.get("metrics_collector_spec")
        return typing.cast(typing.Optional["ExperimentSpecMetricsCollectorSpec"], result)

    @builtins.property
    def nas_config(self) -> typing.Any:
        '''
        :schema: ExperimentSpec#nasConfig
        '''
        result = self._values.get("nas_config")
        return typing.cast(typing.Any, result)

    @builtins.property
    def parallel_trial_count(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ExperimentSpec#parallelTrialCount
        '''
        result = self._values.get("parallel_trial_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def resume_policy(self) -> typing.Optional["ExperimentSpecResumePolicy"]:
        '''
        :schema: ExperimentSpec#resumePolicy
        '''
        result = self._values.get("resume_policy")
        return typing.cast(typing.Optional["ExperimentSpecResumePolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecAlgorithm",
    jsii_struct_bases=[],
    name_mapping={
        "algorithm_name": "algorithmName",
        "algorithm_settings": "algorithmSettings",
    },
)
class ExperimentSpecAlgorithm:
    def __init__(
        self,
        *,
        algorithm_name: typing.Optional[builtins.str] = None,
        algorithm_settings: typing.Optional[typing.Sequence[typing.Union["ExperimentSpecAlgorithmAlgorithmSettings", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param algorithm_name: 
        :param algorithm_settings: 

        :schema: ExperimentSpecAlgorithm
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__35c840ce7da5f5d69d1b1d1d15417e736d134ac70123416ef5daa28d7fe49ced)
            check_type(argname="argument algorithm_name", value=algorithm_name, expected_type=type_hints["algorithm_name"])
            check_type(argname="argument algorithm_settings", value=algorithm_settings, expected_type=type_hints["algorithm_settings"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if algorithm_name is not None:
            self._values["algorithm_name"] = algorithm_name
        if algorithm_settings is not None:
            self._values["algorithm_settings"] = algorithm_settings

    @builtins.property
    def algorithm_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecAlgorithm#algorithmName
        '''
        result = self._values.get("algorithm_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def algorithm_settings(
        self,
    ) -> typing.Optional[typing.List["ExperimentSpecAlgorithmAlgorithmSettings"]]:
        '''
        :schema: ExperimentSpecAlgorithm#algorithmSettings
        '''
        result = self._values.get("algorithm_settings")
        return typing.cast(typing.Optional[typing.List["ExperimentSpecAlgorithmAlgorithmSettings"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentSpecAlgorithm(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecAlgorithmAlgorithmSettings",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ExperimentSpecAlgorithmAlgorithmSettings:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 

        :schema: ExperimentSpecAlgorithmAlgorithmSettings
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__269373654c8c79e29d8aa656f7f266cd6bbcc8ea57adce078eb8bd792baf55ce)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecAlgorithmAlgorithmSettings#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecAlgorithmAlgorithmSettings#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentSpecAlgorithmAlgorithmSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecEarlyStopping",
    jsii_struct_bases=[],
    name_mapping={
        "algorithm_name": "algorithmName",
        "algorithm_settings": "algorithmSettings",
    },
)
class ExperimentSpecEarlyStopping:
    def __init__(
        self,
        *,
        algorithm_name: typing.Optional[builtins.str] = None,
        algorithm_settings: typing.Optional[typing.Sequence[typing.Union["ExperimentSpecEarlyStoppingAlgorithmSettings", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param algorithm_name: 
        :param algorithm_settings: 

        :schema: ExperimentSpecEarlyStopping
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05ccbb4e30a596cb0ef37dbd257b9c74bfed73e8451ab9f233845c6e1dfe70cb)
            check_type(argname="argument algorithm_name", value=algorithm_name, expected_type=type_hints["algorithm_name"])
            check_type(argname="argument algorithm_settings", value=algorithm_settings, expected_type=type_hints["algorithm_settings"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if algorithm_name is not None:
            self._values["algorithm_name"] = algorithm_name
        if algorithm_settings is not None:
            self._values["algorithm_settings"] = algorithm_settings

    @builtins.property
    def algorithm_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecEarlyStopping#algorithmName
        '''
        result = self._values.get("algorithm_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def algorithm_settings(
        self,
    ) -> typing.Optional[typing.List["ExperimentSpecEarlyStoppingAlgorithmSettings"]]:
        '''
        :schema: ExperimentSpecEarlyStopping#algorithmSettings
        '''
        result = self._values.get("algorithm_settings")
        return typing.cast(typing.Optional[typing.List["ExperimentSpecEarlyStoppingAlgorithmSettings"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentSpecEarlyStopping(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecEarlyStoppingAlgorithmSettings",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ExperimentSpecEarlyStoppingAlgorithmSettings:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 

        :schema: ExperimentSpecEarlyStoppingAlgorithmSettings
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f5d0b1d6f1d46ed62b91e169110c4926a66c92a94379a14cff7528c4419f94cd)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecEarlyStoppingAlgorithmSettings#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecEarlyStoppingAlgorithmSettings#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentSpecEarlyStoppingAlgorithmSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecMetricsCollectorSpec",
    jsii_struct_bases=[],
    name_mapping={"collector": "collector", "source": "source"},
)
class ExperimentSpecMetricsCollectorSpec:
    def __init__(
        self,
        *,
        collector: typing.Optional[typing.Union["ExperimentSpecMetricsCollectorSpecCollector", typing.Dict[builtins.str, typing.Any]]] = None,
        source: typing.Optional[typing.Union["ExperimentSpecMetricsCollectorSpecSource", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param collector: 
        :param source: 

        :schema: ExperimentSpecMetricsCollectorSpec
        '''
        if isinstance(collector, dict):
            collector = ExperimentSpecMetricsCollectorSpecCollector(**collector)
        if isinstance(source, dict):
            source = ExperimentSpecMetricsCollectorSpecSource(**source)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d544ce466219b59e8982763960dd319ab32e1474179c7685d0ea2d5168bd9290)
            check_type(argname="argument collector", value=collector, expected_type=type_hints["collector"])
            check_type(argname="argument source", value=source, expected_type=type_hints["source"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if collector is not None:
            self._values["collector"] = collector
        if source is not None:
            self._values["source"] = source

    @builtins.property
    def collector(
        self,
    ) -> typing.Optional["ExperimentSpecMetricsCollectorSpecCollector"]:
        '''
        :schema: ExperimentSpecMetricsCollectorSpec#collector
        '''
        result = self._values.get("collector")
        return typing.cast(typing.Optional["ExperimentSpecMetricsCollectorSpecCollector"], result)

    @builtins.property
    def source(self) -> typing.Optional["ExperimentSpecMetricsCollectorSpecSource"]:
        '''
        :schema: ExperimentSpecMetricsCollectorSpec#source
        '''
        result = self._values.get("source")
        return typing.cast(typing.Optional["ExperimentSpecMetricsCollectorSpecSource"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentSpecMetricsCollectorSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecMetricsCollectorSpecCollector",
    jsii_struct_bases=[],
    name_mapping={"custom_collector": "customCollector", "kind": "kind"},
)
class ExperimentSpecMetricsCollectorSpecCollector:
    def __init__(
        self,
        *,
        custom_collector: typing.Any = None,
        kind: typing.Optional["ExperimentSpecMetricsCollectorSpecCollectorKind"] = None,
    ) -> None:
        '''
        :param custom_collector: 
        :param kind: 

        :schema: ExperimentSpecMetricsCollectorSpecCollector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e4d3ba349eeb2db733c9af6ec200fc6c078948165d6fddf759e56ec4ac66fa4)
            check_type(argname="argument custom_collector", value=custom_collector, expected_type=type_hints["custom_collector"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if custom_collector is not None:
            self._values["custom_collector"] = custom_collector
        if kind is not None:
            self._values["kind"] = kind

    @builtins.property
    def custom_collector(self) -> typing.Any:
        '''
        :schema: ExperimentSpecMetricsCollectorSpecCollector#customCollector
        '''
        result = self._values.get("custom_collector")
        return typing.cast(typing.Any, result)

    @builtins.property
    def kind(
        self,
    ) -> typing.Optional["ExperimentSpecMetricsCollectorSpecCollectorKind"]:
        '''
        :schema: ExperimentSpecMetricsCollectorSpecCollector#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["ExperimentSpecMetricsCollectorSpecCollectorKind"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentSpecMetricsCollectorSpecCollector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecMetricsCollectorSpecCollectorKind"
)
class ExperimentSpecMetricsCollectorSpecCollectorKind(enum.Enum):
    '''
    :schema: ExperimentSpecMetricsCollectorSpecCollectorKind
    '''

    STD_OUT = "STD_OUT"
    '''StdOut.'''
    FILE = "FILE"
    '''File.'''
    TENSOR_FLOW_EVENT = "TENSOR_FLOW_EVENT"
    '''TensorFlowEvent.'''
    PROMETHEUS_METRIC = "PROMETHEUS_METRIC"
    '''PrometheusMetric.'''
    CUSTOM = "CUSTOM"
    '''Custom.'''
    NONE = "NONE"
    '''None.'''
    PUSH = "PUSH"
    '''Push.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecMetricsCollectorSpecSource",
    jsii_struct_bases=[],
    name_mapping={
        "file_system_path": "fileSystemPath",
        "filter": "filter",
        "http_get": "httpGet",
    },
)
class ExperimentSpecMetricsCollectorSpecSource:
    def __init__(
        self,
        *,
        file_system_path: typing.Optional[typing.Union["ExperimentSpecMetricsCollectorSpecSourceFileSystemPath", typing.Dict[builtins.str, typing.Any]]] = None,
        filter: typing.Optional[typing.Union["ExperimentSpecMetricsCollectorSpecSourceFilter", typing.Dict[builtins.str, typing.Any]]] = None,
        http_get: typing.Any = None,
    ) -> None:
        '''
        :param file_system_path: 
        :param filter: 
        :param http_get: 

        :schema: ExperimentSpecMetricsCollectorSpecSource
        '''
        if isinstance(file_system_path, dict):
            file_system_path = ExperimentSpecMetricsCollectorSpecSourceFileSystemPath(**file_system_path)
        if isinstance(filter, dict):
            filter = ExperimentSpecMetricsCollectorSpecSourceFilter(**filter)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__36b00e2d83a924b7ed94960150f616278dfa979f132a4245f18bb72863ad0338)
            check_type(argname="argument file_system_path", value=file_system_path, expected_type=type_hints["file_system_path"])
            check_type(argname="argument filter", value=filter, expected_type=type_hints["filter"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if file_system_path is not None:
            self._values["file_system_path"] = file_system_path
        if filter is not None:
            self._values["filter"] = filter
        if http_get is not None:
            self._values["http_get"] = http_get

    @builtins.property
    def file_system_path(
        self,
    ) -> typing.Optional["ExperimentSpecMetricsCollectorSpecSourceFileSystemPath"]:
        '''
        :schema: ExperimentSpecMetricsCollectorSpecSource#fileSystemPath
        '''
        result = self._values.get("file_system_path")
        return typing.cast(typing.Optional["ExperimentSpecMetricsCollectorSpecSourceFileSystemPath"], result)

    @builtins.property
    def filter(
        self,
    ) -> typing.Optional["ExperimentSpecMetricsCollectorSpecSourceFilter"]:
        '''
        :schema: ExperimentSpecMetricsCollectorSpecSource#filter
        '''
        result = self._values.get("filter")
        return typing.cast(typing.Optional["ExperimentSpecMetricsCollectorSpecSourceFilter"], result)

    @builtins.property
    def http_get(self) -> typing.Any:
        '''
        :schema: ExperimentSpecMetricsCollectorSpecSource#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentSpecMetricsCollectorSpecSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecMetricsCollectorSpecSourceFileSystemPath",
    jsii_struct_bases=[],
    name_mapping={"format": "format", "kind": "kind", "path": "path"},
)
class ExperimentSpecMetricsCollectorSpecSourceFileSystemPath:
    def __init__(
        self,
        *,
        format: typing.Optional["ExperimentSpecMetricsCollectorSpecSourceFileSystemPathFormat"] = None,
        kind: typing.Optional["ExperimentSpecMetricsCollectorSpecSourceFileSystemPathKind"] = None,
        path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param format: 
        :param kind: 
        :param path: 

        :schema: ExperimentSpecMetricsCollectorSpecSourceFileSystemPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1dca902938525659bd25a8e38bc6fe84b9c3ee9e2f4b6900df581140774f8162)
            check_type(argname="argument format", value=format, expected_type=type_hints["format"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if format is not None:
            self._values["format"] = format
        if kind is not None:
            self._values["kind"] = kind
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def format(
        self,
    ) -> typing.Optional["ExperimentSpecMetricsCollectorSpecSourceFileSystemPathFormat"]:
        '''
        :schema: ExperimentSpecMetricsCollectorSpecSourceFileSystemPath#format
        '''
        result = self._values.get("format")
        return typing.cast(typing.Optional["ExperimentSpecMetricsCollectorSpecSourceFileSystemPathFormat"], result)

    @builtins.property
    def kind(
        self,
    ) -> typing.Optional["ExperimentSpecMetricsCollectorSpecSourceFileSystemPathKind"]:
        '''
        :schema: ExperimentSpecMetricsCollectorSpecSourceFileSystemPath#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["ExperimentSpecMetricsCollectorSpecSourceFileSystemPathKind"], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecMetricsCollectorSpecSourceFileSystemPath#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentSpecMetricsCollectorSpecSourceFileSystemPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecMetricsCollectorSpecSourceFileSystemPathFormat"
)
class ExperimentSpecMetricsCollectorSpecSourceFileSystemPathFormat(enum.Enum):
    '''
    :schema: ExperimentSpecMetricsCollectorSpecSourceFileSystemPathFormat
    '''

    TEXT = "TEXT"
    '''TEXT.'''
    JSON = "JSON"
    '''JSON.'''


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecMetricsCollectorSpecSourceFileSystemPathKind"
)
class ExperimentSpecMetricsCollectorSpecSourceFileSystemPathKind(enum.Enum):
    '''
    :schema: ExperimentSpecMetricsCollectorSpecSourceFileSystemPathKind
    '''

    FILE = "FILE"
    '''File.'''
    DIRECTORY = "DIRECTORY"
    '''Directory.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecMetricsCollectorSpecSourceFilter",
    jsii_struct_bases=[],
    name_mapping={"metrics_format": "metricsFormat"},
)
class ExperimentSpecMetricsCollectorSpecSourceFilter:
    def __init__(
        self,
        *,
        metrics_format: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param metrics_format: 

        :schema: ExperimentSpecMetricsCollectorSpecSourceFilter
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a64cec1d56ea19744363648e5cfa9987191d1da5964e4d94cf6bfe3a6c58cbd2)
            check_type(argname="argument metrics_format", value=metrics_format, expected_type=type_hints["metrics_format"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metrics_format is not None:
            self._values["metrics_format"] = metrics_format

    @builtins.property
    def metrics_format(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ExperimentSpecMetricsCollectorSpecSourceFilter#metricsFormat
        '''
        result = self._values.get("metrics_format")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentSpecMetricsCollectorSpecSourceFilter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecObjective",
    jsii_struct_bases=[],
    name_mapping={
        "objective_metric_name": "objectiveMetricName",
        "type": "type",
        "additional_metric_names": "additionalMetricNames",
        "goal": "goal",
        "metric_strategies": "metricStrategies",
    },
)
class ExperimentSpecObjective:
    def __init__(
        self,
        *,
        objective_metric_name: builtins.str,
        type: "ExperimentSpecObjectiveType",
        additional_metric_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        goal: typing.Optional[jsii.Number] = None,
        metric_strategies: typing.Optional[typing.Sequence[typing.Union["ExperimentSpecObjectiveMetricStrategies", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param objective_metric_name: 
        :param type: 
        :param additional_metric_names: 
        :param goal: 
        :param metric_strategies: 

        :schema: ExperimentSpecObjective
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__93b58dc5aa7814581c371ed04727377b4722f5f3e23a5a547587254554d580b8)
            check_type(argname="argument objective_metric_name", value=objective_metric_name, expected_type=type_hints["objective_metric_name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument additional_metric_names", value=additional_metric_names, expected_type=type_hints["additional_metric_names"])
            check_type(argname="argument goal", value=goal, expected_type=type_hints["goal"])
            check_type(argname="argument metric_strategies", value=metric_strategies, expected_type=type_hints["metric_strategies"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "objective_metric_name": objective_metric_name,
            "type": type,
        }
        if additional_metric_names is not None:
            self._values["additional_metric_names"] = additional_metric_names
        if goal is not None:
            self._values["goal"] = goal
        if metric_strategies is not None:
            self._values["metric_strategies"] = metric_strategies

    @builtins.property
    def objective_metric_name(self) -> builtins.str:
        '''
        :schema: ExperimentSpecObjective#objectiveMetricName
        '''
        result = self._values.get("objective_metric_name")
        assert result is not None, "Required property 'objective_metric_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> "ExperimentSpecObjectiveType":
        '''
        :schema: ExperimentSpecObjective#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("ExperimentSpecObjectiveType", result)

    @builtins.property
    def additional_metric_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ExperimentSpecObjective#additionalMetricNames
        '''
        result = self._values.get("additional_metric_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def goal(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ExperimentSpecObjective#goal
        '''
        result = self._values.get("goal")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def metric_strategies(
        self,
    ) -> typing.Optional[typing.List["ExperimentSpecObjectiveMetricStrategies"]]:
        '''
        :schema: ExperimentSpecObjective#metricStrategies
        '''
        result = self._values.get("metric_strategies")
        return typing.cast(typing.Optional[typing.List["ExperimentSpecObjectiveMetricStrategies"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentSpecObjective(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecObjectiveMetricStrategies",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ExperimentSpecObjectiveMetricStrategies:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        value: typing.Optional["ExperimentSpecObjectiveMetricStrategiesValue"] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 

        :schema: ExperimentSpecObjectiveMetricStrategies
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__92fc30d731eb0d4b46c21002773666ed850f946d4b549846cff48da46b4b5a3b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecObjectiveMetricStrategies#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional["ExperimentSpecObjectiveMetricStrategiesValue"]:
        '''
        :schema: ExperimentSpecObjectiveMetricStrategies#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional["ExperimentSpecObjectiveMetricStrategiesValue"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentSpecObjectiveMetricStrategies(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecObjectiveMetricStrategiesValue"
)
class ExperimentSpecObjectiveMetricStrategiesValue(enum.Enum):
    '''
    :schema: ExperimentSpecObjectiveMetricStrategiesValue
    '''

    MIN = "MIN"
    '''min.'''
    MAX = "MAX"
    '''max.'''
    LATEST = "LATEST"
    '''latest.'''


@jsii.enum(jsii_type="kubeflow_orgkubeflow.ExperimentSpecObjectiveType")
class ExperimentSpecObjectiveType(enum.Enum):
    '''
    :schema: ExperimentSpecObjectiveType
    '''

    MAXIMIZE = "MAXIMIZE"
    '''maximize.'''
    MINIMIZE = "MINIMIZE"
    '''minimize.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecParameters",
    jsii_struct_bases=[],
    name_mapping={
        "feasible_space": "feasibleSpace",
        "name": "name",
        "parameter_type": "parameterType",
    },
)
class ExperimentSpecParameters:
    def __init__(
        self,
        *,
        feasible_space: typing.Union["ExperimentSpecParametersFeasibleSpace", typing.Dict[builtins.str, typing.Any]],
        name: builtins.str,
        parameter_type: "ExperimentSpecParametersParameterType",
    ) -> None:
        '''
        :param feasible_space: 
        :param name: 
        :param parameter_type: 

        :schema: ExperimentSpecParameters
        '''
        if isinstance(feasible_space, dict):
            feasible_space = ExperimentSpecParametersFeasibleSpace(**feasible_space)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__26c93c3e6d6aceb4d9ae3dbc3cc2e4c12f0c9184ff91be2851cd31e1f7bbd8ec)
            check_type(argname="argument feasible_space", value=feasible_space, expected_type=type_hints["feasible_space"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument parameter_type", value=parameter_type, expected_type=type_hints["parameter_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "feasible_space": feasible_space,
            "name": name,
            "parameter_type": parameter_type,
        }

    @builtins.property
    def feasible_space(self) -> "ExperimentSpecParametersFeasibleSpace":
        '''
        :schema: ExperimentSpecParameters#feasibleSpace
        '''
        result = self._values.get("feasible_space")
        assert result is not None, "Required property 'feasible_space' is missing"
        return typing.cast("ExperimentSpecParametersFeasibleSpace", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ExperimentSpecParameters#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def parameter_type(self) -> "ExperimentSpecParametersParameterType":
        '''
        :schema: ExperimentSpecParameters#parameterType
        '''
        result = self._values.get("parameter_type")
        assert result is not None, "Required property 'parameter_type' is missing"
        return typing.cast("ExperimentSpecParametersParameterType", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentSpecParameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecParametersFeasibleSpace",
    jsii_struct_bases=[],
    name_mapping={
        "distribution": "distribution",
        "list": "list",
        "max": "max",
        "min": "min",
        "step": "step",
    },
)
class ExperimentSpecParametersFeasibleSpace:
    def __init__(
        self,
        *,
        distribution: typing.Optional["ExperimentSpecParametersFeasibleSpaceDistribution"] = None,
        list: typing.Optional[typing.Sequence[builtins.str]] = None,
        max: typing.Optional[builtins.str] = None,
        min: typing.Optional[builtins.str] = None,
        step: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param distribution: 
        :param list: 
        :param max: 
        :param min: 
        :param step: 

        :schema: ExperimentSpecParametersFeasibleSpace
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f04e225aefe0d449b8ba68ef88e41f363461cb3d0473d9d5512bfdd2dcc78d72)
            check_type(argname="argument distribution", value=distribution, expected_type=type_hints["distribution"])
            check_type(argname="argument list", value=list, expected_type=type_hints["list"])
            check_type(argname="argument max", value=max, expected_type=type_hints["max"])
            check_type(argname="argument min", value=min, expected_type=type_hints["min"])
            check_type(argname="argument step", value=step, expected_type=type_hints["step"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distribution is not None:
            self._values["distribution"] = distribution
        if list is not None:
            self._values["list"] = list
        if max is not None:
            self._values["max"] = max
        if min is not None:
            self._values["min"] = min
        if step is not None:
            self._values["step"] = step

    @builtins.property
    def distribution(
        self,
    ) -> typing.Optional["ExperimentSpecParametersFeasibleSpaceDistribution"]:
        '''
        :schema: ExperimentSpecParametersFeasibleSpace#distribution
        '''
        result = self._values.get("distribution")
        return typing.cast(typing.Optional["ExperimentSpecParametersFeasibleSpaceDistribution"], result)

    @builtins.property
    def list(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ExperimentSpecParametersFeasibleSpace#list
        '''
        result = self._values.get("list")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecParametersFeasibleSpace#max
        '''
        result = self._values.get("max")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def min(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecParametersFeasibleSpace#min
        '''
        result = self._values.get("min")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def step(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecParametersFeasibleSpace#step
        '''
        result = self._values.get("step")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentSpecParametersFeasibleSpace(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecParametersFeasibleSpaceDistribution"
)
class ExperimentSpecParametersFeasibleSpaceDistribution(enum.Enum):
    '''
    :schema: ExperimentSpecParametersFeasibleSpaceDistribution
    '''

    UNIFORM = "UNIFORM"
    '''uniform.'''
    LOG_UNIFORM = "LOG_UNIFORM"
    '''logUniform.'''
    NORMAL = "NORMAL"
    '''normal.'''
    LOG_NORMAL = "LOG_NORMAL"
    '''logNormal.'''


@jsii.enum(jsii_type="kubeflow_orgkubeflow.ExperimentSpecParametersParameterType")
class ExperimentSpecParametersParameterType(enum.Enum):
    '''
    :schema: ExperimentSpecParametersParameterType
    '''

    DOUBLE = "DOUBLE"
    '''double.'''
    INT = "INT"
    '''int.'''
    DISCRETE = "DISCRETE"
    '''discrete.'''
    CATEGORICAL = "CATEGORICAL"
    '''categorical.'''
    UNKNOWN = "UNKNOWN"
    '''unknown.'''


@jsii.enum(jsii_type="kubeflow_orgkubeflow.ExperimentSpecResumePolicy")
class ExperimentSpecResumePolicy(enum.Enum):
    '''
    :schema: ExperimentSpecResumePolicy
    '''

    NEVER = "NEVER"
    '''Never.'''
    LONG_RUNNING = "LONG_RUNNING"
    '''LongRunning.'''
    FROM_VOLUME = "FROM_VOLUME"
    '''FromVolume.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecTrialTemplate",
    jsii_struct_bases=[],
    name_mapping={
        "config_map": "configMap",
        "failure_condition": "failureCondition",
        "primary_container_name": "primaryContainerName",
        "primary_pod_labels": "primaryPodLabels",
        "retain": "retain",
        "success_condition": "successCondition",
        "trial_parameters": "trialParameters",
        "trial_spec": "trialSpec",
    },
)
class ExperimentSpecTrialTemplate:
    def __init__(
        self,
        *,
        config_map: typing.Optional[typing.Union["ExperimentSpecTrialTemplateConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_condition: typing.Optional[builtins.str] = None,
        primary_container_name: typing.Optional[builtins.str] = None,
        primary_pod_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        retain: typing.Optional[builtins.bool] = None,
        success_condition: typing.Optional[builtins.str] = None,
        trial_parameters: typing.Optional[typing.Sequence[typing.Union["ExperimentSpecTrialTemplateTrialParameters", typing.Dict[builtins.str, typing.Any]]]] = None,
        trial_spec: typing.Any = None,
    ) -> None:
        '''
        :param config_map: 
        :param failure_condition: 
        :param primary_container_name: 
        :param primary_pod_labels: 
        :param retain: 
        :param success_condition: 
        :param trial_parameters: 
        :param trial_spec: The trial's job manifest with ${trialParameters.*} placeholders.

        :schema: ExperimentSpecTrialTemplate
        '''
        if isinstance(config_map, dict):
            config_map = ExperimentSpecTrialTemplateConfigMap(**config_map)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__441e026061092a02320ce303d2414a9a1063f9084729aba713c0e45de3a46cae)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument failure_condition", value=failure_condition, expected_type=type_hints["failure_condition"])
            check_type(argname="argument primary_container_name", value=primary_container_name, expected_type=type_hints["primary_container_name"])
            check_type(argname="argument primary_pod_labels", value=primary_pod_labels, expected_type=type_hints["primary_pod_labels"])
            check_type(argname="argument retain", value=retain, expected_type=type_hints["retain"])
            check_type(argname="argument success_condition", value=success_condition, expected_type=type_hints["success_condition"])
            check_type(argname="argument trial_parameters", value=trial_parameters, expected_type=type_hints["trial_parameters"])
            check_type(argname="argument trial_spec", value=trial_spec, expected_type=type_hints["trial_spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if failure_condition is not None:
            self._values["failure_condition"] = failure_condition
        if primary_container_name is not None:
            self._values["primary_container_name"] = primary_container_name
        if primary_pod_labels is not None:
            self._values["primary_pod_labels"] = primary_pod_labels
        if retain is not None:
            self._values["retain"] = retain
        if success_condition is not None:
            self._values["success_condition"] = success_condition
        if trial_parameters is not None:
            self._values["trial_parameters"] = trial_parameters
        if trial_spec is not None:
            self._values["trial_spec"] = trial_spec

    @builtins.property
    def config_map(self) -> typing.Optional["ExperimentSpecTrialTemplateConfigMap"]:
        '''
        :schema: ExperimentSpecTrialTemplate#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["ExperimentSpecTrialTemplateConfigMap"], result)

    @builtins.property
    def failure_condition(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecTrialTemplate#failureCondition
        '''
        result = self._values.get("failure_condition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def primary_container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecTrialTemplate#primaryContainerName
        '''
        result = self._values.get("primary_container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def primary_pod_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ExperimentSpecTrialTemplate#primaryPodLabels
        '''
        result = self._values.get("primary_pod_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def retain(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ExperimentSpecTrialTemplate#retain
        '''
        result = self._values.get("retain")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def success_condition(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecTrialTemplate#successCondition
        '''
        result = self._values.get("success_condition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def trial_parameters(
        self,
    ) -> typing.Optional[typing.List["ExperimentSpecTrialTemplateTrialParameters"]]:
        '''
        :schema: ExperimentSpecTrialTemplate#trialParameters
        '''
        result = self._values.get("trial_parameters")
        return typing.cast(typing.Optional[typing.List["ExperimentSpecTrialTemplateTrialParameters"]], result)

    @builtins.property
    def trial_spec(self) -> typing.Any:
        '''The trial's job manifest with ${trialParameters.*} placeholders.

        :schema: ExperimentSpecTrialTemplate#trialSpec
        '''
        result = self._values.get("trial_spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentSpecTrialTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecTrialTemplateConfigMap",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_name": "configMapName",
        "config_map_namespace": "configMapNamespace",
        "template_path": "templatePath",
    },
)
class ExperimentSpecTrialTemplateConfigMap:
    def __init__(
        self,
        *,
        config_map_name: typing.Optional[builtins.str] = None,
        config_map_namespace: typing.Optional[builtins.str] = None,
        template_path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param config_map_name: 
        :param config_map_namespace: 
        :param template_path: 

        :schema: ExperimentSpecTrialTemplateConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e2c9457c49f0615221177159378302b10fb62085d49b7462c73d36426069ae90)
            check_type(argname="argument config_map_name", value=config_map_name, expected_type=type_hints["config_map_name"])
            check_type(argname="argument config_map_namespace", value=config_map_namespace, expected_type=type_hints["config_map_namespace"])
            check_type(argname="argument template_path", value=template_path, expected_type=type_hints["template_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_name is not None:
            self._values["config_map_name"] = config_map_name
        if config_map_namespace is not None:
            self._values["config_map_namespace"] = config_map_namespace
        if template_path is not None:
            self._values["template_path"] = template_path

    @builtins.property
    def config_map_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecTrialTemplateConfigMap#configMapName
        '''
        result = self._values.get("config_map_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def config_map_namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecTrialTemplateConfigMap#configMapNamespace
        '''
        result = self._values.get("config_map_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def template_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecTrialTemplateConfigMap#templatePath
        '''
        result = self._values.get("template_path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentSpecTrialTemplateConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ExperimentSpecTrialTemplateTrialParameters",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "reference": "reference",
        "description": "description",
    },
)
class ExperimentSpecTrialTemplateTrialParameters:
    def __init__(
        self,
        *,
        name: builtins.str,
        reference: builtins.str,
        description: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param reference: 
        :param description: 

        :schema: ExperimentSpecTrialTemplateTrialParameters
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3c398c06d24d09e389fb651989450dc036d4e14759312bcfd6865cdcc800a998)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument reference", value=reference, expected_type=type_hints["reference"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "reference": reference,
        }
        if description is not None:
            self._values["description"] = description

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ExperimentSpecTrialTemplateTrialParameters#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def reference(self) -> builtins.str:
        '''
        :schema: ExperimentSpecTrialTemplateTrialParameters#reference
        '''
        result = self._values.get("reference")
        assert result is not None, "Required property 'reference' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExperimentSpecTrialTemplateTrialParameters#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExperimentSpecTrialTemplateTrialParameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MpiJob(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.MpiJob",
):
    '''
    :schema: MPIJob
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["MpiJobSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "MPIJob" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__33dbb1794bc96125a58d15ee5bf1de5114992149f1149917afb93b06e46263b0)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = MpiJobProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["MpiJobSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "MPIJob".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = MpiJobProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "MPIJob".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class MpiJobProps:
    def __init__(
        self,
        *,
        spec: typing.Union["MpiJobSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: MPIJob
        '''
        if isinstance(spec, dict):
            spec = MpiJobSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b834c8b575ac416b455cf6d0e35dee16ad70d601294fe4e396c8994da7209a29)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "MpiJobSpec":
        '''
        :schema: MPIJob#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("MpiJobSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: MPIJob#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpec",
    jsii_struct_bases=[],
    name_mapping={
        "mpi_replica_specs": "mpiReplicaSpecs",
        "clean_pod_policy": "cleanPodPolicy",
        "main_container": "mainContainer",
        "run_policy": "runPolicy",
        "slots_per_worker": "slotsPerWorker",
    },
)
class MpiJobSpec:
    def __init__(
        self,
        *,
        mpi_replica_specs: typing.Mapping[builtins.str, typing.Union["MpiJobSpecMpiReplicaSpecs", typing.Dict[builtins.str, typing.Any]]],
        clean_pod_policy: typing.Optional["MpiJobSpecCleanPodPolicy"] = None,
        main_container: typing.Optional[builtins.str] = None,
        run_policy: typing.Optional[typing.Union["MpiJobSpecRunPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        slots_per_worker: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param mpi_replica_specs: 
        :param clean_pod_policy: 
        :param main_container: 
        :param run_policy: 
        :param slots_per_worker: 

        :schema: MpiJobSpec
        '''
        if isinstance(run_policy, dict):
            run_policy = MpiJobSpecRunPolicy(**run_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__91f6df4fdc23018092cb37647e09df4428fa3206e862a8e88138773aba835a93)
            check_type(argname="argument mpi_replica_specs", value=mpi_replica_specs, expected_type=type_hints["mpi_replica_specs"])
            check_type(argname="argument clean_pod_policy", value=clean_pod_policy, expected_type=type_hints["clean_pod_policy"])
            check_type(argname="argument main_container", value=main_container, expected_type=type_hints["main_container"])
            check_type(argname="argument run_policy", value=run_policy, expected_type=type_hints["run_policy"])
            check_type(argname="argument slots_per_worker", value=slots_per_worker, expected_type=type_hints["slots_per_worker"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mpi_replica_specs": mpi_replica_specs,
        }
        if clean_pod_policy is not None:
            self._values["clean_pod_policy"] = clean_pod_policy
        if main_container is not None:
            self._values["main_container"] = main_container
        if run_policy is not None:
            self._values["run_policy"] = run_policy
        if slots_per_worker is not None:
            self._values["slots_per_worker"] = slots_per_worker

    @builtins.property
    def mpi_replica_specs(
        self,
    ) -> typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecs"]:
        '''
        :schema: MpiJobSpec#mpiReplicaSpecs
        '''
        result = self._values.get("mpi_replica_specs")
        assert result is not None, "Required property 'mpi_replica_specs' is missing"
        return typing.cast(typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecs"], result)

    @builtins.property
    def clean_pod_policy(self) -> typing.Optional["MpiJobSpecCleanPodPolicy"]:
        '''
        :schema: MpiJobSpec#cleanPodPolicy
        '''
        result = self._values.get("clean_pod_policy")
        return typing.cast(typing.Optional["MpiJobSpecCleanPodPolicy"], result)

    @builtins.property
    def main_container(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpec#mainContainer
        '''
        result = self._values.get("main_container")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def run_policy(self) -> typing.Optional["MpiJobSpecRunPolicy"]:
        '''
        :schema: MpiJobSpec#runPolicy
        '''
        result = self._values.get("run_policy")
        return typing.cast(typing.Optional["MpiJobSpecRunPolicy"], result)

    @builtins.property
    def slots_per_worker(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MpiJobSpec#slotsPerWorker
        '''
        result = self._values.get("slots_per_worker")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="kubeflow_orgkubeflow.MpiJobSpecCleanPodPolicy")
class MpiJobSpecCleanPodPolicy(enum.Enum):
    '''
    :schema: MpiJobSpecCleanPodPolicy
    '''

    ALL = "ALL"
    '''All.'''
    RUNNING = "RUNNING"
    '''Running.'''
    NONE = "NONE"
    '''None.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecs",
    jsii_struct_bases=[],
    name_mapping={
        "replicas": "replicas",
        "restart_policy": "restartPolicy",
        "template": "template",
    },
)
class MpiJobSpecMpiReplicaSpecs:
    def __init__(
        self,
        *,
        replicas: typing.Optional[jsii.Number] = None,
        restart_policy: typing.Optional["MpiJobSpecMpiReplicaSpecsRestartPolicy"] = None,
        template: typing.Optional[typing.Union["MpiJobSpecMpiReplicaSpecsTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param replicas: 
        :param restart_policy: 
        :param template: 

        :schema: MpiJobSpecMpiReplicaSpecs
        '''
        if isinstance(template, dict):
            template = MpiJobSpecMpiReplicaSpecsTemplate(**template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__efd5feceedd912ed0a23c87d925b6b94779c52aabde6c5afd4d602880e1c3fce)
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument restart_policy", value=restart_policy, expected_type=type_hints["restart_policy"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if replicas is not None:
            self._values["replicas"] = replicas
        if restart_policy is not None:
            self._values["restart_policy"] = restart_policy
        if template is not None:
            self._values["template"] = template

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecs#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def restart_policy(
        self,
    ) -> typing.Optional["MpiJobSpecMpiReplicaSpecsRestartPolicy"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecs#restartPolicy
        '''
        result = self._values.get("restart_policy")
        return typing.cast(typing.Optional["MpiJobSpecMpiReplicaSpecsRestartPolicy"], result)

    @builtins.property
    def template(self) -> typing.Optional["MpiJobSpecMpiReplicaSpecsTemplate"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecs#template
        '''
        result = self._values.get("template")
        return typing.cast(typing.Optional["MpiJobSpecMpiReplicaSpecsTemplate"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsRestartPolicy")
class MpiJobSpecMpiReplicaSpecsRestartPolicy(enum.Enum):
    '''
    :schema: MpiJobSpecMpiReplicaSpecsRestartPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    ON_FAILURE = "ON_FAILURE"
    '''OnFailure.'''
    NEVER = "NEVER"
    '''Never.'''
    EXIT_CODE = "EXIT_CODE"
    '''ExitCode.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplate",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class MpiJobSpecMpiReplicaSpecsTemplate:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplate
        '''
        if isinstance(metadata, dict):
            metadata = MpiJobSpecMpiReplicaSpecsTemplateMetadata(**metadata)
        if isinstance(spec, dict):
            spec = MpiJobSpecMpiReplicaSpecsTemplateSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__110475cbd6905de163638192039ad2b5b51ed37a0d89b88d0edb7d60b2d998a8)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateMetadata"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpec"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplate#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "labels": "labels",
        "name": "name",
        "namespace": "namespace",
    },
)
class MpiJobSpecMpiReplicaSpecsTemplateMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param annotations: 
        :param labels: 
        :param name: 
        :param namespace: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f2c9031e1ee16a8726df9cef5bc6d9c6aef048143221665b0ecb994258c730a8)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateMetadata#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateMetadata#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpec",
    jsii_struct_bases=[],
    name_mapping={
        "containers": "containers",
        "active_deadline_seconds": "activeDeadlineSeconds",
        "affinity": "affinity",
        "automount_service_account_token": "automountServiceAccountToken",
        "dns_config": "dnsConfig",
        "dns_policy": "dnsPolicy",
        "enable_service_links": "enableServiceLinks",
        "ephemeral_containers": "ephemeralContainers",
        "host_aliases": "hostAliases",
        "host_ipc": "hostIpc",
        "hostname": "hostname",
        "host_network": "hostNetwork",
        "host_pid": "hostPid",
        "host_users": "hostUsers",
        "image_pull_secrets": "imagePullSecrets",
        "init_containers": "initContainers",
        "node_name": "nodeName",
        "node_selector": "nodeSelector",
        "os": "os",
        "overhead": "overhead",
        "preemption_policy": "preemptionPolicy",
        "priority": "priority",
        "priority_class_name": "priorityClassName",
        "readiness_gates": "readinessGates",
        "resource_claims": "resourceClaims",
        "resources": "resources",
        "restart_policy": "restartPolicy",
        "runtime_class_name": "runtimeClassName",
        "scheduler_name": "schedulerName",
        "scheduling_gates": "schedulingGates",
        "security_context": "securityContext",
        "service_account": "serviceAccount",
        "service_account_name": "serviceAccountName",
        "set_hostname_as_fqdn": "setHostnameAsFqdn",
        "share_process_namespace": "shareProcessNamespace",
        "subdomain": "subdomain",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "tolerations": "tolerations",
        "topology_spread_constraints": "topologySpreadConstraints",
        "volumes": "volumes",
    },
)
class MpiJobSpecMpiReplicaSpecsTemplateSpec:
    def __init__(
        self,
        *,
        containers: typing.Sequence[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecContainers", typing.Dict[builtins.str, typing.Any]]],
        active_deadline_seconds: typing.Optional[jsii.Number] = None,
        affinity: typing.Any = None,
        automount_service_account_token: typing.Optional[builtins.bool] = None,
        dns_config: typing.Any = None,
        dns_policy: typing.Optional[builtins.str] = None,
        enable_service_links: typing.Optional[builtins.bool] = None,
        ephemeral_containers: typing.Optional[typing.Sequence[typing.Any]] = None,
        host_aliases: typing.Optional[typing.Sequence[typing.Any]] = None,
        host_ipc: typing.Optional[builtins.bool] = None,
        hostname: typing.Optional[builtins.str] = None,
        host_network: typing.Optional[builtins.bool] = None,
        host_pid: typing.Optional[builtins.bool] = None,
        host_users: typing.Optional[builtins.bool] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecImagePullSecrets", typing.Dict[builtins.str, typing.Any]]]] = None,
        init_containers: typing.Optional[typing.Sequence[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers", typing.Dict[builtins.str, typing.Any]]]] = None,
        node_name: typing.Optional[builtins.str] = None,
        node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        os: typing.Any = None,
        overhead: typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecOverhead"]] = None,
        preemption_policy: typing.Optional[builtins.str] = None,
        priority: typing.Optional[jsii.Number] = None,
        priority_class_name: typing.Optional[builtins.str] = None,
        readiness_gates: typing.Optional[typing.Sequence[typing.Any]] = None,
        resource_claims: typing.Optional[typing.Sequence[typing.Any]] = None,
        resources: typing.Optional[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        restart_policy: typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecRestartPolicy"] = None,
        runtime_class_name: typing.Optional[builtins.str] = None,
        scheduler_name: typing.Optional[builtins.str] = None,
        scheduling_gates: typing.Optional[typing.Sequence[typing.Any]] = None,
        security_context: typing.Any = None,
        service_account: typing.Optional[builtins.str] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        set_hostname_as_fqdn: typing.Optional[builtins.bool] = None,
        share_process_namespace: typing.Optional[builtins.bool] = None,
        subdomain: typing.Optional[builtins.str] = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
        topology_spread_constraints: typing.Optional[typing.Sequence[typing.Any]] = None,
        volumes: typing.Optional[typing.Sequence[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param containers: 
        :param active_deadline_seconds: 
        :param affinity: 
        :param automount_service_account_token: 
        :param dns_config: 
        :param dns_policy: 
        :param enable_service_links: 
        :param ephemeral_containers: 
        :param host_aliases: 
        :param host_ipc: 
        :param hostname: 
        :param host_network: 
        :param host_pid: 
        :param host_users: 
        :param image_pull_secrets: 
        :param init_containers: 
        :param node_name: 
        :param node_selector: 
        :param os: 
        :param overhead: 
        :param preemption_policy: 
        :param priority: 
        :param priority_class_name: 
        :param readiness_gates: 
        :param resource_claims: 
        :param resources: 
        :param restart_policy: 
        :param runtime_class_name: 
        :param scheduler_name: 
        :param scheduling_gates: 
        :param security_context: 
        :param service_account: 
        :param service_account_name: 
        :param set_hostname_as_fqdn: 
        :param share_process_namespace: 
        :param subdomain: 
        :param termination_grace_period_seconds: 
        :param tolerations: 
        :param topology_spread_constraints: 
        :param volumes: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec
        '''
        if isinstance(resources, dict):
            resources = MpiJobSpecMpiReplicaSpecsTemplateSpecResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2d16327a7032c3b960e8c25af2ba57a4f29d050b04caea02b1e84019a1da2fef)
            check_type(argname="argument containers", value=containers, expected_type=type_hints["containers"])
            check_type(argname="argument active_deadline_seconds", value=active_deadline_seconds, expected_type=type_hints["active_deadline_seconds"])
            check_type(argname="argument affinity", value=affinity, expected_type=type_hints["affinity"])
            check_type(argname="argument automount_service_account_token", value=automount_service_account_token, expected_type=type_hints["automount_service_account_token"])
            check_type(argname="argument dns_config", value=dns_config, expected_type=type_hints["dns_config"])
            check_type(argname="argument dns_policy", value=dns_policy, expected_type=type_hints["dns_policy"])
            check_type(argname="argument enable_service_links", value=enable_service_links, expected_type=type_hints["enable_service_links"])
            check_type(argname="argument ephemeral_containers", value=ephemeral_containers, expected_type=type_hints["ephemeral_containers"])
            check_type(argname="argument host_aliases", value=host_aliases, expected_type=type_hints["host_aliases"])
            check_type(argname="argument host_ipc", value=host_ipc, expected_type=type_hints["host_ipc"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument host_pid", value=host_pid, expected_type=type_hints["host_pid"])
            check_type(argname="argument host_users", value=host_users, expected_type=type_hints["host_users"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument init_containers", value=init_containers, expected_type=type_hints["init_containers"])
            check_type(argname="argument node_name", value=node_name, expected_type=type_hints["node_name"])
            check_type(argname="argument node_selector", value=node_selector, expected_type=type_hints["node_selector"])
            check_type(argname="argument os", value=os, expected_type=type_hints["os"])
            check_type(argname="argument overhead", value=overhead, expected_type=type_hints["overhead"])
            check_type(argname="argument preemption_policy", value=preemption_policy, expected_type=type_hints["preemption_policy"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
            check_type(argname="argument priority_class_name", value=priority_class_name, expected_type=type_hints["priority_class_name"])
            check_type(argname="argument readiness_gates", value=readiness_gates, expected_type=type_hints["readiness_gates"])
            check_type(argname="argument resource_claims", value=resource_claims, expected_type=type_hints["resource_claims"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument restart_policy", value=restart_policy, expected_type=type_hints["restart_policy"])
            check_type(argname="argument runtime_class_name", value=runtime_class_name, expected_type=type_hints["runtime_class_name"])
            check_type(argname="argument scheduler_name", value=scheduler_name, expected_type=type_hints["scheduler_name"])
            check_type(argname="argument scheduling_gates", value=scheduling_gates, expected_type=type_hints["scheduling_gates"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument service_account", value=service_account, expected_type=type_hints["service_account"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument set_hostname_as_fqdn", value=set_hostname_as_fqdn, expected_type=type_hints["set_hostname_as_fqdn"])
            check_type(argname="argument share_process_namespace", value=share_process_namespace, expected_type=type_hints["share_process_namespace"])
            check_type(argname="argument subdomain", value=subdomain, expected_type=type_hints["subdomain"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
            check_type(argname="argument topology_spread_constraints", value=topology_spread_constraints, expected_type=type_hints["topology_spread_constraints"])
            check_type(argname="argument volumes", value=volumes, expected_type=type_hints["volumes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "containers": containers,
        }
        if active_deadline_seconds is not None:
            self._values["active_deadline_seconds"] = active_deadline_seconds
        if affinity is not None:
            self._values["affinity"] = affinity
        if automount_service_account_token is not None:
            self._values["automount_service_account_token"] = automount_service_account_token
        if dns_config is not None:
            self._values["dns_config"] = dns_config
        if dns_policy is not None:
            self._values["dns_policy"] = dns_policy
        if enable_service_links is not None:
            self._values["enable_service_links"] = enable_service_links
        if ephemeral_containers is not None:
            self._values["ephemeral_containers"] = ephemeral_containers
        if host_aliases is not None:
            self._values["host_aliases"] = host_aliases
        if host_ipc is not None:
            self._values["host_ipc"] = host_ipc
        if hostname is not None:
            self._values["hostname"] = hostname
        if host_network is not None:
            self._values["host_network"] = host_network
        if host_pid is not None:
            self._values["host_pid"] = host_pid
        if host_users is not None:
            self._values["host_users"] = host_users
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if init_containers is not None:
            self._values["init_containers"] = init_containers
        if node_name is not None:
            self._values["node_name"] = node_name
        if node_selector is not None:
            self._values["node_selector"] = node_selector
        if os is not None:
            self._values["os"] = os
        if overhead is not None:
            self._values["overhead"] = overhead
        if preemption_policy is not None:
            self._values["preemption_policy"] = preemption_policy
        if priority is not None:
            self._values["priority"] = priority
        if priority_class_name is not None:
            self._values["priority_class_name"] = priority_class_name
        if readiness_gates is not None:
            self._values["readiness_gates"] = readiness_gates
        if resource_claims is not None:
            self._values["resource_claims"] = resource_claims
        if resources is not None:
            self._values["resources"] = resources
        if restart_policy is not None:
            self._values["restart_policy"] = restart_policy
        if runtime_class_name is not None:
            self._values["runtime_class_name"] = runtime_class_name
        if scheduler_name is not None:
            self._values["scheduler_name"] = scheduler_name
        if scheduling_gates is not None:
            self._values["scheduling_gates"] = scheduling_gates
        if security_context is not None:
            self._values["security_context"] = security_context
        if service_account is not None:
            self._values["service_account"] = service_account
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if set_hostname_as_fqdn is not None:
            self._values["set_hostname_as_fqdn"] = set_hostname_as_fqdn
        if share_process_namespace is not None:
            self._values["share_process_namespace"] = share_process_namespace
        if subdomain is not None:
            self._values["subdomain"] = subdomain
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if tolerations is not None:
            self._values["tolerations"] = tolerations
        if topology_spread_constraints is not None:
            self._values["topology_spread_constraints"] = topology_spread_constraints
        if volumes is not None:
            self._values["volumes"] = volumes

    @builtins.property
    def containers(
        self,
    ) -> typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecContainers"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#containers
        '''
        result = self._values.get("containers")
        assert result is not None, "Required property 'containers' is missing"
        return typing.cast(typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecContainers"], result)

    @builtins.property
    def active_deadline_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#activeDeadlineSeconds
        '''
        result = self._values.get("active_deadline_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def affinity(self) -> typing.Any:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#affinity
        '''
        result = self._values.get("affinity")
        return typing.cast(typing.Any, result)

    @builtins.property
    def automount_service_account_token(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#automountServiceAccountToken
        '''
        result = self._values.get("automount_service_account_token")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def dns_config(self) -> typing.Any:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#dnsConfig
        '''
        result = self._values.get("dns_config")
        return typing.cast(typing.Any, result)

    @builtins.property
    def dns_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#dnsPolicy
        '''
        result = self._values.get("dns_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enable_service_links(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#enableServiceLinks
        '''
        result = self._values.get("enable_service_links")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ephemeral_containers(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#ephemeralContainers
        '''
        result = self._values.get("ephemeral_containers")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def host_aliases(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#hostAliases
        '''
        result = self._values.get("host_aliases")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def host_ipc(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#hostIPC
        '''
        result = self._values.get("host_ipc")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def host_pid(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#hostPID
        '''
        result = self._values.get("host_pid")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def host_users(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#hostUsers
        '''
        result = self._values.get("host_users")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image_pull_secrets(
        self,
    ) -> typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecImagePullSecrets"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecImagePullSecrets"]], result)

    @builtins.property
    def init_containers(
        self,
    ) -> typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#initContainers
        '''
        result = self._values.get("init_containers")
        return typing.cast(typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers"]], result)

    @builtins.property
    def node_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#nodeName
        '''
        result = self._values.get("node_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_selector(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#nodeSelector
        '''
        result = self._values.get("node_selector")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def os(self) -> typing.Any:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#os
        '''
        result = self._values.get("os")
        return typing.cast(typing.Any, result)

    @builtins.property
    def overhead(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecOverhead"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#overhead
        '''
        result = self._values.get("overhead")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecOverhead"]], result)

    @builtins.property
    def preemption_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#preemptionPolicy
        '''
        result = self._values.get("preemption_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def priority_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#priorityClassName
        '''
        result = self._values.get("priority_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def readiness_gates(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#readinessGates
        '''
        result = self._values.get("readiness_gates")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def resource_claims(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#resourceClaims
        '''
        result = self._values.get("resource_claims")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecResources"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecResources"], result)

    @builtins.property
    def restart_policy(
        self,
    ) -> typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecRestartPolicy"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#restartPolicy
        '''
        result = self._values.get("restart_policy")
        return typing.cast(typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecRestartPolicy"], result)

    @builtins.property
    def runtime_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#runtimeClassName
        '''
        result = self._values.get("runtime_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheduler_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#schedulerName
        '''
        result = self._values.get("scheduler_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheduling_gates(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#schedulingGates
        '''
        result = self._values.get("scheduling_gates")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    @builtins.property
    def service_account(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#serviceAccount
        '''
        result = self._values.get("service_account")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def set_hostname_as_fqdn(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#setHostnameAsFQDN
        '''
        result = self._values.get("set_hostname_as_fqdn")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def share_process_namespace(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#shareProcessNamespace
        '''
        result = self._values.get("share_process_namespace")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def subdomain(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#subdomain
        '''
        result = self._values.get("subdomain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tolerations(
        self,
    ) -> typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecTolerations"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecTolerations"]], result)

    @builtins.property
    def topology_spread_constraints(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#topologySpreadConstraints
        '''
        result = self._values.get("topology_spread_constraints")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def volumes(
        self,
    ) -> typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumes"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpec#volumes
        '''
        result = self._values.get("volumes")
        return typing.cast(typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecContainers",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "args": "args",
        "command": "command",
        "env": "env",
        "env_from": "envFrom",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "lifecycle": "lifecycle",
        "liveness_probe": "livenessProbe",
        "ports": "ports",
        "readiness_probe": "readinessProbe",
        "resize_policy": "resizePolicy",
        "resources": "resources",
        "restart_policy": "restartPolicy",
        "security_context": "securityContext",
        "startup_probe": "startupProbe",
        "stdin": "stdin",
        "stdin_once": "stdinOnce",
        "termination_message_path": "terminationMessagePath",
        "termination_message_policy": "terminationMessagePolicy",
        "tty": "tty",
        "volume_devices": "volumeDevices",
        "volume_mounts": "volumeMounts",
        "working_dir": "workingDir",
    },
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecContainers:
    def __init__(
        self,
        *,
        name: builtins.str,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecContainersEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecContainersImagePullPolicy"] = None,
        lifecycle: typing.Any = None,
        liveness_probe: typing.Any = None,
        ports: typing.Optional[typing.Sequence[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecContainersPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
        readiness_probe: typing.Any = None,
        resize_policy: typing.Optional[typing.Sequence[typing.Any]] = None,
        resources: typing.Optional[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResources", typing.Dict[builtins.str, typing.Any]]] = None,
        restart_policy: typing.Optional[builtins.str] = None,
        security_context: typing.Any = None,
        startup_probe: typing.Any = None,
        stdin: typing.Optional[builtins.bool] = None,
        stdin_once: typing.Optional[builtins.bool] = None,
        termination_message_path: typing.Optional[builtins.str] = None,
        termination_message_policy: typing.Optional[builtins.str] = None,
        tty: typing.Optional[builtins.bool] = None,
        volume_devices: typing.Optional[typing.Sequence[typing.Any]] = None,
        volume_mounts: typing.Optional[typing.Sequence[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecContainersVolumeMounts", typing.Dict[builtins.str, typing.Any]]]] = None,
        working_dir: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param args: 
        :param command: 
        :param env: 
        :param env_from: 
        :param image: 
        :param image_pull_policy: 
        :param lifecycle: 
        :param liveness_probe: 
        :param ports: 
        :param readiness_probe: 
        :param resize_policy: 
        :param resources: 
        :param restart_policy: 
        :param security_context: 
        :param startup_probe: 
        :param stdin: 
        :param stdin_once: 
        :param termination_message_path: 
        :param termination_message_policy: 
        :param tty: 
        :param volume_devices: 
        :param volume_mounts: 
        :param working_dir: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers
        '''
        if isinstance(resources, dict):
            resources = MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5363cc7bbf9f1d29448281672a20aaf1425d643c908740d20fe8b4eb703cc156)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument env_from", value=env_from, expected_type=type_hints["env_from"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument liveness_probe", value=liveness_probe, expected_type=type_hints["liveness_probe"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument readiness_probe", value=readiness_probe, expected_type=type_hints["readiness_probe"])
            check_type(argname="argument resize_policy", value=resize_policy, expected_type=type_hints["resize_policy"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument restart_policy", value=restart_policy, expected_type=type_hints["restart_policy"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument startup_probe", value=startup_probe, expected_type=type_hints["startup_probe"])
            check_type(argname="argument stdin", value=stdin, expected_type=type_hints["stdin"])
            check_type(argname="argument stdin_once", value=stdin_once, expected_type=type_hints["stdin_once"])
            check_type(argname="argument termination_message_path", value=termination_message_path, expected_type=type_hints["termination_message_path"])
            check_type(argname="argument termination_message_policy", value=termination_message_policy, expected_type=type_hints["termination_message_policy"])
            check_type(argname="argument tty", value=tty, expected_type=type_hints["tty"])
            check_type(argname="argument volume_devices", value=volume_devices, expected_type=type_hints["volume_devices"])
            check_type(argname="argument volume_mounts", value=volume_mounts, expected_type=type_hints["volume_mounts"])
            check_type(argname="argument working_dir", value=working_dir, expected_type=type_hints["working_dir"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if args is not None:
            self._values["args"] = args
        if command is not None:
            self._values["command"] = command
        if env is not None:
            self._values["env"] = env
        if env_from is not None:
            self._values["env_from"] = env_from
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if liveness_probe is not None:
            self._values["liveness_probe"] = liveness_probe
        if ports is not None:
            self._values["ports"] = ports
        if readiness_probe is not None:
            self._values["readiness_probe"] = readiness_probe
        if resize_policy is not None:
            self._values["resize_policy"] = resize_policy
        if resources is not None:
            self._values["resources"] = resources
        if restart_policy is not None:
            self._values["restart_policy"] = restart_policy
        if security_context is not None:
            self._values["security_context"] = security_context
        if startup_probe is not None:
            self._values["startup_probe"] = startup_probe
        if stdin is not None:
            self._values["stdin"] = stdin
        if stdin_once is not None:
            self._values["stdin_once"] = stdin_once
        if termination_message_path is not None:
            self._values["termination_message_path"] = termination_message_path
        if termination_message_policy is not None:
            self._values["termination_message_policy"] = termination_message_policy
        if tty is not None:
            self._values["tty"] = tty
        if volume_devices is not None:
            self._values["volume_devices"] = volume_devices
        if volume_mounts is not None:
            self._values["volume_mounts"] = volume_mounts
        if working_dir is not None:
            self._values["working_dir"] = working_dir

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecContainersEnv"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecContainersEnv"]], result)

    @builtins.property
    def env_from(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#envFrom
        '''
        result = self._values.get("env_from")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(
        self,
    ) -> typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecContainersImagePullPolicy"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecContainersImagePullPolicy"], result)

    @builtins.property
    def lifecycle(self) -> typing.Any:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#lifecycle
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Any, result)

    @builtins.property
    def liveness_probe(self) -> typing.Any:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#livenessProbe
        '''
        result = self._values.get("liveness_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def ports(
        self,
    ) -> typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecContainersPorts"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecContainersPorts"]], result)

    @builtins.property
    def readiness_probe(self) -> typing.Any:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#readinessProbe
        '''
        result = self._values.get("readiness_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def resize_policy(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#resizePolicy
        '''
        result = self._values.get("resize_policy")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResources"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResources"], result)

    @builtins.property
    def restart_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#restartPolicy
        '''
        result = self._values.get("restart_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    @builtins.property
    def startup_probe(self) -> typing.Any:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#startupProbe
        '''
        result = self._values.get("startup_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def stdin(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#stdin
        '''
        result = self._values.get("stdin")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def stdin_once(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#stdinOnce
        '''
        result = self._values.get("stdin_once")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def termination_message_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#terminationMessagePath
        '''
        result = self._values.get("termination_message_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def termination_message_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#terminationMessagePolicy
        '''
        result = self._values.get("termination_message_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tty(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#tty
        '''
        result = self._values.get("tty")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_devices(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#volumeDevices
        '''
        result = self._values.get("volume_devices")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def volume_mounts(
        self,
    ) -> typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecContainersVolumeMounts"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#volumeMounts
        '''
        result = self._values.get("volume_mounts")
        return typing.cast(typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecContainersVolumeMounts"]], result)

    @builtins.property
    def working_dir(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainers#workingDir
        '''
        result = self._values.get("working_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecContainers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecContainersEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecContainersEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Any = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4499286e0093b1e2bfaf25883912e3b4b7bac47ef8e137dc58ce75bef463a5f5)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Any:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecContainersImagePullPolicy"
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecContainersImagePullPolicy(enum.Enum):
    '''
    :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersImagePullPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    IF_NOT_PRESENT = "IF_NOT_PRESENT"
    '''IfNotPresent.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecContainersPorts",
    jsii_struct_bases=[],
    name_mapping={
        "container_port": "containerPort",
        "host_ip": "hostIp",
        "host_port": "hostPort",
        "name": "name",
        "protocol": "protocol",
    },
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecContainersPorts:
    def __init__(
        self,
        *,
        container_port: jsii.Number,
        host_ip: typing.Optional[builtins.str] = None,
        host_port: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param container_port: 
        :param host_ip: 
        :param host_port: 
        :param name: 
        :param protocol: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__194cf8bb7c9b9867ee691383db2ddc09fca191c2be72354369ce4ee7e784aa92)
            check_type(argname="argument container_port", value=container_port, expected_type=type_hints["container_port"])
            check_type(argname="argument host_ip", value=host_ip, expected_type=type_hints["host_ip"])
            check_type(argname="argument host_port", value=host_port, expected_type=type_hints["host_port"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "container_port": container_port,
        }
        if host_ip is not None:
            self._values["host_ip"] = host_ip
        if host_port is not None:
            self._values["host_port"] = host_port
        if name is not None:
            self._values["name"] = name
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def container_port(self) -> jsii.Number:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersPorts#containerPort
        '''
        result = self._values.get("container_port")
        assert result is not None, "Required property 'container_port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def host_ip(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersPorts#hostIP
        '''
        result = self._values.get("host_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersPorts#hostPort
        '''
        result = self._values.get("host_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersPorts#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Any]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e964f15c0f415402237b072de05484240a7ea93788c33de9df2e818e4d4441c0)
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claims is not None:
            self._values["claims"] = claims
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def claims(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesLimits"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesRequests"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesLimits",
):
    '''
    :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b40e306785048f1565f11b593eb67cde80ab94a81bfe98ac246677039c3f648b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e5543b38b2da9ec35acebb3be86ff27c0f925497fa6b1e3bf0f46524febfaeb0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesRequests",
):
    '''
    :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__edf2ed92ca6b416da51d0297b53259424539ce79545b99623b0baee10204a777)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__13056a475e7ae61b15a19aafb25d97526d07e5d526e532ca62ef4e4f57f8c8f2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecContainersVolumeMounts",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "name": "name",
        "mount_propagation": "mountPropagation",
        "read_only": "readOnly",
        "recursive_read_only": "recursiveReadOnly",
        "sub_path": "subPath",
        "sub_path_expr": "subPathExpr",
    },
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecContainersVolumeMounts:
    def __init__(
        self,
        *,
        mount_path: builtins.str,
        name: builtins.str,
        mount_propagation: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        recursive_read_only: typing.Optional[builtins.str] = None,
        sub_path: typing.Optional[builtins.str] = None,
        sub_path_expr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param mount_path: 
        :param name: 
        :param mount_propagation: 
        :param read_only: 
        :param recursive_read_only: 
        :param sub_path: 
        :param sub_path_expr: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersVolumeMounts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4ac6d14889a0594ac3237ac6189c97afbb43f3867901da43b0f43781795328a3)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument mount_propagation", value=mount_propagation, expected_type=type_hints["mount_propagation"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument recursive_read_only", value=recursive_read_only, expected_type=type_hints["recursive_read_only"])
            check_type(argname="argument sub_path", value=sub_path, expected_type=type_hints["sub_path"])
            check_type(argname="argument sub_path_expr", value=sub_path_expr, expected_type=type_hints["sub_path_expr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mount_path": mount_path,
            "name": name,
        }
        if mount_propagation is not None:
            self._values["mount_propagation"] = mount_propagation
        if read_only is not None:
            self._values["read_only"] = read_only
        if recursive_read_only is not None:
            self._values["recursive_read_only"] = recursive_read_only
        if sub_path is not None:
            self._values["sub_path"] = sub_path
        if sub_path_expr is not None:
            self._values["sub_path_expr"] = sub_path_expr

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersVolumeMounts#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersVolumeMounts#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_propagation(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersVolumeMounts#mountPropagation
        '''
        result = self._values.get("mount_propagation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersVolumeMounts#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def recursive_read_only(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersVolumeMounts#recursiveReadOnly
        '''
        result = self._values.get("recursive_read_only")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersVolumeMounts#subPath
        '''
        result = self._values.get("sub_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path_expr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecContainersVolumeMounts#subPathExpr
        '''
        result = self._values.get("sub_path_expr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersVolumeMounts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecImagePullSecrets",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecImagePullSecrets:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecImagePullSecrets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e9b6f5bb8ef01dc6cc0a909383bf5ac59e4c65953af61d8ed9996f64be6cb6f7)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecImagePullSecrets#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecImagePullSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "args": "args",
        "command": "command",
        "env": "env",
        "env_from": "envFrom",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "lifecycle": "lifecycle",
        "liveness_probe": "livenessProbe",
        "ports": "ports",
        "readiness_probe": "readinessProbe",
        "resize_policy": "resizePolicy",
        "resources": "resources",
        "restart_policy": "restartPolicy",
        "security_context": "securityContext",
        "startup_probe": "startupProbe",
        "stdin": "stdin",
        "stdin_once": "stdinOnce",
        "termination_message_path": "terminationMessagePath",
        "termination_message_policy": "terminationMessagePolicy",
        "tty": "tty",
        "volume_devices": "volumeDevices",
        "volume_mounts": "volumeMounts",
        "working_dir": "workingDir",
    },
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers:
    def __init__(
        self,
        *,
        name: builtins.str,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersImagePullPolicy"] = None,
        lifecycle: typing.Any = None,
        liveness_probe: typing.Any = None,
        ports: typing.Optional[typing.Sequence[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
        readiness_probe: typing.Any = None,
        resize_policy: typing.Optional[typing.Sequence[typing.Any]] = None,
        resources: typing.Optional[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResources", typing.Dict[builtins.str, typing.Any]]] = None,
        restart_policy: typing.Optional[builtins.str] = None,
        security_context: typing.Any = None,
        startup_probe: typing.Any = None,
        stdin: typing.Optional[builtins.bool] = None,
        stdin_once: typing.Optional[builtins.bool] = None,
        termination_message_path: typing.Optional[builtins.str] = None,
        termination_message_policy: typing.Optional[builtins.str] = None,
        tty: typing.Optional[builtins.bool] = None,
        volume_devices: typing.Optional[typing.Sequence[typing.Any]] = None,
        volume_mounts: typing.Optional[typing.Sequence[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersVolumeMounts", typing.Dict[builtins.str, typing.Any]]]] = None,
        working_dir: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param args: 
        :param command: 
        :param env: 
        :param env_from: 
        :param image: 
        :param image_pull_policy: 
        :param lifecycle: 
        :param liveness_probe: 
        :param ports: 
        :param readiness_probe: 
        :param resize_policy: 
        :param resources: 
        :param restart_policy: 
        :param security_context: 
        :param startup_probe: 
        :param stdin: 
        :param stdin_once: 
        :param termination_message_path: 
        :param termination_message_policy: 
        :param tty: 
        :param volume_devices: 
        :param volume_mounts: 
        :param working_dir: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers
        '''
        if isinstance(resources, dict):
            resources = MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a9116c47d68a3a7abb0ce1dd2aa13afaba2d6137766b8efa1afa8dc770b3591)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument env_from", value=env_from, expected_type=type_hints["env_from"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument liveness_probe", value=liveness_probe, expected_type=type_hints["liveness_probe"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument readiness_probe", value=readiness_probe, expected_type=type_hints["readiness_probe"])
            check_type(argname="argument resize_policy", value=resize_policy, expected_type=type_hints["resize_policy"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument restart_policy", value=restart_policy, expected_type=type_hints["restart_policy"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument startup_probe", value=startup_probe, expected_type=type_hints["startup_probe"])
            check_type(argname="argument stdin", value=stdin, expected_type=type_hints["stdin"])
            check_type(argname="argument stdin_once", value=stdin_once, expected_type=type_hints["stdin_once"])
            check_type(argname="argument termination_message_path", value=termination_message_path, expected_type=type_hints["termination_message_path"])
            check_type(argname="argument termination_message_policy", value=termination_message_policy, expected_type=type_hints["termination_message_policy"])
            check_type(argname="argument tty", value=tty, expected_type=type_hints["tty"])
            check_type(argname="argument volume_devices", value=volume_devices, expected_type=type_hints["volume_devices"])
            check_type(argname="argument volume_mounts", value=volume_mounts, expected_type=type_hints["volume_mounts"])
            check_type(argname="argument working_dir", value=working_dir, expected_type=type_hints["working_dir"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if args is not None:
            self._values["args"] = args
        if command is not None:
            self._values["command"] = command
        if env is not None:
            self._values["env"] = env
        if env_from is not None:
            self._values["env_from"] = env_from
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if liveness_probe is not None:
            self._values["liveness_probe"] = liveness_probe
        if ports is not None:
            self._values["ports"] = ports
        if readiness_probe is not None:
            self._values["readiness_probe"] = readiness_probe
        if resize_policy is not None:
            self._values["resize_policy"] = resize_policy
        if resources is not None:
            self._values["resources"] = resources
        if restart_policy is not None:
            self._values["restart_policy"] = restart_policy
        if security_context is not None:
            self._values["security_context"] = security_context
        if startup_probe is not None:
            self._values["startup_probe"] = startup_probe
        if stdin is not None:
            self._values["stdin"] = stdin
        if stdin_once is not None:
            self._values["stdin_once"] = stdin_once
        if termination_message_path is not None:
            self._values["termination_message_path"] = termination_message_path
        if termination_message_policy is not None:
            self._values["termination_message_policy"] = termination_message_policy
        if tty is not None:
            self._values["tty"] = tty
        if volume_devices is not None:
            self._values["volume_devices"] = volume_devices
        if volume_mounts is not None:
            self._values["volume_mounts"] = volume_mounts
        if working_dir is not None:
            self._values["working_dir"] = working_dir

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersEnv"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersEnv"]], result)

    @builtins.property
    def env_from(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#envFrom
        '''
        result = self._values.get("env_from")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(
        self,
    ) -> typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersImagePullPolicy"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersImagePullPolicy"], result)

    @builtins.property
    def lifecycle(self) -> typing.Any:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#lifecycle
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Any, result)

    @builtins.property
    def liveness_probe(self) -> typing.Any:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#livenessProbe
        '''
        result = self._values.get("liveness_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def ports(
        self,
    ) -> typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersPorts"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersPorts"]], result)

    @builtins.property
    def readiness_probe(self) -> typing.Any:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#readinessProbe
        '''
        result = self._values.get("readiness_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def resize_policy(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#resizePolicy
        '''
        result = self._values.get("resize_policy")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResources"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResources"], result)

    @builtins.property
    def restart_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#restartPolicy
        '''
        result = self._values.get("restart_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    @builtins.property
    def startup_probe(self) -> typing.Any:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#startupProbe
        '''
        result = self._values.get("startup_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def stdin(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#stdin
        '''
        result = self._values.get("stdin")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def stdin_once(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#stdinOnce
        '''
        result = self._values.get("stdin_once")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def termination_message_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#terminationMessagePath
        '''
        result = self._values.get("termination_message_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def termination_message_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#terminationMessagePolicy
        '''
        result = self._values.get("termination_message_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tty(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#tty
        '''
        result = self._values.get("tty")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_devices(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#volumeDevices
        '''
        result = self._values.get("volume_devices")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def volume_mounts(
        self,
    ) -> typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersVolumeMounts"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#volumeMounts
        '''
        result = self._values.get("volume_mounts")
        return typing.cast(typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersVolumeMounts"]], result)

    @builtins.property
    def working_dir(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers#workingDir
        '''
        result = self._values.get("working_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Any = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__90f08d7d129aa68017ea040154d3134b34c4ec0a0b17e0625cd5d03c9ac135c5)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Any:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersImagePullPolicy"
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersImagePullPolicy(enum.Enum):
    '''
    :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersImagePullPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    IF_NOT_PRESENT = "IF_NOT_PRESENT"
    '''IfNotPresent.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersPorts",
    jsii_struct_bases=[],
    name_mapping={
        "container_port": "containerPort",
        "host_ip": "hostIp",
        "host_port": "hostPort",
        "name": "name",
        "protocol": "protocol",
    },
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersPorts:
    def __init__(
        self,
        *,
        container_port: jsii.Number,
        host_ip: typing.Optional[builtins.str] = None,
        host_port: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param container_port: 
        :param host_ip: 
        :param host_port: 
        :param name: 
        :param protocol: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bfafd46ce9456fd594098f43c3fa10b557c89b65c87da46bceb3c0f211d4d790)
            check_type(argname="argument container_port", value=container_port, expected_type=type_hints["container_port"])
            check_type(argname="argument host_ip", value=host_ip, expected_type=type_hints["host_ip"])
            check_type(argname="argument host_port", value=host_port, expected_type=type_hints["host_port"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "container_port": container_port,
        }
        if host_ip is not None:
            self._values["host_ip"] = host_ip
        if host_port is not None:
            self._values["host_port"] = host_port
        if name is not None:
            self._values["name"] = name
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def container_port(self) -> jsii.Number:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersPorts#containerPort
        '''
        result = self._values.get("container_port")
        assert result is not None, "Required property 'container_port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def host_ip(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersPorts#hostIP
        '''
        result = self._values.get("host_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersPorts#hostPort
        '''
        result = self._values.get("host_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersPorts#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Any]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b6e019d02c9438a1b4e807a543ad1e32a32488ddedafa96ff8a7fbec216eba65)
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claims is not None:
            self._values["claims"] = claims
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def claims(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesLimits"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesRequests"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesLimits",
):
    '''
    :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7af6e460afb087d11a02baa53643726783ee2e2342823945eb6ebde87c0cf0a6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e25fc98a922ae40f33496c6165eff2eadfe1f64c75002e562401677dad94e819)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesRequests",
):
    '''
    :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__69f03213d58e45c5bd07e7d6cd34eaf6e75b07991f6c9d08ba36d8fc5465c649)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7e991043e161f7afdeec9ac0b462ec1e90dcded98a7b41e27d586c38be5cb50c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersVolumeMounts",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "name": "name",
        "mount_propagation": "mountPropagation",
        "read_only": "readOnly",
        "recursive_read_only": "recursiveReadOnly",
        "sub_path": "subPath",
        "sub_path_expr": "subPathExpr",
    },
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersVolumeMounts:
    def __init__(
        self,
        *,
        mount_path: builtins.str,
        name: builtins.str,
        mount_propagation: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        recursive_read_only: typing.Optional[builtins.str] = None,
        sub_path: typing.Optional[builtins.str] = None,
        sub_path_expr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param mount_path: 
        :param name: 
        :param mount_propagation: 
        :param read_only: 
        :param recursive_read_only: 
        :param sub_path: 
        :param sub_path_expr: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersVolumeMounts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ed7e04d23656aea1244004aabf1b826f7734b1a6620920422ca510cb6fe2a65)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument mount_propagation", value=mount_propagation, expected_type=type_hints["mount_propagation"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument recursive_read_only", value=recursive_read_only, expected_type=type_hints["recursive_read_only"])
            check_type(argname="argument sub_path", value=sub_path, expected_type=type_hints["sub_path"])
            check_type(argname="argument sub_path_expr", value=sub_path_expr, expected_type=type_hints["sub_path_expr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mount_path": mount_path,
            "name": name,
        }
        if mount_propagation is not None:
            self._values["mount_propagation"] = mount_propagation
        if read_only is not None:
            self._values["read_only"] = read_only
        if recursive_read_only is not None:
            self._values["recursive_read_only"] = recursive_read_only
        if sub_path is not None:
            self._values["sub_path"] = sub_path
        if sub_path_expr is not None:
            self._values["sub_path_expr"] = sub_path_expr

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersVolumeMounts#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersVolumeMounts#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_propagation(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersVolumeMounts#mountPropagation
        '''
        result = self._values.get("mount_propagation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersVolumeMounts#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def recursive_read_only(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersVolumeMounts#recursiveReadOnly
        '''
        result = self._values.get("recursive_read_only")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersVolumeMounts#subPath
        '''
        result = self._values.get("sub_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path_expr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersVolumeMounts#subPathExpr
        '''
        result = self._values.get("sub_path_expr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersVolumeMounts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MpiJobSpecMpiReplicaSpecsTemplateSpecOverhead(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecOverhead",
):
    '''
    :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecOverhead
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MpiJobSpecMpiReplicaSpecsTemplateSpecOverhead":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bb24f60ddae391ae6142b50f72d0b69d38d884e6105c10f3e02d82817f4cae5a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecMpiReplicaSpecsTemplateSpecOverhead", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MpiJobSpecMpiReplicaSpecsTemplateSpecOverhead":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7d47eb076236fe0009c0a311b61ff8481efef0d9d030be530e7265c9470820a1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecMpiReplicaSpecsTemplateSpecOverhead", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Any]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9ebd845b850751198b3c10c6e3c8fe505d7da3b6498ef9c8c43cb5b095ee69c2)
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claims is not None:
            self._values["claims"] = claims
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def claims(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesLimits"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesRequests"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesLimits",
):
    '''
    :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8cb09338844cc99777b505a9afd9e8b99686ddc78d7e9c1184858a1acd64fd7f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f44c8cef7638ac4944a5920cb26149f195cf0b4358c34ab16352ffa9071b4eaa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesRequests",
):
    '''
    :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__047b811fbd1db4d234fc0748fd5e4a0fea945cd4a1fa1b50fac30fb247df5c25)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__caa7d34549b41899da991a152c4c89f2c30b25a526bad99aa42436893e9dad87)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecRestartPolicy"
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecRestartPolicy(enum.Enum):
    '''
    :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecRestartPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    ON_FAILURE = "ON_FAILURE"
    '''OnFailure.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecTolerationsEffect"] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecTolerationsOperator"] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param effect: 
        :param key: 
        :param operator: 
        :param toleration_seconds: 
        :param value: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__33f13a85b553b8db20a854ab45d5f0f5550f61a647f8027de0612f831a20b093)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toleration_seconds", value=toleration_seconds, expected_type=type_hints["toleration_seconds"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if effect is not None:
            self._values["effect"] = effect
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if toleration_seconds is not None:
            self._values["toleration_seconds"] = toleration_seconds
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(
        self,
    ) -> typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecTolerationsEffect"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecTolerationsEffect"], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(
        self,
    ) -> typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecTolerationsOperator"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecTolerationsOperator"], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecTolerationsEffect"
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecTolerationsEffect(enum.Enum):
    '''
    :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecTolerationsEffect
    '''

    NO_SCHEDULE = "NO_SCHEDULE"
    '''NoSchedule.'''
    PREFER_NO_SCHEDULE = "PREFER_NO_SCHEDULE"
    '''PreferNoSchedule.'''
    NO_EXECUTE = "NO_EXECUTE"
    '''NoExecute.'''


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecTolerationsOperator"
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecTolerationsOperator(enum.Enum):
    '''
    :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecTolerationsOperator
    '''

    EXISTS = "EXISTS"
    '''Exists.'''
    EQUAL = "EQUAL"
    '''Equal.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "config_map": "configMap",
        "empty_dir": "emptyDir",
        "persistent_volume_claim": "persistentVolumeClaim",
        "secret": "secret",
    },
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecVolumes:
    def __init__(
        self,
        *,
        name: builtins.str,
        config_map: typing.Optional[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        empty_dir: typing.Optional[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDir", typing.Dict[builtins.str, typing.Any]]] = None,
        persistent_volume_claim: typing.Optional[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim", typing.Dict[builtins.str, typing.Any]]] = None,
        secret: typing.Optional[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param config_map: 
        :param empty_dir: 
        :param persistent_volume_claim: 
        :param secret: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumes
        '''
        if isinstance(config_map, dict):
            config_map = MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMap(**config_map)
        if isinstance(empty_dir, dict):
            empty_dir = MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDir(**empty_dir)
        if isinstance(persistent_volume_claim, dict):
            persistent_volume_claim = MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim(**persistent_volume_claim)
        if isinstance(secret, dict):
            secret = MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8d4219395e84a024a2158a48839b008c7dcc916e1e54e1ce25a36f99250e9971)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument empty_dir", value=empty_dir, expected_type=type_hints["empty_dir"])
            check_type(argname="argument persistent_volume_claim", value=persistent_volume_claim, expected_type=type_hints["persistent_volume_claim"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if config_map is not None:
            self._values["config_map"] = config_map
        if empty_dir is not None:
            self._values["empty_dir"] = empty_dir
        if persistent_volume_claim is not None:
            self._values["persistent_volume_claim"] = persistent_volume_claim
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMap"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumes#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMap"], result)

    @builtins.property
    def empty_dir(
        self,
    ) -> typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDir"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumes#emptyDir
        '''
        result = self._values.get("empty_dir")
        return typing.cast(typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDir"], result)

    @builtins.property
    def persistent_volume_claim(
        self,
    ) -> typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumes#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim"], result)

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecret"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumes#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMap",
    jsii_struct_bases=[],
    name_mapping={
        "default_mode": "defaultMode",
        "items": "items",
        "name": "name",
        "optional": "optional",
    },
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMap:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMapItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param default_mode: 
        :param items: 
        :param name: 
        :param optional: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b7c990066818d47196f421cbb9c9bbc58a883b4e5a14532dd693a05243ccb17c)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMap#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMapItems"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMap#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMapItems"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMap#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMap#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMapItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "path": "path", "mode": "mode"},
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMapItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        mode: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param mode: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMapItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f70d69e0fe440d6f62d5cf7e2a413ffbf825b80bddc10016600dc133ba5c011c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMapItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMapItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMapItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMapItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDir",
    jsii_struct_bases=[],
    name_mapping={"medium": "medium", "size_limit": "sizeLimit"},
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDir:
    def __init__(
        self,
        *,
        medium: typing.Optional[builtins.str] = None,
        size_limit: typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit"] = None,
    ) -> None:
        '''
        :param medium: 
        :param size_limit: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDir
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e18f358cf6a520d49f5bae150cada50524a73906248a3b046f17da081543a874)
            check_type(argname="argument medium", value=medium, expected_type=type_hints["medium"])
            check_type(argname="argument size_limit", value=size_limit, expected_type=type_hints["size_limit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if medium is not None:
            self._values["medium"] = medium
        if size_limit is not None:
            self._values["size_limit"] = size_limit

    @builtins.property
    def medium(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDir#medium
        '''
        result = self._values.get("medium")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def size_limit(
        self,
    ) -> typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit"]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDir#sizeLimit
        '''
        result = self._values.get("size_limit")
        return typing.cast(typing.Optional["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDir(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit",
):
    '''
    :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ed1eef9c270be0b9c8e9e2d2ecafbc32593698e17853a11e8a54a8085164807d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3c1b0a23b0a5f0945971c8916b5b7a7c9869023452828cea6d48ae2fffad0a35)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim",
    jsii_struct_bases=[],
    name_mapping={"claim_name": "claimName", "read_only": "readOnly"},
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim:
    def __init__(
        self,
        *,
        claim_name: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param claim_name: 
        :param read_only: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4f2149f7d688ed19df1c3d6b45e255664939072e0d5036ef77c6b470eee8e982)
            check_type(argname="argument claim_name", value=claim_name, expected_type=type_hints["claim_name"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "claim_name": claim_name,
        }
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def claim_name(self) -> builtins.str:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim#claimName
        '''
        result = self._values.get("claim_name")
        assert result is not None, "Required property 'claim_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecret",
    jsii_struct_bases=[],
    name_mapping={
        "default_mode": "defaultMode",
        "items": "items",
        "optional": "optional",
        "secret_name": "secretName",
    },
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecret:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecretItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        optional: typing.Optional[builtins.bool] = None,
        secret_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param default_mode: 
        :param items: 
        :param optional: 
        :param secret_name: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1421cf0b65bc3b35b6fb3f3b264b9d21c062fe3f04520303297e325c7130a976)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items
        if optional is not None:
            self._values["optional"] = optional
        if secret_name is not None:
            self._values["secret_name"] = secret_name

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecret#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecretItems"]]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecret#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecretItems"]], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecret#secretName
        '''
        result = self._values.get("secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecretItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "path": "path", "mode": "mode"},
)
class MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecretItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        mode: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param mode: 

        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecretItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__425f0580a34148d8cc760c31c47c0503b987c9d05d3fce50d34e9daa8a68d323)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecretItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecretItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecretItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecretItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecRunPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "active_deadline_seconds": "activeDeadlineSeconds",
        "backoff_limit": "backoffLimit",
        "clean_pod_policy": "cleanPodPolicy",
        "managed_by": "managedBy",
        "scheduling_policy": "schedulingPolicy",
        "suspend": "suspend",
        "ttl_seconds_after_finished": "ttlSecondsAfterFinished",
    },
)
class MpiJobSpecRunPolicy:
    def __init__(
        self,
        *,
        active_deadline_seconds: typing.Optional[jsii.Number] = None,
        backoff_limit: typing.Optional[jsii.Number] = None,
        clean_pod_policy: typing.Optional["MpiJobSpecRunPolicyCleanPodPolicy"] = None,
        managed_by: typing.Optional[builtins.str] = None,
        scheduling_policy: typing.Optional[typing.Union["MpiJobSpecRunPolicySchedulingPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        suspend: typing.Optional[builtins.bool] = None,
        ttl_seconds_after_finished: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param active_deadline_seconds: 
        :param backoff_limit: 
        :param clean_pod_policy: 
        :param managed_by: 
        :param scheduling_policy: 
        :param suspend: 
        :param ttl_seconds_after_finished: 

        :schema: MpiJobSpecRunPolicy
        '''
        if isinstance(scheduling_policy, dict):
            scheduling_policy = MpiJobSpecRunPolicySchedulingPolicy(**scheduling_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1cf6d6f9c5cfe41c1eecfd4de6dcac2a8b2625d94e6622b1e928dd8166c81125)
            check_type(argname="argument active_deadline_seconds", value=active_deadline_seconds, expected_type=type_hints["active_deadline_seconds"])
            check_type(argname="argument backoff_limit", value=backoff_limit, expected_type=type_hints["backoff_limit"])
            check_type(argname="argument clean_pod_policy", value=clean_pod_policy, expected_type=type_hints["clean_pod_policy"])
            check_type(argname="argument managed_by", value=managed_by, expected_type=type_hints["managed_by"])
            check_type(argname="argument scheduling_policy", value=scheduling_policy, expected_type=type_hints["scheduling_policy"])
            check_type(argname="argument suspend", value=suspend, expected_type=type_hints["suspend"])
            check_type(argname="argument ttl_seconds_after_finished", value=ttl_seconds_after_finished, expected_type=type_hints["ttl_seconds_after_finished"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if active_deadline_seconds is not None:
            self._values["active_deadline_seconds"] = active_deadline_seconds
        if backoff_limit is not None:
            self._values["backoff_limit"] = backoff_limit
        if clean_pod_policy is not None:
            self._values["clean_pod_policy"] = clean_pod_policy
        if managed_by is not None:
            self._values["managed_by"] = managed_by
        if scheduling_policy is not None:
            self._values["scheduling_policy"] = scheduling_policy
        if suspend is not None:
            self._values["suspend"] = suspend
        if ttl_seconds_after_finished is not None:
            self._values["ttl_seconds_after_finished"] = ttl_seconds_after_finished

    @builtins.property
    def active_deadline_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MpiJobSpecRunPolicy#activeDeadlineSeconds
        '''
        result = self._values.get("active_deadline_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def backoff_limit(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MpiJobSpecRunPolicy#backoffLimit
        '''
        result = self._values.get("backoff_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def clean_pod_policy(self) -> typing.Optional["MpiJobSpecRunPolicyCleanPodPolicy"]:
        '''
        :schema: MpiJobSpecRunPolicy#cleanPodPolicy
        '''
        result = self._values.get("clean_pod_policy")
        return typing.cast(typing.Optional["MpiJobSpecRunPolicyCleanPodPolicy"], result)

    @builtins.property
    def managed_by(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecRunPolicy#managedBy
        '''
        result = self._values.get("managed_by")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheduling_policy(
        self,
    ) -> typing.Optional["MpiJobSpecRunPolicySchedulingPolicy"]:
        '''
        :schema: MpiJobSpecRunPolicy#schedulingPolicy
        '''
        result = self._values.get("scheduling_policy")
        return typing.cast(typing.Optional["MpiJobSpecRunPolicySchedulingPolicy"], result)

    @builtins.property
    def suspend(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MpiJobSpecRunPolicy#suspend
        '''
        result = self._values.get("suspend")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ttl_seconds_after_finished(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MpiJobSpecRunPolicy#ttlSecondsAfterFinished
        '''
        result = self._values.get("ttl_seconds_after_finished")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecRunPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="kubeflow_orgkubeflow.MpiJobSpecRunPolicyCleanPodPolicy")
class MpiJobSpecRunPolicyCleanPodPolicy(enum.Enum):
    '''
    :schema: MpiJobSpecRunPolicyCleanPodPolicy
    '''

    ALL = "ALL"
    '''All.'''
    RUNNING = "RUNNING"
    '''Running.'''
    NONE = "NONE"
    '''None.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecRunPolicySchedulingPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "min_available": "minAvailable",
        "min_resources": "minResources",
        "priority_class": "priorityClass",
        "queue": "queue",
        "schedule_timeout_seconds": "scheduleTimeoutSeconds",
    },
)
class MpiJobSpecRunPolicySchedulingPolicy:
    def __init__(
        self,
        *,
        min_available: typing.Optional[jsii.Number] = None,
        min_resources: typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecRunPolicySchedulingPolicyMinResources"]] = None,
        priority_class: typing.Optional[builtins.str] = None,
        queue: typing.Optional[builtins.str] = None,
        schedule_timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param min_available: 
        :param min_resources: 
        :param priority_class: 
        :param queue: 
        :param schedule_timeout_seconds: 

        :schema: MpiJobSpecRunPolicySchedulingPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd04cb5989d7ffadc47d966b979e6bbec441dc6f9e2f8e7692210c94747022c6)
            check_type(argname="argument min_available", value=min_available, expected_type=type_hints["min_available"])
            check_type(argname="argument min_resources", value=min_resources, expected_type=type_hints["min_resources"])
            check_type(argname="argument priority_class", value=priority_class, expected_type=type_hints["priority_class"])
            check_type(argname="argument queue", value=queue, expected_type=type_hints["queue"])
            check_type(argname="argument schedule_timeout_seconds", value=schedule_timeout_seconds, expected_type=type_hints["schedule_timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if min_available is not None:
            self._values["min_available"] = min_available
        if min_resources is not None:
            self._values["min_resources"] = min_resources
        if priority_class is not None:
            self._values["priority_class"] = priority_class
        if queue is not None:
            self._values["queue"] = queue
        if schedule_timeout_seconds is not None:
            self._values["schedule_timeout_seconds"] = schedule_timeout_seconds

    @builtins.property
    def min_available(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MpiJobSpecRunPolicySchedulingPolicy#minAvailable
        '''
        result = self._values.get("min_available")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_resources(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecRunPolicySchedulingPolicyMinResources"]]:
        '''
        :schema: MpiJobSpecRunPolicySchedulingPolicy#minResources
        '''
        result = self._values.get("min_resources")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "MpiJobSpecRunPolicySchedulingPolicyMinResources"]], result)

    @builtins.property
    def priority_class(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecRunPolicySchedulingPolicy#priorityClass
        '''
        result = self._values.get("priority_class")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def queue(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MpiJobSpecRunPolicySchedulingPolicy#queue
        '''
        result = self._values.get("queue")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def schedule_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MpiJobSpecRunPolicySchedulingPolicy#scheduleTimeoutSeconds
        '''
        result = self._values.get("schedule_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MpiJobSpecRunPolicySchedulingPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MpiJobSpecRunPolicySchedulingPolicyMinResources(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.MpiJobSpecRunPolicySchedulingPolicyMinResources",
):
    '''
    :schema: MpiJobSpecRunPolicySchedulingPolicyMinResources
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MpiJobSpecRunPolicySchedulingPolicyMinResources":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f3a93c1125a657d1b8c65323e7ee3edb3b2fd81ae138b6b0740b31028f78b1cb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecRunPolicySchedulingPolicyMinResources", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MpiJobSpecRunPolicySchedulingPolicyMinResources":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__156d13f91d160bb86adf217ca50f08d2b24a0209da0a4884b20514db57651aa4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MpiJobSpecRunPolicySchedulingPolicyMinResources", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class PodDefault(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefault",
):
    '''
    :schema: PodDefault
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["PodDefaultSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "PodDefault" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b748235f02195aedea4f51e6c89035a1408196886016f71a5d04bb445ee4fd24)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = PodDefaultProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["PodDefaultSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "PodDefault".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = PodDefaultProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "PodDefault".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class PodDefaultProps:
    def __init__(
        self,
        *,
        spec: typing.Union["PodDefaultSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: PodDefault
        '''
        if isinstance(spec, dict):
            spec = PodDefaultSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__77d67d331606058637a0df9d5eda8bf85360d11fa6f431b95833b6c0a0253e0a)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "PodDefaultSpec":
        '''
        :schema: PodDefault#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("PodDefaultSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: PodDefault#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpec",
    jsii_struct_bases=[],
    name_mapping={
        "selector": "selector",
        "annotations": "annotations",
        "args": "args",
        "automount_service_account_token": "automountServiceAccountToken",
        "command": "command",
        "desc": "desc",
        "env": "env",
        "env_from": "envFrom",
        "image_pull_secrets": "imagePullSecrets",
        "init_containers": "initContainers",
        "labels": "labels",
        "service_account_name": "serviceAccountName",
        "sidecars": "sidecars",
        "tolerations": "tolerations",
        "volume_mounts": "volumeMounts",
        "volumes": "volumes",
    },
)
class PodDefaultSpec:
    def __init__(
        self,
        *,
        selector: typing.Union["PodDefaultSpecSelector", typing.Dict[builtins.str, typing.Any]],
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        automount_service_account_token: typing.Optional[builtins.bool] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        desc: typing.Optional[builtins.str] = None,
        env: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecImagePullSecrets", typing.Dict[builtins.str, typing.Any]]]] = None,
        init_containers: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecInitContainers", typing.Dict[builtins.str, typing.Any]]]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        sidecars: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecSidecars", typing.Dict[builtins.str, typing.Any]]]] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
        volume_mounts: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecVolumeMounts", typing.Dict[builtins.str, typing.Any]]]] = None,
        volumes: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param selector: 
        :param annotations: 
        :param args: 
        :param automount_service_account_token: 
        :param command: 
        :param desc: 
        :param env: 
        :param env_from: 
        :param image_pull_secrets: 
        :param init_containers: 
        :param labels: 
        :param service_account_name: 
        :param sidecars: 
        :param tolerations: 
        :param volume_mounts: 
        :param volumes: 

        :schema: PodDefaultSpec
        '''
        if isinstance(selector, dict):
            selector = PodDefaultSpecSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6d743fc9599e179c8cde84a18040564acd0bec9b037833f7e0c8bf994d91aa79)
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument automount_service_account_token", value=automount_service_account_token, expected_type=type_hints["automount_service_account_token"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument desc", value=desc, expected_type=type_hints["desc"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument env_from", value=env_from, expected_type=type_hints["env_from"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument init_containers", value=init_containers, expected_type=type_hints["init_containers"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument sidecars", value=sidecars, expected_type=type_hints["sidecars"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
            check_type(argname="argument volume_mounts", value=volume_mounts, expected_type=type_hints["volume_mounts"])
            check_type(argname="argument volumes", value=volumes, expected_type=type_hints["volumes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "selector": selector,
        }
        if annotations is not None:
            self._values["annotations"] = annotations
        if args is not None:
            self._values["args"] = args
        if automount_service_account_token is not None:
            self._values["automount_service_account_token"] = automount_service_account_token
        if command is not None:
            self._values["command"] = command
        if desc is not None:
            self._values["desc"] = desc
        if env is not None:
            self._values["env"] = env
        if env_from is not None:
            self._values["env_from"] = env_from
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if init_containers is not None:
            self._values["init_containers"] = init_containers
        if labels is not None:
            self._values["labels"] = labels
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if sidecars is not None:
            self._values["sidecars"] = sidecars
        if tolerations is not None:
            self._values["tolerations"] = tolerations
        if volume_mounts is not None:
            self._values["volume_mounts"] = volume_mounts
        if volumes is not None:
            self._values["volumes"] = volumes

    @builtins.property
    def selector(self) -> "PodDefaultSpecSelector":
        '''
        :schema: PodDefaultSpec#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast("PodDefaultSpecSelector", result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PodDefaultSpec#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpec#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def automount_service_account_token(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpec#automountServiceAccountToken
        '''
        result = self._values.get("automount_service_account_token")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpec#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def desc(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpec#desc
        '''
        result = self._values.get("desc")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["PodDefaultSpecEnv"]]:
        '''
        :schema: PodDefaultSpec#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecEnv"]], result)

    @builtins.property
    def env_from(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PodDefaultSpec#envFrom
        '''
        result = self._values.get("env_from")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image_pull_secrets(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecImagePullSecrets"]]:
        '''
        :schema: PodDefaultSpec#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecImagePullSecrets"]], result)

    @builtins.property
    def init_containers(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecInitContainers"]]:
        '''
        :schema: PodDefaultSpec#initContainers
        '''
        result = self._values.get("init_containers")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecInitContainers"]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PodDefaultSpec#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpec#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sidecars(self) -> typing.Optional[typing.List["PodDefaultSpecSidecars"]]:
        '''
        :schema: PodDefaultSpec#sidecars
        '''
        result = self._values.get("sidecars")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecSidecars"]], result)

    @builtins.property
    def tolerations(self) -> typing.Optional[typing.List["PodDefaultSpecTolerations"]]:
        '''
        :schema: PodDefaultSpec#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecTolerations"]], result)

    @builtins.property
    def volume_mounts(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecVolumeMounts"]]:
        '''
        :schema: PodDefaultSpec#volumeMounts
        '''
        result = self._values.get("volume_mounts")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecVolumeMounts"]], result)

    @builtins.property
    def volumes(self) -> typing.Optional[typing.List["PodDefaultSpecVolumes"]]:
        '''
        :schema: PodDefaultSpec#volumes
        '''
        result = self._values.get("volumes")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class PodDefaultSpecEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Any = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: PodDefaultSpecEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd849da25245f0a1fba88829cd898162817bb6c650af6ecacc9599aae0bf55ce)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Any:
        '''
        :schema: PodDefaultSpecEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecImagePullSecrets",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class PodDefaultSpecImagePullSecrets:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: PodDefaultSpecImagePullSecrets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__01f11141907d6021c198218483a8115c6c9845b36b68f3a29da10e95c6b0ecaf)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecImagePullSecrets#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecImagePullSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainers",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "args": "args",
        "command": "command",
        "env": "env",
        "env_from": "envFrom",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "lifecycle": "lifecycle",
        "liveness_probe": "livenessProbe",
        "ports": "ports",
        "readiness_probe": "readinessProbe",
        "resize_policy": "resizePolicy",
        "resources": "resources",
        "restart_policy": "restartPolicy",
        "security_context": "securityContext",
        "startup_probe": "startupProbe",
        "stdin": "stdin",
        "stdin_once": "stdinOnce",
        "termination_message_path": "terminationMessagePath",
        "termination_message_policy": "terminationMessagePolicy",
        "tty": "tty",
        "volume_devices": "volumeDevices",
        "volume_mounts": "volumeMounts",
        "working_dir": "workingDir",
    },
)
class PodDefaultSpecInitContainers:
    def __init__(
        self,
        *,
        name: builtins.str,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecInitContainersEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional["PodDefaultSpecInitContainersImagePullPolicy"] = None,
        lifecycle: typing.Any = None,
        liveness_probe: typing.Any = None,
        ports: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecInitContainersPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
        readiness_probe: typing.Any = None,
        resize_policy: typing.Optional[typing.Sequence[typing.Any]] = None,
        resources: typing.Optional[typing.Union["PodDefaultSpecInitContainersResources", typing.Dict[builtins.str, typing.Any]]] = None,
        restart_policy: typing.Optional[builtins.str] = None,
        security_context: typing.Any = None,
        startup_probe: typing.Any = None,
        stdin: typing.Optional[builtins.bool] = None,
        stdin_once: typing.Optional[builtins.bool] = None,
        termination_message_path: typing.Optional[builtins.str] = None,
        termination_message_policy: typing.Optional[builtins.str] = None,
        tty: typing.Optional[builtins.bool] = None,
        volume_devices: typing.Optional[typing.Sequence[typing.Any]] = None,
        volume_mounts: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecInitContainersVolumeMounts", typing.Dict[builtins.str, typing.Any]]]] = None,
        working_dir: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param args: 
        :param command: 
        :param env: 
        :param env_from: 
        :param image: 
        :param image_pull_policy: 
        :param lifecycle: 
        :param liveness_probe: 
        :param ports: 
        :param readiness_probe: 
        :param resize_policy: 
        :param resources: 
        :param restart_policy: 
        :param security_context: 
        :param startup_probe: 
        :param stdin: 
        :param stdin_once: 
        :param termination_message_path: 
        :param termination_message_policy: 
        :param tty: 
        :param volume_devices: 
        :param volume_mounts: 
        :param working_dir: 

        :schema: PodDefaultSpecInitContainers
        '''
        if isinstance(resources, dict):
            resources = PodDefaultSpecInitContainersResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f05769872e915e451cc158dceb1671dc087cd5950992c2647ba0482ea9e0e32a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument env_from", value=env_from, expected_type=type_hints["env_from"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument liveness_probe", value=liveness_probe, expected_type=type_hints["liveness_probe"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument readiness_probe", value=readiness_probe, expected_type=type_hints["readiness_probe"])
            check_type(argname="argument resize_policy", value=resize_policy, expected_type=type_hints["resize_policy"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument restart_policy", value=restart_policy, expected_type=type_hints["restart_policy"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument startup_probe", value=startup_probe, expected_type=type_hints["startup_probe"])
            check_type(argname="argument stdin", value=stdin, expected_type=type_hints["stdin"])
            check_type(argname="argument stdin_once", value=stdin_once, expected_type=type_hints["stdin_once"])
            check_type(argname="argument termination_message_path", value=termination_message_path, expected_type=type_hints["termination_message_path"])
            check_type(argname="argument termination_message_policy", value=termination_message_policy, expected_type=type_hints["termination_message_policy"])
            check_type(argname="argument tty", value=tty, expected_type=type_hints["tty"])
            check_type(argname="argument volume_devices", value=volume_devices, expected_type=type_hints["volume_devices"])
            check_type(argname="argument volume_mounts", value=volume_mounts, expected_type=type_hints["volume_mounts"])
            check_type(argname="argument working_dir", value=working_dir, expected_type=type_hints["working_dir"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if args is not None:
            self._values["args"] = args
        if command is not None:
            self._values["command"] = command
        if env is not None:
            self._values["env"] = env
        if env_from is not None:
            self._values["env_from"] = env_from
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if liveness_probe is not None:
            self._values["liveness_probe"] = liveness_probe
        if ports is not None:
            self._values["ports"] = ports
        if readiness_probe is not None:
            self._values["readiness_probe"] = readiness_probe
        if resize_policy is not None:
            self._values["resize_policy"] = resize_policy
        if resources is not None:
            self._values["resources"] = resources
        if restart_policy is not None:
            self._values["restart_policy"] = restart_policy
        if security_context is not None:
            self._values["security_context"] = security_context
        if startup_probe is not None:
            self._values["startup_probe"] = startup_probe
        if stdin is not None:
            self._values["stdin"] = stdin
        if stdin_once is not None:
            self._values["stdin_once"] = stdin_once
        if termination_message_path is not None:
            self._values["termination_message_path"] = termination_message_path
        if termination_message_policy is not None:
            self._values["termination_message_policy"] = termination_message_policy
        if tty is not None:
            self._values["tty"] = tty
        if volume_devices is not None:
            self._values["volume_devices"] = volume_devices
        if volume_mounts is not None:
            self._values["volume_mounts"] = volume_mounts
        if working_dir is not None:
            self._values["working_dir"] = working_dir

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainers#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecInitContainers#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecInitContainers#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["PodDefaultSpecInitContainersEnv"]]:
        '''
        :schema: PodDefaultSpecInitContainers#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecInitContainersEnv"]], result)

    @builtins.property
    def env_from(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PodDefaultSpecInitContainers#envFrom
        '''
        result = self._values.get("env_from")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainers#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersImagePullPolicy"]:
        '''
        :schema: PodDefaultSpecInitContainers#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersImagePullPolicy"], result)

    @builtins.property
    def lifecycle(self) -> typing.Any:
        '''
        :schema: PodDefaultSpecInitContainers#lifecycle
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Any, result)

    @builtins.property
    def liveness_probe(self) -> typing.Any:
        '''
        :schema: PodDefaultSpecInitContainers#livenessProbe
        '''
        result = self._values.get("liveness_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def ports(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecInitContainersPorts"]]:
        '''
        :schema: PodDefaultSpecInitContainers#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecInitContainersPorts"]], result)

    @builtins.property
    def readiness_probe(self) -> typing.Any:
        '''
        :schema: PodDefaultSpecInitContainers#readinessProbe
        '''
        result = self._values.get("readiness_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def resize_policy(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PodDefaultSpecInitContainers#resizePolicy
        '''
        result = self._values.get("resize_policy")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def resources(self) -> typing.Optional["PodDefaultSpecInitContainersResources"]:
        '''
        :schema: PodDefaultSpecInitContainers#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersResources"], result)

    @builtins.property
    def restart_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainers#restartPolicy
        '''
        result = self._values.get("restart_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''
        :schema: PodDefaultSpecInitContainers#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    @builtins.property
    def startup_probe(self) -> typing.Any:
        '''
        :schema: PodDefaultSpecInitContainers#startupProbe
        '''
        result = self._values.get("startup_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def stdin(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecInitContainers#stdin
        '''
        result = self._values.get("stdin")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def stdin_once(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecInitContainers#stdinOnce
        '''
        result = self._values.get("stdin_once")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def termination_message_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainers#terminationMessagePath
        '''
        result = self._values.get("termination_message_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def termination_message_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainers#terminationMessagePolicy
        '''
        result = self._values.get("termination_message_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tty(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecInitContainers#tty
        '''
        result = self._values.get("tty")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_devices(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PodDefaultSpecInitContainers#volumeDevices
        '''
        result = self._values.get("volume_devices")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def volume_mounts(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecInitContainersVolumeMounts"]]:
        '''
        :schema: PodDefaultSpecInitContainers#volumeMounts
        '''
        result = self._values.get("volume_mounts")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecInitContainersVolumeMounts"]], result)

    @builtins.property
    def working_dir(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainers#workingDir
        '''
        result = self._values.get("working_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class PodDefaultSpecInitContainersEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Any = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: PodDefaultSpecInitContainersEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba1b1c99eef82871d6d1795e4859517ff2f3378457ca8d6d1d13e52a0e2f2bb3)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Any:
        '''
        :schema: PodDefaultSpecInitContainersEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersImagePullPolicy"
)
class PodDefaultSpecInitContainersImagePullPolicy(enum.Enum):
    '''
    :schema: PodDefaultSpecInitContainersImagePullPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    IF_NOT_PRESENT = "IF_NOT_PRESENT"
    '''IfNotPresent.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersPorts",
    jsii_struct_bases=[],
    name_mapping={
        "container_port": "containerPort",
        "host_ip": "hostIp",
        "host_port": "hostPort",
        "name": "name",
        "protocol": "protocol",
    },
)
class PodDefaultSpecInitContainersPorts:
    def __init__(
        self,
        *,
        container_port: jsii.Number,
        host_ip: typing.Optional[builtins.str] = None,
        host_port: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param container_port: 
        :param host_ip: 
        :param host_port: 
        :param name: 
        :param protocol: 

        :schema: PodDefaultSpecInitContainersPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d8bafbd2581abeb3433da8de2d82b0c98b92a479c3d7c56ecb32c74889e5c219)
            check_type(argname="argument container_port", value=container_port, expected_type=type_hints["container_port"])
            check_type(argname="argument host_ip", value=host_ip, expected_type=type_hints["host_ip"])
            check_type(argname="argument host_port", value=host_port, expected_type=type_hints["host_port"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "container_port": container_port,
        }
        if host_ip is not None:
            self._values["host_ip"] = host_ip
        if host_port is not None:
            self._values["host_port"] = host_port
        if name is not None:
            self._values["name"] = name
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def container_port(self) -> jsii.Number:
        '''
        :schema: PodDefaultSpecInitContainersPorts#containerPort
        '''
        result = self._values.get("container_port")
        assert result is not None, "Required property 'container_port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def host_ip(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersPorts#hostIP
        '''
        result = self._values.get("host_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersPorts#hostPort
        '''
        result = self._values.get("host_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersPorts#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class PodDefaultSpecInitContainersResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Any]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecInitContainersResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecInitContainersResourcesRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: PodDefaultSpecInitContainersResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4775e412a1c084e07e54977cf64680f205127b9527b0cf10d67f425e730ab36e)
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claims is not None:
            self._values["claims"] = claims
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def claims(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PodDefaultSpecInitContainersResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecInitContainersResourcesLimits"]]:
        '''
        :schema: PodDefaultSpecInitContainersResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecInitContainersResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecInitContainersResourcesRequests"]]:
        '''
        :schema: PodDefaultSpecInitContainersResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecInitContainersResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecInitContainersResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersResourcesLimits",
):
    '''
    :schema: PodDefaultSpecInitContainersResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecInitContainersResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef2ca63e1fd79c0e2ccf49bf37275e9b455553adae12fc5e1da05d783de34674)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecInitContainersResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a92dc021a886f61a649ece7dbed1b40b2e3637446968bc145b042a7be096817)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class PodDefaultSpecInitContainersResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersResourcesRequests",
):
    '''
    :schema: PodDefaultSpecInitContainersResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecInitContainersResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__520fcbf7d52107edd948d1b05b7544ea6c4c61bc1f476f0068c60d5b89ea4b06)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecInitContainersResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2087928466b334af194f73a7c18faa5c2657f0fed416120445e9b80634e90760)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersVolumeMounts",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "name": "name",
        "mount_propagation": "mountPropagation",
        "read_only": "readOnly",
        "recursive_read_only": "recursiveReadOnly",
        "sub_path": "subPath",
        "sub_path_expr": "subPathExpr",
    },
)
class PodDefaultSpecInitContainersVolumeMounts:
    def __init__(
        self,
        *,
        mount_path: builtins.str,
        name: builtins.str,
        mount_propagation: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        recursive_read_only: typing.Optional[builtins.str] = None,
        sub_path: typing.Optional[builtins.str] = None,
        sub_path_expr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param mount_path: 
        :param name: 
        :param mount_propagation: 
        :param read_only: 
        :param recursive_read_only: 
        :param sub_path: 
        :param sub_path_expr: 

        :schema: PodDefaultSpecInitContainersVolumeMounts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__96834296eed8b288e5fd84412a087ceb5774adcafb9994da6b1d6da8068d94ea)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument mount_propagation", value=mount_propagation, expected_type=type_hints["mount_propagation"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument recursive_read_only", value=recursive_read_only, expected_type=type_hints["recursive_read_only"])
            check_type(argname="argument sub_path", value=sub_path, expected_type=type_hints["sub_path"])
            check_type(argname="argument sub_path_expr", value=sub_path_expr, expected_type=type_hints["sub_path_expr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mount_path": mount_path,
            "name": name,
        }
        if mount_propagation is not None:
            self._values["mount_propagation"] = mount_propagation
        if read_only is not None:
            self._values["read_only"] = read_only
        if recursive_read_only is not None:
            self._values["recursive_read_only"] = recursive_read_only
        if sub_path is not None:
            self._values["sub_path"] = sub_path
        if sub_path_expr is not None:
            self._values["sub_path_expr"] = sub_path_expr

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersVolumeMounts#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersVolumeMounts#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_propagation(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersVolumeMounts#mountPropagation
        '''
        result = self._values.get("mount_propagation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecInitContainersVolumeMounts#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def recursive_read_only(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersVolumeMounts#recursiveReadOnly
        '''
        result = self._values.get("recursive_read_only")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersVolumeMounts#subPath
        '''
        result = self._values.get("sub_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path_expr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersVolumeMounts#subPathExpr
        '''
        result = self._values.get("sub_path_expr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersVolumeMounts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PodDefaultSpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: PodDefaultSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d6e6236e5bed2c49219d7404435221e83d2e761cfe2fbcfaf61923c2f0e44b70)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecSelectorMatchExpressions"]]:
        '''
        :schema: PodDefaultSpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PodDefaultSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PodDefaultSpecSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: PodDefaultSpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__209f82e8e1443bca005d94b1b5aaa319cd3386d0d1520525518c391ec4ebf026)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecars",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "args": "args",
        "command": "command",
        "env": "env",
        "env_from": "envFrom",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "lifecycle": "lifecycle",
        "liveness_probe": "livenessProbe",
        "ports": "ports",
        "readiness_probe": "readinessProbe",
        "resize_policy": "resizePolicy",
        "resources": "resources",
        "restart_policy": "restartPolicy",
        "security_context": "securityContext",
        "startup_probe": "startupProbe",
        "stdin": "stdin",
        "stdin_once": "stdinOnce",
        "termination_message_path": "terminationMessagePath",
        "termination_message_policy": "terminationMessagePolicy",
        "tty": "tty",
        "volume_devices": "volumeDevices",
        "volume_mounts": "volumeMounts",
        "working_dir": "workingDir",
    },
)
class PodDefaultSpecSidecars:
    def __init__(
        self,
        *,
        name: builtins.str,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecSidecarsEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional["PodDefaultSpecSidecarsImagePullPolicy"] = None,
        lifecycle: typing.Any = None,
        liveness_probe: typing.Any = None,
        ports: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecSidecarsPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
        readiness_probe: typing.Any = None,
        resize_policy: typing.Optional[typing.Sequence[typing.Any]] = None,
        resources: typing.Optional[typing.Union["PodDefaultSpecSidecarsResources", typing.Dict[builtins.str, typing.Any]]] = None,
        restart_policy: typing.Optional[builtins.str] = None,
        security_context: typing.Any = None,
        startup_probe: typing.Any = None,
        stdin: typing.Optional[builtins.bool] = None,
        stdin_once: typing.Optional[builtins.bool] = None,
        termination_message_path: typing.Optional[builtins.str] = None,
        termination_message_policy: typing.Optional[builtins.str] = None,
        tty: typing.Optional[builtins.bool] = None,
        volume_devices: typing.Optional[typing.Sequence[typing.Any]] = None,
        volume_mounts: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecSidecarsVolumeMounts", typing.Dict[builtins.str, typing.Any]]]] = None,
        working_dir: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param args: 
        :param command: 
        :param env: 
        :param env_from: 
        :param image: 
        :param image_pull_policy: 
        :param lifecycle: 
        :param liveness_probe: 
        :param ports: 
        :param readiness_probe: 
        :param resize_policy: 
        :param resources: 
        :param restart_policy: 
        :param security_context: 
        :param startup_probe: 
        :param stdin: 
        :param stdin_once: 
        :param termination_message_path: 
        :param termination_message_policy: 
        :param tty: 
        :param volume_devices: 
        :param volume_mounts: 
        :param working_dir: 

        :schema: PodDefaultSpecSidecars
        '''
        if isinstance(resources, dict):
            resources = PodDefaultSpecSidecarsResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__70badd3fe4ae010ae1a48bc31c8d6a4f433df4cf95e63f0441ea1af95571b23b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument env_from", value=env_from, expected_type=type_hints["env_from"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument liveness_probe", value=liveness_probe, expected_type=type_hints["liveness_probe"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument readiness_probe", value=readiness_probe, expected_type=type_hints["readiness_probe"])
            check_type(argname="argument resize_policy", value=resize_policy, expected_type=type_hints["resize_policy"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument restart_policy", value=restart_policy, expected_type=type_hints["restart_policy"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument startup_probe", value=startup_probe, expected_type=type_hints["startup_probe"])
            check_type(argname="argument stdin", value=stdin, expected_type=type_hints["stdin"])
            check_type(argname="argument stdin_once", value=stdin_once, expected_type=type_hints["stdin_once"])
            check_type(argname="argument termination_message_path", value=termination_message_path, expected_type=type_hints["termination_message_path"])
            check_type(argname="argument termination_message_policy", value=termination_message_policy, expected_type=type_hints["termination_message_policy"])
            check_type(argname="argument tty", value=tty, expected_type=type_hints["tty"])
            check_type(argname="argument volume_devices", value=volume_devices, expected_type=type_hints["volume_devices"])
            check_type(argname="argument volume_mounts", value=volume_mounts, expected_type=type_hints["volume_mounts"])
            check_type(argname="argument working_dir", value=working_dir, expected_type=type_hints["working_dir"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if args is not None:
            self._values["args"] = args
        if command is not None:
            self._values["command"] = command
        if env is not None:
            self._values["env"] = env
        if env_from is not None:
            self._values["env_from"] = env_from
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if liveness_probe is not None:
            self._values["liveness_probe"] = liveness_probe
        if ports is not None:
            self._values["ports"] = ports
        if readiness_probe is not None:
            self._values["readiness_probe"] = readiness_probe
        if resize_policy is not None:
            self._values["resize_policy"] = resize_policy
        if resources is not None:
            self._values["resources"] = resources
        if restart_policy is not None:
            self._values["restart_policy"] = restart_policy
        if security_context is not None:
            self._values["security_context"] = security_context
        if startup_probe is not None:
            self._values["startup_probe"] = startup_probe
        if stdin is not None:
            self._values["stdin"] = stdin
        if stdin_once is not None:
            self._values["stdin_once"] = stdin_once
        if termination_message_path is not None:
            self._values["termination_message_path"] = termination_message_path
        if termination_message_policy is not None:
            self._values["termination_message_policy"] = termination_message_policy
        if tty is not None:
            self._values["tty"] = tty
        if volume_devices is not None:
            self._values["volume_devices"] = volume_devices
        if volume_mounts is not None:
            self._values["volume_mounts"] = volume_mounts
        if working_dir is not None:
            self._values["working_dir"] = working_dir

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecars#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecSidecars#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecSidecars#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["PodDefaultSpecSidecarsEnv"]]:
        '''
        :schema: PodDefaultSpecSidecars#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecSidecarsEnv"]], result)

    @builtins.property
    def env_from(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PodDefaultSpecSidecars#envFrom
        '''
        result = self._values.get("env_from")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecars#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsImagePullPolicy"]:
        '''
        :schema: PodDefaultSpecSidecars#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsImagePullPolicy"], result)

    @builtins.property
    def lifecycle(self) -> typing.Any:
        '''
        :schema: PodDefaultSpecSidecars#lifecycle
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Any, result)

    @builtins.property
    def liveness_probe(self) -> typing.Any:
        '''
        :schema: PodDefaultSpecSidecars#livenessProbe
        '''
        result = self._values.get("liveness_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def ports(self) -> typing.Optional[typing.List["PodDefaultSpecSidecarsPorts"]]:
        '''
        :schema: PodDefaultSpecSidecars#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecSidecarsPorts"]], result)

    @builtins.property
    def readiness_probe(self) -> typing.Any:
        '''
        :schema: PodDefaultSpecSidecars#readinessProbe
        '''
        result = self._values.get("readiness_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def resize_policy(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PodDefaultSpecSidecars#resizePolicy
        '''
        result = self._values.get("resize_policy")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def resources(self) -> typing.Optional["PodDefaultSpecSidecarsResources"]:
        '''
        :schema: PodDefaultSpecSidecars#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsResources"], result)

    @builtins.property
    def restart_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecars#restartPolicy
        '''
        result = self._values.get("restart_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''
        :schema: PodDefaultSpecSidecars#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    @builtins.property
    def startup_probe(self) -> typing.Any:
        '''
        :schema: PodDefaultSpecSidecars#startupProbe
        '''
        result = self._values.get("startup_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def stdin(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecSidecars#stdin
        '''
        result = self._values.get("stdin")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def stdin_once(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecSidecars#stdinOnce
        '''
        result = self._values.get("stdin_once")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def termination_message_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecars#terminationMessagePath
        '''
        result = self._values.get("termination_message_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def termination_message_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecars#terminationMessagePolicy
        '''
        result = self._values.get("termination_message_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tty(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecSidecars#tty
        '''
        result = self._values.get("tty")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_devices(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PodDefaultSpecSidecars#volumeDevices
        '''
        result = self._values.get("volume_devices")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def volume_mounts(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecSidecarsVolumeMounts"]]:
        '''
        :schema: PodDefaultSpecSidecars#volumeMounts
        '''
        result = self._values.get("volume_mounts")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecSidecarsVolumeMounts"]], result)

    @builtins.property
    def working_dir(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecars#workingDir
        '''
        result = self._values.get("working_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecars(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class PodDefaultSpecSidecarsEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Any = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: PodDefaultSpecSidecarsEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9f8bcc60d3c4d2c8db3fb2e3dd20a759271371a5297b955293e529204e1a9422)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Any:
        '''
        :schema: PodDefaultSpecSidecarsEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsImagePullPolicy")
class PodDefaultSpecSidecarsImagePullPolicy(enum.Enum):
    '''
    :schema: PodDefaultSpecSidecarsImagePullPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    IF_NOT_PRESENT = "IF_NOT_PRESENT"
    '''IfNotPresent.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsPorts",
    jsii_struct_bases=[],
    name_mapping={
        "container_port": "containerPort",
        "host_ip": "hostIp",
        "host_port": "hostPort",
        "name": "name",
        "protocol": "protocol",
    },
)
class PodDefaultSpecSidecarsPorts:
    def __init__(
        self,
        *,
        container_port: jsii.Number,
        host_ip: typing.Optional[builtins.str] = None,
        host_port: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param container_port: 
        :param host_ip: 
        :param host_port: 
        :param name: 
        :param protocol: 

        :schema: PodDefaultSpecSidecarsPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__266bf6e2b74083705c70ec97264e7bb02f9c86759f9ac01fb6492393860d2c8e)
            check_type(argname="argument container_port", value=container_port, expected_type=type_hints["container_port"])
            check_type(argname="argument host_ip", value=host_ip, expected_type=type_hints["host_ip"])
            check_type(argname="argument host_port", value=host_port, expected_type=type_hints["host_port"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "container_port": container_port,
        }
        if host_ip is not None:
            self._values["host_ip"] = host_ip
        if host_port is not None:
            self._values["host_port"] = host_port
        if name is not None:
            self._values["name"] = name
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def container_port(self) -> jsii.Number:
        '''
        :schema: PodDefaultSpecSidecarsPorts#containerPort
        '''
        result = self._values.get("container_port")
        assert result is not None, "Required property 'container_port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def host_ip(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsPorts#hostIP
        '''
        result = self._values.get("host_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsPorts#hostPort
        '''
        result = self._values.get("host_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsPorts#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class PodDefaultSpecSidecarsResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Any]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecSidecarsResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecSidecarsResourcesRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: PodDefaultSpecSidecarsResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c63d7fa4ba048b21ad74af5dbcf55bfa245e618b3816264331a63cf8bb94c5f2)
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claims is not None:
            self._values["claims"] = claims
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def claims(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PodDefaultSpecSidecarsResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecSidecarsResourcesLimits"]]:
        '''
        :schema: PodDefaultSpecSidecarsResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecSidecarsResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecSidecarsResourcesRequests"]]:
        '''
        :schema: PodDefaultSpecSidecarsResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecSidecarsResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecSidecarsResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsResourcesLimits",
):
    '''
    :schema: PodDefaultSpecSidecarsResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "PodDefaultSpecSidecarsResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__694033bfad9bab6088947062ff08e2c045d317dbbd6441adcb621f3702d690ee)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecSidecarsResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ccc2b98e57eb31f257a657d10d47ed9215137703260deb5b80cf1a93c9a9e175)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class PodDefaultSpecSidecarsResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsResourcesRequests",
):
    '''
    :schema: PodDefaultSpecSidecarsResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecSidecarsResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c8fbd1c2e9f99efa0d97ba89a63b407a0628d6722c917a1fdf2adaa81a46e634)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecSidecarsResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__42441839160c4c6ce341c4136eb4163093316add193fce1795498718fc382b37)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsVolumeMounts",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "name": "name",
        "mount_propagation": "mountPropagation",
        "read_only": "readOnly",
        "recursive_read_only": "recursiveReadOnly",
        "sub_path": "subPath",
        "sub_path_expr": "subPathExpr",
    },
)
class PodDefaultSpecSidecarsVolumeMounts:
    def __init__(
        self,
        *,
        mount_path: builtins.str,
        name: builtins.str,
        mount_propagation: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        recursive_read_only: typing.Optional[builtins.str] = None,
        sub_path: typing.Optional[builtins.str] = None,
        sub_path_expr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param mount_path: 
        :param name: 
        :param mount_propagation: 
        :param read_only: 
        :param recursive_read_only: 
        :param sub_path: 
        :param sub_path_expr: 

        :schema: PodDefaultSpecSidecarsVolumeMounts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3f1bfbdd76e7d5fbacf27159b4b119afb95e8ab005ed1da20692c6bf78a1d5f3)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument mount_propagation", value=mount_propagation, expected_type=type_hints["mount_propagation"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument recursive_read_only", value=recursive_read_only, expected_type=type_hints["recursive_read_only"])
            check_type(argname="argument sub_path", value=sub_path, expected_type=type_hints["sub_path"])
            check_type(argname="argument sub_path_expr", value=sub_path_expr, expected_type=type_hints["sub_path_expr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mount_path": mount_path,
            "name": name,
        }
        if mount_propagation is not None:
            self._values["mount_propagation"] = mount_propagation
        if read_only is not None:
            self._values["read_only"] = read_only
        if recursive_read_only is not None:
            self._values["recursive_read_only"] = recursive_read_only
        if sub_path is not None:
            self._values["sub_path"] = sub_path
        if sub_path_expr is not None:
            self._values["sub_path_expr"] = sub_path_expr

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsVolumeMounts#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsVolumeMounts#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_propagation(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsVolumeMounts#mountPropagation
        '''
        result = self._values.get("mount_propagation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecSidecarsVolumeMounts#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def recursive_read_only(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsVolumeMounts#recursiveReadOnly
        '''
        result = self._values.get("recursive_read_only")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsVolumeMounts#subPath
        '''
        result = self._values.get("sub_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path_expr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsVolumeMounts#subPathExpr
        '''
        result = self._values.get("sub_path_expr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsVolumeMounts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class PodDefaultSpecTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional["PodDefaultSpecTolerationsEffect"] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional["PodDefaultSpecTolerationsOperator"] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param effect: 
        :param key: 
        :param operator: 
        :param toleration_seconds: 
        :param value: 

        :schema: PodDefaultSpecTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c8eec6c36857ba9b3ecb0734f00738bf784474ac0f3bd411f33c4490f06bbbea)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toleration_seconds", value=toleration_seconds, expected_type=type_hints["toleration_seconds"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if effect is not None:
            self._values["effect"] = effect
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if toleration_seconds is not None:
            self._values["toleration_seconds"] = toleration_seconds
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> typing.Optional["PodDefaultSpecTolerationsEffect"]:
        '''
        :schema: PodDefaultSpecTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional["PodDefaultSpecTolerationsEffect"], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional["PodDefaultSpecTolerationsOperator"]:
        '''
        :schema: PodDefaultSpecTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional["PodDefaultSpecTolerationsOperator"], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="kubeflow_orgkubeflow.PodDefaultSpecTolerationsEffect")
class PodDefaultSpecTolerationsEffect(enum.Enum):
    '''
    :schema: PodDefaultSpecTolerationsEffect
    '''

    NO_SCHEDULE = "NO_SCHEDULE"
    '''NoSchedule.'''
    PREFER_NO_SCHEDULE = "PREFER_NO_SCHEDULE"
    '''PreferNoSchedule.'''
    NO_EXECUTE = "NO_EXECUTE"
    '''NoExecute.'''


@jsii.enum(jsii_type="kubeflow_orgkubeflow.PodDefaultSpecTolerationsOperator")
class PodDefaultSpecTolerationsOperator(enum.Enum):
    '''
    :schema: PodDefaultSpecTolerationsOperator
    '''

    EXISTS = "EXISTS"
    '''Exists.'''
    EQUAL = "EQUAL"
    '''Equal.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumeMounts",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "name": "name",
        "mount_propagation": "mountPropagation",
        "read_only": "readOnly",
        "recursive_read_only": "recursiveReadOnly",
        "sub_path": "subPath",
        "sub_path_expr": "subPathExpr",
    },
)
class PodDefaultSpecVolumeMounts:
    def __init__(
        self,
        *,
        mount_path: builtins.str,
        name: builtins.str,
        mount_propagation: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        recursive_read_only: typing.Optional[builtins.str] = None,
        sub_path: typing.Optional[builtins.str] = None,
        sub_path_expr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param mount_path: 
        :param name: 
        :param mount_propagation: 
        :param read_only: 
        :param recursive_read_only: 
        :param sub_path: 
        :param sub_path_expr: 

        :schema: PodDefaultSpecVolumeMounts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b202709b844cebd3b837a407925fb3dde3e2332624630097a3b74e6f140594cb)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument mount_propagation", value=mount_propagation, expected_type=type_hints["mount_propagation"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument recursive_read_only", value=recursive_read_only, expected_type=type_hints["recursive_read_only"])
            check_type(argname="argument sub_path", value=sub_path, expected_type=type_hints["sub_path"])
            check_type(argname="argument sub_path_expr", value=sub_path_expr, expected_type=type_hints["sub_path_expr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mount_path": mount_path,
            "name": name,
        }
        if mount_propagation is not None:
            self._values["mount_propagation"] = mount_propagation
        if read_only is not None:
            self._values["read_only"] = read_only
        if recursive_read_only is not None:
            self._values["recursive_read_only"] = recursive_read_only
        if sub_path is not None:
            self._values["sub_path"] = sub_path
        if sub_path_expr is not None:
            self._values["sub_path_expr"] = sub_path_expr

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumeMounts#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumeMounts#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_propagation(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumeMounts#mountPropagation
        '''
        result = self._values.get("mount_propagation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumeMounts#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def recursive_read_only(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumeMounts#recursiveReadOnly
        '''
        result = self._values.get("recursive_read_only")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumeMounts#subPath
        '''
        result = self._values.get("sub_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path_expr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumeMounts#subPathExpr
        '''
        result = self._values.get("sub_path_expr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumeMounts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "config_map": "configMap",
        "empty_dir": "emptyDir",
        "persistent_volume_claim": "persistentVolumeClaim",
        "secret": "secret",
    },
)
class PodDefaultSpecVolumes:
    def __init__(
        self,
        *,
        name: builtins.str,
        config_map: typing.Optional[typing.Union["PodDefaultSpecVolumesConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        empty_dir: typing.Optional[typing.Union["PodDefaultSpecVolumesEmptyDir", typing.Dict[builtins.str, typing.Any]]] = None,
        persistent_volume_claim: typing.Optional[typing.Union["PodDefaultSpecVolumesPersistentVolumeClaim", typing.Dict[builtins.str, typing.Any]]] = None,
        secret: typing.Optional[typing.Union["PodDefaultSpecVolumesSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param config_map: 
        :param empty_dir: 
        :param persistent_volume_claim: 
        :param secret: 

        :schema: PodDefaultSpecVolumes
        '''
        if isinstance(config_map, dict):
            config_map = PodDefaultSpecVolumesConfigMap(**config_map)
        if isinstance(empty_dir, dict):
            empty_dir = PodDefaultSpecVolumesEmptyDir(**empty_dir)
        if isinstance(persistent_volume_claim, dict):
            persistent_volume_claim = PodDefaultSpecVolumesPersistentVolumeClaim(**persistent_volume_claim)
        if isinstance(secret, dict):
            secret = PodDefaultSpecVolumesSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d043130dbff71a2c23940ed163f1f09b5ac8ae0ce5147148539ac35bab514608)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument empty_dir", value=empty_dir, expected_type=type_hints["empty_dir"])
            check_type(argname="argument persistent_volume_claim", value=persistent_volume_claim, expected_type=type_hints["persistent_volume_claim"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if config_map is not None:
            self._values["config_map"] = config_map
        if empty_dir is not None:
            self._values["empty_dir"] = empty_dir
        if persistent_volume_claim is not None:
            self._values["persistent_volume_claim"] = persistent_volume_claim
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def config_map(self) -> typing.Optional["PodDefaultSpecVolumesConfigMap"]:
        '''
        :schema: PodDefaultSpecVolumes#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesConfigMap"], result)

    @builtins.property
    def empty_dir(self) -> typing.Optional["PodDefaultSpecVolumesEmptyDir"]:
        '''
        :schema: PodDefaultSpecVolumes#emptyDir
        '''
        result = self._values.get("empty_dir")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesEmptyDir"], result)

    @builtins.property
    def persistent_volume_claim(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesPersistentVolumeClaim"]:
        '''
        :schema: PodDefaultSpecVolumes#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesPersistentVolumeClaim"], result)

    @builtins.property
    def secret(self) -> typing.Optional["PodDefaultSpecVolumesSecret"]:
        '''
        :schema: PodDefaultSpecVolumes#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesConfigMap",
    jsii_struct_bases=[],
    name_mapping={
        "default_mode": "defaultMode",
        "items": "items",
        "name": "name",
        "optional": "optional",
    },
)
class PodDefaultSpecVolumesConfigMap:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecVolumesConfigMapItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param default_mode: 
        :param items: 
        :param name: 
        :param optional: 

        :schema: PodDefaultSpecVolumesConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ec1f4cefd961c81ce0d4369c126fd1ea9cd8b55f3c254be8e0bb410b8ebf9f4b)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesConfigMap#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecVolumesConfigMapItems"]]:
        '''
        :schema: PodDefaultSpecVolumesConfigMap#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecVolumesConfigMapItems"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesConfigMap#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesConfigMap#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesConfigMapItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "path": "path", "mode": "mode"},
)
class PodDefaultSpecVolumesConfigMapItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        mode: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param mode: 

        :schema: PodDefaultSpecVolumesConfigMapItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a370f5e2c6ee683c80e5e2b470658f1711784d46d94de25f32b5e89d2433e36f)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesConfigMapItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesConfigMapItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesConfigMapItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesConfigMapItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesEmptyDir",
    jsii_struct_bases=[],
    name_mapping={"medium": "medium", "size_limit": "sizeLimit"},
)
class PodDefaultSpecVolumesEmptyDir:
    def __init__(
        self,
        *,
        medium: typing.Optional[builtins.str] = None,
        size_limit: typing.Optional["PodDefaultSpecVolumesEmptyDirSizeLimit"] = None,
    ) -> None:
        '''
        :param medium: 
        :param size_limit: 

        :schema: PodDefaultSpecVolumesEmptyDir
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9ef02c188fa57842775714686b34ceb2750c968022a77ed749e61dda42833f22)
            check_type(argname="argument medium", value=medium, expected_type=type_hints["medium"])
            check_type(argname="argument size_limit", value=size_limit, expected_type=type_hints["size_limit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if medium is not None:
            self._values["medium"] = medium
        if size_limit is not None:
            self._values["size_limit"] = size_limit

    @builtins.property
    def medium(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesEmptyDir#medium
        '''
        result = self._values.get("medium")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def size_limit(self) -> typing.Optional["PodDefaultSpecVolumesEmptyDirSizeLimit"]:
        '''
        :schema: PodDefaultSpecVolumesEmptyDir#sizeLimit
        '''
        result = self._values.get("size_limit")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesEmptyDirSizeLimit"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesEmptyDir(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecVolumesEmptyDirSizeLimit(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesEmptyDirSizeLimit",
):
    '''
    :schema: PodDefaultSpecVolumesEmptyDirSizeLimit
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecVolumesEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de29f045037dbb9fb9a9807580dd08e906ad322e61ea98b2b0061988cf0f854d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecVolumesEmptyDirSizeLimit", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecVolumesEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__15feccde8440098cd098b99d827958ca3fd451ab430683b50824918c9597fea1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecVolumesEmptyDirSizeLimit", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesPersistentVolumeClaim",
    jsii_struct_bases=[],
    name_mapping={"claim_name": "claimName", "read_only": "readOnly"},
)
class PodDefaultSpecVolumesPersistentVolumeClaim:
    def __init__(
        self,
        *,
        claim_name: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param claim_name: 
        :param read_only: 

        :schema: PodDefaultSpecVolumesPersistentVolumeClaim
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__667696fe3f70b9d7631afb9fd3973a8b273584519d2a44bf215a928fca2bc10d)
            check_type(argname="argument claim_name", value=claim_name, expected_type=type_hints["claim_name"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "claim_name": claim_name,
        }
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def claim_name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesPersistentVolumeClaim#claimName
        '''
        result = self._values.get("claim_name")
        assert result is not None, "Required property 'claim_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesPersistentVolumeClaim#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesPersistentVolumeClaim(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesSecret",
    jsii_struct_bases=[],
    name_mapping={
        "default_mode": "defaultMode",
        "items": "items",
        "optional": "optional",
        "secret_name": "secretName",
    },
)
class PodDefaultSpecVolumesSecret:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecVolumesSecretItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        optional: typing.Optional[builtins.bool] = None,
        secret_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param default_mode: 
        :param items: 
        :param optional: 
        :param secret_name: 

        :schema: PodDefaultSpecVolumesSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d0d23d02d7ca05be77372c11f317e39ace91f5a6ab1932fadf84b4d44673320b)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items
        if optional is not None:
            self._values["optional"] = optional
        if secret_name is not None:
            self._values["secret_name"] = secret_name

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesSecret#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(self) -> typing.Optional[typing.List["PodDefaultSpecVolumesSecretItems"]]:
        '''
        :schema: PodDefaultSpecVolumesSecret#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecVolumesSecretItems"]], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesSecret#secretName
        '''
        result = self._values.get("secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesSecretItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "path": "path", "mode": "mode"},
)
class PodDefaultSpecVolumesSecretItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        mode: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param mode: 

        :schema: PodDefaultSpecVolumesSecretItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__395eb7507bc0e0389144e18388cae0bfebe904936c6f8ed41811478d09557b39)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesSecretItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesSecretItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesSecretItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesSecretItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Profile(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.Profile",
):
    '''
    :schema: Profile
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ProfileSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Profile" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d8b165231465d77da5d7bd92be1665326620a1597549063461adfdb757562186)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ProfileProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ProfileSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Profile".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = ProfileProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Profile".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ProfileProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ProfileSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: Profile
        '''
        if isinstance(spec, dict):
            spec = ProfileSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__70b6cbba43ce3ce09f837841ad94860b2c1d809790968273595b0a348804e1f1)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ProfileSpec":
        '''
        :schema: Profile#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ProfileSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: Profile#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileSpec",
    jsii_struct_bases=[],
    name_mapping={
        "owner": "owner",
        "plugins": "plugins",
        "resource_quota_spec": "resourceQuotaSpec",
    },
)
class ProfileSpec:
    def __init__(
        self,
        *,
        owner: typing.Union["ProfileSpecOwner", typing.Dict[builtins.str, typing.Any]],
        plugins: typing.Optional[typing.Sequence[typing.Union["ProfileSpecPlugins", typing.Dict[builtins.str, typing.Any]]]] = None,
        resource_quota_spec: typing.Optional[typing.Union["ProfileSpecResourceQuotaSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param owner: 
        :param plugins: 
        :param resource_quota_spec: 

        :schema: ProfileSpec
        '''
        if isinstance(owner, dict):
            owner = ProfileSpecOwner(**owner)
        if isinstance(resource_quota_spec, dict):
            resource_quota_spec = ProfileSpecResourceQuotaSpec(**resource_quota_spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__feb4d556854bce88b5e8deac6dc57b4f83895eedeefb57e04399338e5d73e5ba)
            check_type(argname="argument owner", value=owner, expected_type=type_hints["owner"])
            check_type(argname="argument plugins", value=plugins, expected_type=type_hints["plugins"])
            check_type(argname="argument resource_quota_spec", value=resource_quota_spec, expected_type=type_hints["resource_quota_spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "owner": owner,
        }
        if plugins is not None:
            self._values["plugins"] = plugins
        if resource_quota_spec is not None:
            self._values["resource_quota_spec"] = resource_quota_spec

    @builtins.property
    def owner(self) -> "ProfileSpecOwner":
        '''
        :schema: ProfileSpec#owner
        '''
        result = self._values.get("owner")
        assert result is not None, "Required property 'owner' is missing"
        return typing.cast("ProfileSpecOwner", result)

    @builtins.property
    def plugins(self) -> typing.Optional[typing.List["ProfileSpecPlugins"]]:
        '''
        :schema: ProfileSpec#plugins
        '''
        result = self._values.get("plugins")
        return typing.cast(typing.Optional[typing.List["ProfileSpecPlugins"]], result)

    @builtins.property
    def resource_quota_spec(self) -> typing.Optional["ProfileSpecResourceQuotaSpec"]:
        '''
        :schema: ProfileSpec#resourceQuotaSpec
        '''
        result = self._values.get("resource_quota_spec")
        return typing.cast(typing.Optional["ProfileSpecResourceQuotaSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileSpecOwner",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "api_group": "apiGroup",
        "namespace": "namespace",
    },
)
class ProfileSpecOwner:
    def __init__(
        self,
        *,
        kind: "ProfileSpecOwnerKind",
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param kind: 
        :param name: 
        :param api_group: 
        :param namespace: 

        :schema: ProfileSpecOwner
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7447b5d5340ceb355787bc8303ad79e802927a35e68eeccf9df1ae2a18add4f8)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_group is not None:
            self._values["api_group"] = api_group
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def kind(self) -> "ProfileSpecOwnerKind":
        '''
        :schema: ProfileSpecOwner#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("ProfileSpecOwnerKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ProfileSpecOwner#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProfileSpecOwner#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProfileSpecOwner#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileSpecOwner(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="kubeflow_orgkubeflow.ProfileSpecOwnerKind")
class ProfileSpecOwnerKind(enum.Enum):
    '''
    :schema: ProfileSpecOwnerKind
    '''

    USER = "USER"
    '''User.'''
    GROUP = "GROUP"
    '''Group.'''
    SERVICE_ACCOUNT = "SERVICE_ACCOUNT"
    '''ServiceAccount.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileSpecPlugins",
    jsii_struct_bases=[],
    name_mapping={"api_version": "apiVersion", "kind": "kind", "spec": "spec"},
)
class ProfileSpecPlugins:
    def __init__(
        self,
        *,
        api_version: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        spec: typing.Any = None,
    ) -> None:
        '''
        :param api_version: 
        :param kind: 
        :param spec: 

        :schema: ProfileSpecPlugins
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a67f6d1abe957a183fb4ac112026ae0c0acc390679a926993cfcca886a0bafe)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_version is not None:
            self._values["api_version"] = api_version
        if kind is not None:
            self._values["kind"] = kind
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProfileSpecPlugins#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProfileSpecPlugins#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''
        :schema: ProfileSpecPlugins#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileSpecPlugins(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileSpecResourceQuotaSpec",
    jsii_struct_bases=[],
    name_mapping={
        "hard": "hard",
        "scopes": "scopes",
        "scope_selector": "scopeSelector",
    },
)
class ProfileSpecResourceQuotaSpec:
    def __init__(
        self,
        *,
        hard: typing.Optional[typing.Mapping[builtins.str, "ProfileSpecResourceQuotaSpecHard"]] = None,
        scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        scope_selector: typing.Any = None,
    ) -> None:
        '''
        :param hard: 
        :param scopes: 
        :param scope_selector: 

        :schema: ProfileSpecResourceQuotaSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7607324b09fb1d6bff03499ba5b55571996b54ea218cf61d326e48fbee87d429)
            check_type(argname="argument hard", value=hard, expected_type=type_hints["hard"])
            check_type(argname="argument scopes", value=scopes, expected_type=type_hints["scopes"])
            check_type(argname="argument scope_selector", value=scope_selector, expected_type=type_hints["scope_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hard is not None:
            self._values["hard"] = hard
        if scopes is not None:
            self._values["scopes"] = scopes
        if scope_selector is not None:
            self._values["scope_selector"] = scope_selector

    @builtins.property
    def hard(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ProfileSpecResourceQuotaSpecHard"]]:
        '''
        :schema: ProfileSpecResourceQuotaSpec#hard
        '''
        result = self._values.get("hard")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ProfileSpecResourceQuotaSpecHard"]], result)

    @builtins.property
    def scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ProfileSpecResourceQuotaSpec#scopes
        '''
        result = self._values.get("scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def scope_selector(self) -> typing.Any:
        '''
        :schema: ProfileSpecResourceQuotaSpec#scopeSelector
        '''
        result = self._values.get("scope_selector")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileSpecResourceQuotaSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProfileSpecResourceQuotaSpecHard(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.ProfileSpecResourceQuotaSpecHard",
):
    '''
    :schema: ProfileSpecResourceQuotaSpecHard
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "ProfileSpecResourceQuotaSpecHard":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9c7ce03569e9f9b36148091af94d36a57e2297db3bfb95b2af9f6923eb83ffd4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ProfileSpecResourceQuotaSpecHard", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "ProfileSpecResourceQuotaSpecHard":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1123b53a43c5dbd232a17607cb6a8c24c33d9d6033bb2d2bcfeb89735a1d06e0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ProfileSpecResourceQuotaSpecHard", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ProfileV1Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.ProfileV1Beta1",
):
    '''
    :schema: ProfileV1Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ProfileV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ProfileV1Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bab0f45fa3cd6fc03308fe382252a9aa705e48c33ba11f8a51e4ac41e707b93f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ProfileV1Beta1Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ProfileV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ProfileV1Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = ProfileV1Beta1Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ProfileV1Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileV1Beta1Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ProfileV1Beta1Props:
    def __init__(
        self,
        *,
        spec: typing.Union["ProfileV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: ProfileV1Beta1
        '''
        if isinstance(spec, dict):
            spec = ProfileV1Beta1Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__31df6ce267c040e372de5fefbf5b61ae5c513374a78c0f23a3acbca56aae0d3b)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ProfileV1Beta1Spec":
        '''
        :schema: ProfileV1Beta1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ProfileV1Beta1Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ProfileV1Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileV1Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileV1Beta1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "owner": "owner",
        "plugins": "plugins",
        "resource_quota_spec": "resourceQuotaSpec",
    },
)
class ProfileV1Beta1Spec:
    def __init__(
        self,
        *,
        owner: typing.Union["ProfileV1Beta1SpecOwner", typing.Dict[builtins.str, typing.Any]],
        plugins: typing.Optional[typing.Sequence[typing.Union["ProfileV1Beta1SpecPlugins", typing.Dict[builtins.str, typing.Any]]]] = None,
        resource_quota_spec: typing.Optional[typing.Union["ProfileV1Beta1SpecResourceQuotaSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param owner: 
        :param plugins: 
        :param resource_quota_spec: 

        :schema: ProfileV1Beta1Spec
        '''
        if isinstance(owner, dict):
            owner = ProfileV1Beta1SpecOwner(**owner)
        if isinstance(resource_quota_spec, dict):
            resource_quota_spec = ProfileV1Beta1SpecResourceQuotaSpec(**resource_quota_spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0b342ba5f24dfe0c8e0e0d6a4e10bb20c557e88d81e61c24946da24f39cd91a8)
            check_type(argname="argument owner", value=owner, expected_type=type_hints["owner"])
            check_type(argname="argument plugins", value=plugins, expected_type=type_hints["plugins"])
            check_type(argname="argument resource_quota_spec", value=resource_quota_spec, expected_type=type_hints["resource_quota_spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "owner": owner,
        }
        if plugins is not None:
            self._values["plugins"] = plugins
        if resource_quota_spec is not None:
            self._values["resource_quota_spec"] = resource_quota_spec

    @builtins.property
    def owner(self) -> "ProfileV1Beta1SpecOwner":
        '''
        :schema: ProfileV1Beta1Spec#owner
        '''
        result = self._values.get("owner")
        assert result is not None, "Required property 'owner' is missing"
        return typing.cast("ProfileV1Beta1SpecOwner", result)

    @builtins.property
    def plugins(self) -> typing.Optional[typing.List["ProfileV1Beta1SpecPlugins"]]:
        '''
        :schema: ProfileV1Beta1Spec#plugins
        '''
        result = self._values.get("plugins")
        return typing.cast(typing.Optional[typing.List["ProfileV1Beta1SpecPlugins"]], result)

    @builtins.property
    def resource_quota_spec(
        self,
    ) -> typing.Optional["ProfileV1Beta1SpecResourceQuotaSpec"]:
        '''
        :schema: ProfileV1Beta1Spec#resourceQuotaSpec
        '''
        result = self._values.get("resource_quota_spec")
        return typing.cast(typing.Optional["ProfileV1Beta1SpecResourceQuotaSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileV1Beta1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileV1Beta1SpecOwner",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "api_group": "apiGroup",
        "namespace": "namespace",
    },
)
class ProfileV1Beta1SpecOwner:
    def __init__(
        self,
        *,
        kind: "ProfileV1Beta1SpecOwnerKind",
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param kind: 
        :param name: 
        :param api_group: 
        :param namespace: 

        :schema: ProfileV1Beta1SpecOwner
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3cd6000534e519e94c46429d8b7dd141a44c95663c8e8f3d0dc462fb6c65b643)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_group is not None:
            self._values["api_group"] = api_group
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def kind(self) -> "ProfileV1Beta1SpecOwnerKind":
        '''
        :schema: ProfileV1Beta1SpecOwner#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("ProfileV1Beta1SpecOwnerKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ProfileV1Beta1SpecOwner#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProfileV1Beta1SpecOwner#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProfileV1Beta1SpecOwner#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileV1Beta1SpecOwner(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="kubeflow_orgkubeflow.ProfileV1Beta1SpecOwnerKind")
class ProfileV1Beta1SpecOwnerKind(enum.Enum):
    '''
    :schema: ProfileV1Beta1SpecOwnerKind
    '''

    USER = "USER"
    '''User.'''
    GROUP = "GROUP"
    '''Group.'''
    SERVICE_ACCOUNT = "SERVICE_ACCOUNT"
    '''ServiceAccount.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileV1Beta1SpecPlugins",
    jsii_struct_bases=[],
    name_mapping={"api_version": "apiVersion", "kind": "kind", "spec": "spec"},
)
class ProfileV1Beta1SpecPlugins:
    def __init__(
        self,
        *,
        api_version: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        spec: typing.Any = None,
    ) -> None:
        '''
        :param api_version: 
        :param kind: 
        :param spec: 

        :schema: ProfileV1Beta1SpecPlugins
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__331633b6cc4adf403f60a8403fa6cd81be98edd37350a07cab9cbaed0bbec2f4)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_version is not None:
            self._values["api_version"] = api_version
        if kind is not None:
            self._values["kind"] = kind
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProfileV1Beta1SpecPlugins#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProfileV1Beta1SpecPlugins#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''
        :schema: ProfileV1Beta1SpecPlugins#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileV1Beta1SpecPlugins(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileV1Beta1SpecResourceQuotaSpec",
    jsii_struct_bases=[],
    name_mapping={
        "hard": "hard",
        "scopes": "scopes",
        "scope_selector": "scopeSelector",
    },
)
class ProfileV1Beta1SpecResourceQuotaSpec:
    def __init__(
        self,
        *,
        hard: typing.Optional[typing.Mapping[builtins.str, "ProfileV1Beta1SpecResourceQuotaSpecHard"]] = None,
        scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        scope_selector: typing.Any = None,
    ) -> None:
        '''
        :param hard: 
        :param scopes: 
        :param scope_selector: 

        :schema: ProfileV1Beta1SpecResourceQuotaSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__492d12aac190d23811697634e8981a122ad6fecfbe840ff2532491d2cee9199a)
            check_type(argname="argument hard", value=hard, expected_type=type_hints["hard"])
            check_type(argname="argument scopes", value=scopes, expected_type=type_hints["scopes"])
            check_type(argname="argument scope_selector", value=scope_selector, expected_type=type_hints["scope_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hard is not None:
            self._values["hard"] = hard
        if scopes is not None:
            self._values["scopes"] = scopes
        if scope_selector is not None:
            self._values["scope_selector"] = scope_selector

    @builtins.property
    def hard(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ProfileV1Beta1SpecResourceQuotaSpecHard"]]:
        '''
        :schema: ProfileV1Beta1SpecResourceQuotaSpec#hard
        '''
        result = self._values.get("hard")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ProfileV1Beta1SpecResourceQuotaSpecHard"]], result)

    @builtins.property
    def scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ProfileV1Beta1SpecResourceQuotaSpec#scopes
        '''
        result = self._values.get("scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def scope_selector(self) -> typing.Any:
        '''
        :schema: ProfileV1Beta1SpecResourceQuotaSpec#scopeSelector
        '''
        result = self._values.get("scope_selector")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileV1Beta1SpecResourceQuotaSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProfileV1Beta1SpecResourceQuotaSpecHard(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.ProfileV1Beta1SpecResourceQuotaSpecHard",
):
    '''
    :schema: ProfileV1Beta1SpecResourceQuotaSpecHard
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ProfileV1Beta1SpecResourceQuotaSpecHard":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cca9224ba6750ce5de9deb05618a86af8bf7393dce5442ef8c2758d02cce1b2b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ProfileV1Beta1SpecResourceQuotaSpecHard", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ProfileV1Beta1SpecResourceQuotaSpecHard":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__104ced7908f82f09e1b11e44f1172fd88d88810884e6846987eff937283aa226)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ProfileV1Beta1SpecResourceQuotaSpecHard", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class PyTorchJob(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PyTorchJob",
):
    '''
    :schema: PyTorchJob
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["PyTorchJobSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "PyTorchJob" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__143a613b33c331384a9f3639cc14913ee563ff720d83a64cdccc48da49e77d31)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = PyTorchJobProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["PyTorchJobSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "PyTorchJob".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = PyTorchJobProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "PyTorchJob".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class PyTorchJobProps:
    def __init__(
        self,
        *,
        spec: typing.Union["PyTorchJobSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: PyTorchJob
        '''
        if isinstance(spec, dict):
            spec = PyTorchJobSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2868bfd6a7efafb958761f0f1598a86d80bb857b7a972fcc654848aa24627632)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "PyTorchJobSpec":
        '''
        :schema: PyTorchJob#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("PyTorchJobSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: PyTorchJob#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpec",
    jsii_struct_bases=[],
    name_mapping={
        "pytorch_replica_specs": "pytorchReplicaSpecs",
        "elastic_policy": "elasticPolicy",
        "nproc_per_node": "nprocPerNode",
        "run_policy": "runPolicy",
    },
)
class PyTorchJobSpec:
    def __init__(
        self,
        *,
        pytorch_replica_specs: typing.Mapping[builtins.str, typing.Union["PyTorchJobSpecPytorchReplicaSpecs", typing.Dict[builtins.str, typing.Any]]],
        elastic_policy: typing.Any = None,
        nproc_per_node: typing.Optional[builtins.str] = None,
        run_policy: typing.Optional[typing.Union["PyTorchJobSpecRunPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param pytorch_replica_specs: 
        :param elastic_policy: 
        :param nproc_per_node: 
        :param run_policy: 

        :schema: PyTorchJobSpec
        '''
        if isinstance(run_policy, dict):
            run_policy = PyTorchJobSpecRunPolicy(**run_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ccb6802f3334de1e4feaa37d5473dd87c5db6efde826317348609066d1ea95c3)
            check_type(argname="argument pytorch_replica_specs", value=pytorch_replica_specs, expected_type=type_hints["pytorch_replica_specs"])
            check_type(argname="argument elastic_policy", value=elastic_policy, expected_type=type_hints["elastic_policy"])
            check_type(argname="argument nproc_per_node", value=nproc_per_node, expected_type=type_hints["nproc_per_node"])
            check_type(argname="argument run_policy", value=run_policy, expected_type=type_hints["run_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "pytorch_replica_specs": pytorch_replica_specs,
        }
        if elastic_policy is not None:
            self._values["elastic_policy"] = elastic_policy
        if nproc_per_node is not None:
            self._values["nproc_per_node"] = nproc_per_node
        if run_policy is not None:
            self._values["run_policy"] = run_policy

    @builtins.property
    def pytorch_replica_specs(
        self,
    ) -> typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecs"]:
        '''
        :schema: PyTorchJobSpec#pytorchReplicaSpecs
        '''
        result = self._values.get("pytorch_replica_specs")
        assert result is not None, "Required property 'pytorch_replica_specs' is missing"
        return typing.cast(typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecs"], result)

    @builtins.property
    def elastic_policy(self) -> typing.Any:
        '''
        :schema: PyTorchJobSpec#elasticPolicy
        '''
        result = self._values.get("elastic_policy")
        return typing.cast(typing.Any, result)

    @builtins.property
    def nproc_per_node(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpec#nprocPerNode
        '''
        result = self._values.get("nproc_per_node")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def run_policy(self) -> typing.Optional["PyTorchJobSpecRunPolicy"]:
        '''
        :schema: PyTorchJobSpec#runPolicy
        '''
        result = self._values.get("run_policy")
        return typing.cast(typing.Optional["PyTorchJobSpecRunPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecs",
    jsii_struct_bases=[],
    name_mapping={
        "replicas": "replicas",
        "restart_policy": "restartPolicy",
        "template": "template",
    },
)
class PyTorchJobSpecPytorchReplicaSpecs:
    def __init__(
        self,
        *,
        replicas: typing.Optional[jsii.Number] = None,
        restart_policy: typing.Optional["PyTorchJobSpecPytorchReplicaSpecsRestartPolicy"] = None,
        template: typing.Optional[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param replicas: 
        :param restart_policy: 
        :param template: 

        :schema: PyTorchJobSpecPytorchReplicaSpecs
        '''
        if isinstance(template, dict):
            template = PyTorchJobSpecPytorchReplicaSpecsTemplate(**template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ec610017819d703513ab2f850b1b5745df1b0decefaea614e3d0731dd0eabdf8)
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument restart_policy", value=restart_policy, expected_type=type_hints["restart_policy"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if replicas is not None:
            self._values["replicas"] = replicas
        if restart_policy is not None:
            self._values["restart_policy"] = restart_policy
        if template is not None:
            self._values["template"] = template

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecs#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def restart_policy(
        self,
    ) -> typing.Optional["PyTorchJobSpecPytorchReplicaSpecsRestartPolicy"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecs#restartPolicy
        '''
        result = self._values.get("restart_policy")
        return typing.cast(typing.Optional["PyTorchJobSpecPytorchReplicaSpecsRestartPolicy"], result)

    @builtins.property
    def template(self) -> typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplate"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecs#template
        '''
        result = self._values.get("template")
        return typing.cast(typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplate"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsRestartPolicy"
)
class PyTorchJobSpecPytorchReplicaSpecsRestartPolicy(enum.Enum):
    '''
    :schema: PyTorchJobSpecPytorchReplicaSpecsRestartPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    ON_FAILURE = "ON_FAILURE"
    '''OnFailure.'''
    NEVER = "NEVER"
    '''Never.'''
    EXIT_CODE = "EXIT_CODE"
    '''ExitCode.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplate",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class PyTorchJobSpecPytorchReplicaSpecsTemplate:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplate
        '''
        if isinstance(metadata, dict):
            metadata = PyTorchJobSpecPytorchReplicaSpecsTemplateMetadata(**metadata)
        if isinstance(spec, dict):
            spec = PyTorchJobSpecPytorchReplicaSpecsTemplateSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d6132cfba7b63563865ecf3ee418d67aac40d3834fb6392b4fff7db5ab8810ef)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateMetadata"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpec"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplate#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "labels": "labels",
        "name": "name",
        "namespace": "namespace",
    },
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param annotations: 
        :param labels: 
        :param name: 
        :param namespace: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c1006407472c67ee091795be3aa24b6ca88bd4e0cf59ceb225de6491af267905)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateMetadata#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateMetadata#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpec",
    jsii_struct_bases=[],
    name_mapping={
        "containers": "containers",
        "active_deadline_seconds": "activeDeadlineSeconds",
        "affinity": "affinity",
        "automount_service_account_token": "automountServiceAccountToken",
        "dns_config": "dnsConfig",
        "dns_policy": "dnsPolicy",
        "enable_service_links": "enableServiceLinks",
        "ephemeral_containers": "ephemeralContainers",
        "host_aliases": "hostAliases",
        "host_ipc": "hostIpc",
        "hostname": "hostname",
        "host_network": "hostNetwork",
        "host_pid": "hostPid",
        "host_users": "hostUsers",
        "image_pull_secrets": "imagePullSecrets",
        "init_containers": "initContainers",
        "node_name": "nodeName",
        "node_selector": "nodeSelector",
        "os": "os",
        "overhead": "overhead",
        "preemption_policy": "preemptionPolicy",
        "priority": "priority",
        "priority_class_name": "priorityClassName",
        "readiness_gates": "readinessGates",
        "resource_claims": "resourceClaims",
        "resources": "resources",
        "restart_policy": "restartPolicy",
        "runtime_class_name": "runtimeClassName",
        "scheduler_name": "schedulerName",
        "scheduling_gates": "schedulingGates",
        "security_context": "securityContext",
        "service_account": "serviceAccount",
        "service_account_name": "serviceAccountName",
        "set_hostname_as_fqdn": "setHostnameAsFqdn",
        "share_process_namespace": "shareProcessNamespace",
        "subdomain": "subdomain",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "tolerations": "tolerations",
        "topology_spread_constraints": "topologySpreadConstraints",
        "volumes": "volumes",
    },
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpec:
    def __init__(
        self,
        *,
        containers: typing.Sequence[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers", typing.Dict[builtins.str, typing.Any]]],
        active_deadline_seconds: typing.Optional[jsii.Number] = None,
        affinity: typing.Any = None,
        automount_service_account_token: typing.Optional[builtins.bool] = None,
        dns_config: typing.Any = None,
        dns_policy: typing.Optional[builtins.str] = None,
        enable_service_links: typing.Optional[builtins.bool] = None,
        ephemeral_containers: typing.Optional[typing.Sequence[typing.Any]] = None,
        host_aliases: typing.Optional[typing.Sequence[typing.Any]] = None,
        host_ipc: typing.Optional[builtins.bool] = None,
        hostname: typing.Optional[builtins.str] = None,
        host_network: typing.Optional[builtins.bool] = None,
        host_pid: typing.Optional[builtins.bool] = None,
        host_users: typing.Optional[builtins.bool] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecImagePullSecrets", typing.Dict[builtins.str, typing.Any]]]] = None,
        init_containers: typing.Optional[typing.Sequence[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers", typing.Dict[builtins.str, typing.Any]]]] = None,
        node_name: typing.Optional[builtins.str] = None,
        node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        os: typing.Any = None,
        overhead: typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecOverhead"]] = None,
        preemption_policy: typing.Optional[builtins.str] = None,
        priority: typing.Optional[jsii.Number] = None,
        priority_class_name: typing.Optional[builtins.str] = None,
        readiness_gates: typing.Optional[typing.Sequence[typing.Any]] = None,
        resource_claims: typing.Optional[typing.Sequence[typing.Any]] = None,
        resources: typing.Optional[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        restart_policy: typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecRestartPolicy"] = None,
        runtime_class_name: typing.Optional[builtins.str] = None,
        scheduler_name: typing.Optional[builtins.str] = None,
        scheduling_gates: typing.Optional[typing.Sequence[typing.Any]] = None,
        security_context: typing.Any = None,
        service_account: typing.Optional[builtins.str] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        set_hostname_as_fqdn: typing.Optional[builtins.bool] = None,
        share_process_namespace: typing.Optional[builtins.bool] = None,
        subdomain: typing.Optional[builtins.str] = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
        topology_spread_constraints: typing.Optional[typing.Sequence[typing.Any]] = None,
        volumes: typing.Optional[typing.Sequence[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param containers: 
        :param active_deadline_seconds: 
        :param affinity: 
        :param automount_service_account_token: 
        :param dns_config: 
        :param dns_policy: 
        :param enable_service_links: 
        :param ephemeral_containers: 
        :param host_aliases: 
        :param host_ipc: 
        :param hostname: 
        :param host_network: 
        :param host_pid: 
        :param host_users: 
        :param image_pull_secrets: 
        :param init_containers: 
        :param node_name: 
        :param node_selector: 
        :param os: 
        :param overhead: 
        :param preemption_policy: 
        :param priority: 
        :param priority_class_name: 
        :param readiness_gates: 
        :param resource_claims: 
        :param resources: 
        :param restart_policy: 
        :param runtime_class_name: 
        :param scheduler_name: 
        :param scheduling_gates: 
        :param security_context: 
        :param service_account: 
        :param service_account_name: 
        :param set_hostname_as_fqdn: 
        :param share_process_namespace: 
        :param subdomain: 
        :param termination_grace_period_seconds: 
        :param tolerations: 
        :param topology_spread_constraints: 
        :param volumes: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec
        '''
        if isinstance(resources, dict):
            resources = PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d94028bdfd23499e0e3311fa8b6117504c13e868824dd763c3143ea655fc94c1)
            check_type(argname="argument containers", value=containers, expected_type=type_hints["containers"])
            check_type(argname="argument active_deadline_seconds", value=active_deadline_seconds, expected_type=type_hints["active_deadline_seconds"])
            check_type(argname="argument affinity", value=affinity, expected_type=type_hints["affinity"])
            check_type(argname="argument automount_service_account_token", value=automount_service_account_token, expected_type=type_hints["automount_service_account_token"])
            check_type(argname="argument dns_config", value=dns_config, expected_type=type_hints["dns_config"])
            check_type(argname="argument dns_policy", value=dns_policy, expected_type=type_hints["dns_policy"])
            check_type(argname="argument enable_service_links", value=enable_service_links, expected_type=type_hints["enable_service_links"])
            check_type(argname="argument ephemeral_containers", value=ephemeral_containers, expected_type=type_hints["ephemeral_containers"])
            check_type(argname="argument host_aliases", value=host_aliases, expected_type=type_hints["host_aliases"])
            check_type(argname="argument host_ipc", value=host_ipc, expected_type=type_hints["host_ipc"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument host_pid", value=host_pid, expected_type=type_hints["host_pid"])
            check_type(argname="argument host_users", value=host_users, expected_type=type_hints["host_users"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument init_containers", value=init_containers, expected_type=type_hints["init_containers"])
            check_type(argname="argument node_name", value=node_name, expected_type=type_hints["node_name"])
            check_type(argname="argument node_selector", value=node_selector, expected_type=type_hints["node_selector"])
            check_type(argname="argument os", value=os, expected_type=type_hints["os"])
            check_type(argname="argument overhead", value=overhead, expected_type=type_hints["overhead"])
            check_type(argname="argument preemption_policy", value=preemption_policy, expected_type=type_hints["preemption_policy"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
            check_type(argname="argument priority_class_name", value=priority_class_name, expected_type=type_hints["priority_class_name"])
            check_type(argname="argument readiness_gates", value=readiness_gates, expected_type=type_hints["readiness_gates"])
            check_type(argname="argument resource_claims", value=resource_claims, expected_type=type_hints["resource_claims"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument restart_policy", value=restart_policy, expected_type=type_hints["restart_policy"])
            check_type(argname="argument runtime_class_name", value=runtime_class_name, expected_type=type_hints["runtime_class_name"])
            check_type(argname="argument scheduler_name", value=scheduler_name, expected_type=type_hints["scheduler_name"])
            check_type(argname="argument scheduling_gates", value=scheduling_gates, expected_type=type_hints["scheduling_gates"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument service_account", value=service_account, expected_type=type_hints["service_account"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument set_hostname_as_fqdn", value=set_hostname_as_fqdn, expected_type=type_hints["set_hostname_as_fqdn"])
            check_type(argname="argument share_process_namespace", value=share_process_namespace, expected_type=type_hints["share_process_namespace"])
            check_type(argname="argument subdomain", value=subdomain, expected_type=type_hints["subdomain"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
            check_type(argname="argument topology_spread_constraints", value=topology_spread_constraints, expected_type=type_hints["topology_spread_constraints"])
            check_type(argname="argument volumes", value=volumes, expected_type=type_hints["volumes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "containers": containers,
        }
        if active_deadline_seconds is not None:
            self._values["active_deadline_seconds"] = active_deadline_seconds
        if affinity is not None:
            self._values["affinity"] = affinity
        if automount_service_account_token is not None:
            self._values["automount_service_account_token"] = automount_service_account_token
        if dns_config is not None:
            self._values["dns_config"] = dns_config
        if dns_policy is not None:
            self._values["dns_policy"] = dns_policy
        if enable_service_links is not None:
            self._values["enable_service_links"] = enable_service_links
        if ephemeral_containers is not None:
            self._values["ephemeral_containers"] = ephemeral_containers
        if host_aliases is not None:
            self._values["host_aliases"] = host_aliases
        if host_ipc is not None:
            self._values["host_ipc"] = host_ipc
        if hostname is not None:
            self._values["hostname"] = hostname
        if host_network is not None:
            self._values["host_network"] = host_network
        if host_pid is not None:
            self._values["host_pid"] = host_pid
        if host_users is not None:
            self._values["host_users"] = host_users
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if init_containers is not None:
            self._values["init_containers"] = init_containers
        if node_name is not None:
            self._values["node_name"] = node_name
        if node_selector is not None:
            self._values["node_selector"] = node_selector
        if os is not None:
            self._values["os"] = os
        if overhead is not None:
            self._values["overhead"] = overhead
        if preemption_policy is not None:
            self._values["preemption_policy"] = preemption_policy
        if priority is not None:
            self._values["priority"] = priority
        if priority_class_name is not None:
            self._values["priority_class_name"] = priority_class_name
        if readiness_gates is not None:
            self._values["readiness_gates"] = readiness_gates
        if resource_claims is not None:
            self._values["resource_claims"] = resource_claims
        if resources is not None:
            self._values["resources"] = resources
        if restart_policy is not None:
            self._values["restart_policy"] = restart_policy
        if runtime_class_name is not None:
            self._values["runtime_class_name"] = runtime_class_name
        if scheduler_name is not None:
            self._values["scheduler_name"] = scheduler_name
        if scheduling_gates is not None:
            self._values["scheduling_gates"] = scheduling_gates
        if security_context is not None:
            self._values["security_context"] = security_context
        if service_account is not None:
            self._values["service_account"] = service_account
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if set_hostname_as_fqdn is not None:
            self._values["set_hostname_as_fqdn"] = set_hostname_as_fqdn
        if share_process_namespace is not None:
            self._values["share_process_namespace"] = share_process_namespace
        if subdomain is not None:
            self._values["subdomain"] = subdomain
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if tolerations is not None:
            self._values["tolerations"] = tolerations
        if topology_spread_constraints is not None:
            self._values["topology_spread_constraints"] = topology_spread_constraints
        if volumes is not None:
            self._values["volumes"] = volumes

    @builtins.property
    def containers(
        self,
    ) -> typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#containers
        '''
        result = self._values.get("containers")
        assert result is not None, "Required property 'containers' is missing"
        return typing.cast(typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers"], result)

    @builtins.property
    def active_deadline_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#activeDeadlineSeconds
        '''
        result = self._values.get("active_deadline_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def affinity(self) -> typing.Any:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#affinity
        '''
        result = self._values.get("affinity")
        return typing.cast(typing.Any, result)

    @builtins.property
    def automount_service_account_token(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#automountServiceAccountToken
        '''
        result = self._values.get("automount_service_account_token")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def dns_config(self) -> typing.Any:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#dnsConfig
        '''
        result = self._values.get("dns_config")
        return typing.cast(typing.Any, result)

    @builtins.property
    def dns_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#dnsPolicy
        '''
        result = self._values.get("dns_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enable_service_links(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#enableServiceLinks
        '''
        result = self._values.get("enable_service_links")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ephemeral_containers(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#ephemeralContainers
        '''
        result = self._values.get("ephemeral_containers")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def host_aliases(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#hostAliases
        '''
        result = self._values.get("host_aliases")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def host_ipc(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#hostIPC
        '''
        result = self._values.get("host_ipc")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def host_pid(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#hostPID
        '''
        result = self._values.get("host_pid")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def host_users(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#hostUsers
        '''
        result = self._values.get("host_users")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image_pull_secrets(
        self,
    ) -> typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecImagePullSecrets"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecImagePullSecrets"]], result)

    @builtins.property
    def init_containers(
        self,
    ) -> typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#initContainers
        '''
        result = self._values.get("init_containers")
        return typing.cast(typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers"]], result)

    @builtins.property
    def node_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#nodeName
        '''
        result = self._values.get("node_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_selector(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#nodeSelector
        '''
        result = self._values.get("node_selector")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def os(self) -> typing.Any:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#os
        '''
        result = self._values.get("os")
        return typing.cast(typing.Any, result)

    @builtins.property
    def overhead(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecOverhead"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#overhead
        '''
        result = self._values.get("overhead")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecOverhead"]], result)

    @builtins.property
    def preemption_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#preemptionPolicy
        '''
        result = self._values.get("preemption_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def priority_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#priorityClassName
        '''
        result = self._values.get("priority_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def readiness_gates(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#readinessGates
        '''
        result = self._values.get("readiness_gates")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def resource_claims(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#resourceClaims
        '''
        result = self._values.get("resource_claims")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResources"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResources"], result)

    @builtins.property
    def restart_policy(
        self,
    ) -> typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecRestartPolicy"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#restartPolicy
        '''
        result = self._values.get("restart_policy")
        return typing.cast(typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecRestartPolicy"], result)

    @builtins.property
    def runtime_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#runtimeClassName
        '''
        result = self._values.get("runtime_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheduler_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#schedulerName
        '''
        result = self._values.get("scheduler_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheduling_gates(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#schedulingGates
        '''
        result = self._values.get("scheduling_gates")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    @builtins.property
    def service_account(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#serviceAccount
        '''
        result = self._values.get("service_account")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def set_hostname_as_fqdn(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#setHostnameAsFQDN
        '''
        result = self._values.get("set_hostname_as_fqdn")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def share_process_namespace(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#shareProcessNamespace
        '''
        result = self._values.get("share_process_namespace")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def subdomain(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#subdomain
        '''
        result = self._values.get("subdomain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tolerations(
        self,
    ) -> typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerations"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerations"]], result)

    @builtins.property
    def topology_spread_constraints(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#topologySpreadConstraints
        '''
        result = self._values.get("topology_spread_constraints")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def volumes(
        self,
    ) -> typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumes"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpec#volumes
        '''
        result = self._values.get("volumes")
        return typing.cast(typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "args": "args",
        "command": "command",
        "env": "env",
        "env_from": "envFrom",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "lifecycle": "lifecycle",
        "liveness_probe": "livenessProbe",
        "ports": "ports",
        "readiness_probe": "readinessProbe",
        "resize_policy": "resizePolicy",
        "resources": "resources",
        "restart_policy": "restartPolicy",
        "security_context": "securityContext",
        "startup_probe": "startupProbe",
        "stdin": "stdin",
        "stdin_once": "stdinOnce",
        "termination_message_path": "terminationMessagePath",
        "termination_message_policy": "terminationMessagePolicy",
        "tty": "tty",
        "volume_devices": "volumeDevices",
        "volume_mounts": "volumeMounts",
        "working_dir": "workingDir",
    },
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers:
    def __init__(
        self,
        *,
        name: builtins.str,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersImagePullPolicy"] = None,
        lifecycle: typing.Any = None,
        liveness_probe: typing.Any = None,
        ports: typing.Optional[typing.Sequence[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
        readiness_probe: typing.Any = None,
        resize_policy: typing.Optional[typing.Sequence[typing.Any]] = None,
        resources: typing.Optional[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResources", typing.Dict[builtins.str, typing.Any]]] = None,
        restart_policy: typing.Optional[builtins.str] = None,
        security_context: typing.Any = None,
        startup_probe: typing.Any = None,
        stdin: typing.Optional[builtins.bool] = None,
        stdin_once: typing.Optional[builtins.bool] = None,
        termination_message_path: typing.Optional[builtins.str] = None,
        termination_message_policy: typing.Optional[builtins.str] = None,
        tty: typing.Optional[builtins.bool] = None,
        volume_devices: typing.Optional[typing.Sequence[typing.Any]] = None,
        volume_mounts: typing.Optional[typing.Sequence[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersVolumeMounts", typing.Dict[builtins.str, typing.Any]]]] = None,
        working_dir: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param args: 
        :param command: 
        :param env: 
        :param env_from: 
        :param image: 
        :param image_pull_policy: 
        :param lifecycle: 
        :param liveness_probe: 
        :param ports: 
        :param readiness_probe: 
        :param resize_policy: 
        :param resources: 
        :param restart_policy: 
        :param security_context: 
        :param startup_probe: 
        :param stdin: 
        :param stdin_once: 
        :param termination_message_path: 
        :param termination_message_policy: 
        :param tty: 
        :param volume_devices: 
        :param volume_mounts: 
        :param working_dir: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers
        '''
        if isinstance(resources, dict):
            resources = PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b64ef4fe2286a2e330665d78f008b9407034ad202c77182dd9a56b1b2899f21b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument env_from", value=env_from, expected_type=type_hints["env_from"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument liveness_probe", value=liveness_probe, expected_type=type_hints["liveness_probe"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument readiness_probe", value=readiness_probe, expected_type=type_hints["readiness_probe"])
            check_type(argname="argument resize_policy", value=resize_policy, expected_type=type_hints["resize_policy"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument restart_policy", value=restart_policy, expected_type=type_hints["restart_policy"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument startup_probe", value=startup_probe, expected_type=type_hints["startup_probe"])
            check_type(argname="argument stdin", value=stdin, expected_type=type_hints["stdin"])
            check_type(argname="argument stdin_once", value=stdin_once, expected_type=type_hints["stdin_once"])
            check_type(argname="argument termination_message_path", value=termination_message_path, expected_type=type_hints["termination_message_path"])
            check_type(argname="argument termination_message_policy", value=termination_message_policy, expected_type=type_hints["termination_message_policy"])
            check_type(argname="argument tty", value=tty, expected_type=type_hints["tty"])
            check_type(argname="argument volume_devices", value=volume_devices, expected_type=type_hints["volume_devices"])
            check_type(argname="argument volume_mounts", value=volume_mounts, expected_type=type_hints["volume_mounts"])
            check_type(argname="argument working_dir", value=working_dir, expected_type=type_hints["working_dir"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if args is not None:
            self._values["args"] = args
        if command is not None:
            self._values["command"] = command
        if env is not None:
            self._values["env"] = env
        if env_from is not None:
            self._values["env_from"] = env_from
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if liveness_probe is not None:
            self._values["liveness_probe"] = liveness_probe
        if ports is not None:
            self._values["ports"] = ports
        if readiness_probe is not None:
            self._values["readiness_probe"] = readiness_probe
        if resize_policy is not None:
            self._values["resize_policy"] = resize_policy
        if resources is not None:
            self._values["resources"] = resources
        if restart_policy is not None:
            self._values["restart_policy"] = restart_policy
        if security_context is not None:
            self._values["security_context"] = security_context
        if startup_probe is not None:
            self._values["startup_probe"] = startup_probe
        if stdin is not None:
            self._values["stdin"] = stdin
        if stdin_once is not None:
            self._values["stdin_once"] = stdin_once
        if termination_message_path is not None:
            self._values["termination_message_path"] = termination_message_path
        if termination_message_policy is not None:
            self._values["termination_message_policy"] = termination_message_policy
        if tty is not None:
            self._values["tty"] = tty
        if volume_devices is not None:
            self._values["volume_devices"] = volume_devices
        if volume_mounts is not None:
            self._values["volume_mounts"] = volume_mounts
        if working_dir is not None:
            self._values["working_dir"] = working_dir

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersEnv"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersEnv"]], result)

    @builtins.property
    def env_from(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#envFrom
        '''
        result = self._values.get("env_from")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(
        self,
    ) -> typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersImagePullPolicy"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersImagePullPolicy"], result)

    @builtins.property
    def lifecycle(self) -> typing.Any:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#lifecycle
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Any, result)

    @builtins.property
    def liveness_probe(self) -> typing.Any:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#livenessProbe
        '''
        result = self._values.get("liveness_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def ports(
        self,
    ) -> typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersPorts"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersPorts"]], result)

    @builtins.property
    def readiness_probe(self) -> typing.Any:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#readinessProbe
        '''
        result = self._values.get("readiness_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def resize_policy(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#resizePolicy
        '''
        result = self._values.get("resize_policy")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResources"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResources"], result)

    @builtins.property
    def restart_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#restartPolicy
        '''
        result = self._values.get("restart_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    @builtins.property
    def startup_probe(self) -> typing.Any:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#startupProbe
        '''
        result = self._values.get("startup_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def stdin(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#stdin
        '''
        result = self._values.get("stdin")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def stdin_once(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#stdinOnce
        '''
        result = self._values.get("stdin_once")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def termination_message_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#terminationMessagePath
        '''
        result = self._values.get("termination_message_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def termination_message_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#terminationMessagePolicy
        '''
        result = self._values.get("termination_message_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tty(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#tty
        '''
        result = self._values.get("tty")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_devices(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#volumeDevices
        '''
        result = self._values.get("volume_devices")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def volume_mounts(
        self,
    ) -> typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersVolumeMounts"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#volumeMounts
        '''
        result = self._values.get("volume_mounts")
        return typing.cast(typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersVolumeMounts"]], result)

    @builtins.property
    def working_dir(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers#workingDir
        '''
        result = self._values.get("working_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Any = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__08ba160aa3bc155432182926d15b89e90bfc6e2c42e07a67a95517eb4d7b4214)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Any:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersImagePullPolicy"
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersImagePullPolicy(enum.Enum):
    '''
    :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersImagePullPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    IF_NOT_PRESENT = "IF_NOT_PRESENT"
    '''IfNotPresent.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersPorts",
    jsii_struct_bases=[],
    name_mapping={
        "container_port": "containerPort",
        "host_ip": "hostIp",
        "host_port": "hostPort",
        "name": "name",
        "protocol": "protocol",
    },
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersPorts:
    def __init__(
        self,
        *,
        container_port: jsii.Number,
        host_ip: typing.Optional[builtins.str] = None,
        host_port: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param container_port: 
        :param host_ip: 
        :param host_port: 
        :param name: 
        :param protocol: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__615d3c14403d79fe898f0ebbd8c6070a0d575d537613053cb3ddf5391caafb2a)
            check_type(argname="argument container_port", value=container_port, expected_type=type_hints["container_port"])
            check_type(argname="argument host_ip", value=host_ip, expected_type=type_hints["host_ip"])
            check_type(argname="argument host_port", value=host_port, expected_type=type_hints["host_port"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "container_port": container_port,
        }
        if host_ip is not None:
            self._values["host_ip"] = host_ip
        if host_port is not None:
            self._values["host_port"] = host_port
        if name is not None:
            self._values["name"] = name
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def container_port(self) -> jsii.Number:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersPorts#containerPort
        '''
        result = self._values.get("container_port")
        assert result is not None, "Required property 'container_port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def host_ip(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersPorts#hostIP
        '''
        result = self._values.get("host_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersPorts#hostPort
        '''
        result = self._values.get("host_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersPorts#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Any]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bf190c455438907e1f3cb236c83aeb91946b926936899dda376025a283386117)
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claims is not None:
            self._values["claims"] = claims
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def claims(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesLimits"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesRequests"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesLimits",
):
    '''
    :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__02aff24bb1a33762e3e7675ecd8123ea1145d98857ecf0d79e86f2cb87b115f1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__37baea23ef368786bc1966117aa5d3b314078da0f32849747fb89ba837d55682)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesRequests",
):
    '''
    :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f0a1cc5c8c8adaa6b4cbb364644ec3bd8101e375c85ef3f45dffd08364339d00)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5352d663d4594fea95f5c299e71433f95a1596aa186cebe47bed694d3f0fd96a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersVolumeMounts",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "name": "name",
        "mount_propagation": "mountPropagation",
        "read_only": "readOnly",
        "recursive_read_only": "recursiveReadOnly",
        "sub_path": "subPath",
        "sub_path_expr": "subPathExpr",
    },
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersVolumeMounts:
    def __init__(
        self,
        *,
        mount_path: builtins.str,
        name: builtins.str,
        mount_propagation: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        recursive_read_only: typing.Optional[builtins.str] = None,
        sub_path: typing.Optional[builtins.str] = None,
        sub_path_expr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param mount_path: 
        :param name: 
        :param mount_propagation: 
        :param read_only: 
        :param recursive_read_only: 
        :param sub_path: 
        :param sub_path_expr: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersVolumeMounts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4a3f9fddbb1d4f8fe93317c361269f68b50515657021550d134988690387db4f)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument mount_propagation", value=mount_propagation, expected_type=type_hints["mount_propagation"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument recursive_read_only", value=recursive_read_only, expected_type=type_hints["recursive_read_only"])
            check_type(argname="argument sub_path", value=sub_path, expected_type=type_hints["sub_path"])
            check_type(argname="argument sub_path_expr", value=sub_path_expr, expected_type=type_hints["sub_path_expr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mount_path": mount_path,
            "name": name,
        }
        if mount_propagation is not None:
            self._values["mount_propagation"] = mount_propagation
        if read_only is not None:
            self._values["read_only"] = read_only
        if recursive_read_only is not None:
            self._values["recursive_read_only"] = recursive_read_only
        if sub_path is not None:
            self._values["sub_path"] = sub_path
        if sub_path_expr is not None:
            self._values["sub_path_expr"] = sub_path_expr

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersVolumeMounts#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersVolumeMounts#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_propagation(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersVolumeMounts#mountPropagation
        '''
        result = self._values.get("mount_propagation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersVolumeMounts#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def recursive_read_only(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersVolumeMounts#recursiveReadOnly
        '''
        result = self._values.get("recursive_read_only")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersVolumeMounts#subPath
        '''
        result = self._values.get("sub_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path_expr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersVolumeMounts#subPathExpr
        '''
        result = self._values.get("sub_path_expr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersVolumeMounts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecImagePullSecrets",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecImagePullSecrets:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecImagePullSecrets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__999c5e3bdd42a5464614aede25922fbb34787f45c1f5f9d312f0884cdbcc926e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecImagePullSecrets#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecImagePullSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "args": "args",
        "command": "command",
        "env": "env",
        "env_from": "envFrom",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "lifecycle": "lifecycle",
        "liveness_probe": "livenessProbe",
        "ports": "ports",
        "readiness_probe": "readinessProbe",
        "resize_policy": "resizePolicy",
        "resources": "resources",
        "restart_policy": "restartPolicy",
        "security_context": "securityContext",
        "startup_probe": "startupProbe",
        "stdin": "stdin",
        "stdin_once": "stdinOnce",
        "termination_message_path": "terminationMessagePath",
        "termination_message_policy": "terminationMessagePolicy",
        "tty": "tty",
        "volume_devices": "volumeDevices",
        "volume_mounts": "volumeMounts",
        "working_dir": "workingDir",
    },
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers:
    def __init__(
        self,
        *,
        name: builtins.str,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersImagePullPolicy"] = None,
        lifecycle: typing.Any = None,
        liveness_probe: typing.Any = None,
        ports: typing.Optional[typing.Sequence[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
        readiness_probe: typing.Any = None,
        resize_policy: typing.Optional[typing.Sequence[typing.Any]] = None,
        resources: typing.Optional[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResources", typing.Dict[builtins.str, typing.Any]]] = None,
        restart_policy: typing.Optional[builtins.str] = None,
        security_context: typing.Any = None,
        startup_probe: typing.Any = None,
        stdin: typing.Optional[builtins.bool] = None,
        stdin_once: typing.Optional[builtins.bool] = None,
        termination_message_path: typing.Optional[builtins.str] = None,
        termination_message_policy: typing.Optional[builtins.str] = None,
        tty: typing.Optional[builtins.bool] = None,
        volume_devices: typing.Optional[typing.Sequence[typing.Any]] = None,
        volume_mounts: typing.Optional[typing.Sequence[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersVolumeMounts", typing.Dict[builtins.str, typing.Any]]]] = None,
        working_dir: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param args: 
        :param command: 
        :param env: 
        :param env_from: 
        :param image: 
        :param image_pull_policy: 
        :param lifecycle: 
        :param liveness_probe: 
        :param ports: 
        :param readiness_probe: 
        :param resize_policy: 
        :param resources: 
        :param restart_policy: 
        :param security_context: 
        :param startup_probe: 
        :param stdin: 
        :param stdin_once: 
        :param termination_message_path: 
        :param termination_message_policy: 
        :param tty: 
        :param volume_devices: 
        :param volume_mounts: 
        :param working_dir: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers
        '''
        if isinstance(resources, dict):
            resources = PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__394c8b757bf8b208bc6135643a0e315f3ed68e80f3a05da8786ae4ea49d74886)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument env_from", value=env_from, expected_type=type_hints["env_from"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument liveness_probe", value=liveness_probe, expected_type=type_hints["liveness_probe"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument readiness_probe", value=readiness_probe, expected_type=type_hints["readiness_probe"])
            check_type(argname="argument resize_policy", value=resize_policy, expected_type=type_hints["resize_policy"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument restart_policy", value=restart_policy, expected_type=type_hints["restart_policy"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument startup_probe", value=startup_probe, expected_type=type_hints["startup_probe"])
            check_type(argname="argument stdin", value=stdin, expected_type=type_hints["stdin"])
            check_type(argname="argument stdin_once", value=stdin_once, expected_type=type_hints["stdin_once"])
            check_type(argname="argument termination_message_path", value=termination_message_path, expected_type=type_hints["termination_message_path"])
            check_type(argname="argument termination_message_policy", value=termination_message_policy, expected_type=type_hints["termination_message_policy"])
            check_type(argname="argument tty", value=tty, expected_type=type_hints["tty"])
            check_type(argname="argument volume_devices", value=volume_devices, expected_type=type_hints["volume_devices"])
            check_type(argname="argument volume_mounts", value=volume_mounts, expected_type=type_hints["volume_mounts"])
            check_type(argname="argument working_dir", value=working_dir, expected_type=type_hints["working_dir"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if args is not None:
            self._values["args"] = args
        if command is not None:
            self._values["command"] = command
        if env is not None:
            self._values["env"] = env
        if env_from is not None:
            self._values["env_from"] = env_from
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if liveness_probe is not None:
            self._values["liveness_probe"] = liveness_probe
        if ports is not None:
            self._values["ports"] = ports
        if readiness_probe is not None:
            self._values["readiness_probe"] = readiness_probe
        if resize_policy is not None:
            self._values["resize_policy"] = resize_policy
        if resources is not None:
            self._values["resources"] = resources
        if restart_policy is not None:
            self._values["restart_policy"] = restart_policy
        if security_context is not None:
            self._values["security_context"] = security_context
        if startup_probe is not None:
            self._values["startup_probe"] = startup_probe
        if stdin is not None:
            self._values["stdin"] = stdin
        if stdin_once is not None:
            self._values["stdin_once"] = stdin_once
        if termination_message_path is not None:
            self._values["termination_message_path"] = termination_message_path
        if termination_message_policy is not None:
            self._values["termination_message_policy"] = termination_message_policy
        if tty is not None:
            self._values["tty"] = tty
        if volume_devices is not None:
            self._values["volume_devices"] = volume_devices
        if volume_mounts is not None:
            self._values["volume_mounts"] = volume_mounts
        if working_dir is not None:
            self._values["working_dir"] = working_dir

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersEnv"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersEnv"]], result)

    @builtins.property
    def env_from(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#envFrom
        '''
        result = self._values.get("env_from")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(
        self,
    ) -> typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersImagePullPolicy"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersImagePullPolicy"], result)

    @builtins.property
    def lifecycle(self) -> typing.Any:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#lifecycle
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Any, result)

    @builtins.property
    def liveness_probe(self) -> typing.Any:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#livenessProbe
        '''
        result = self._values.get("liveness_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def ports(
        self,
    ) -> typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersPorts"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersPorts"]], result)

    @builtins.property
    def readiness_probe(self) -> typing.Any:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#readinessProbe
        '''
        result = self._values.get("readiness_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def resize_policy(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#resizePolicy
        '''
        result = self._values.get("resize_policy")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResources"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResources"], result)

    @builtins.property
    def restart_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#restartPolicy
        '''
        result = self._values.get("restart_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    @builtins.property
    def startup_probe(self) -> typing.Any:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#startupProbe
        '''
        result = self._values.get("startup_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def stdin(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#stdin
        '''
        result = self._values.get("stdin")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def stdin_once(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#stdinOnce
        '''
        result = self._values.get("stdin_once")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def termination_message_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#terminationMessagePath
        '''
        result = self._values.get("termination_message_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def termination_message_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#terminationMessagePolicy
        '''
        result = self._values.get("termination_message_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tty(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#tty
        '''
        result = self._values.get("tty")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_devices(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#volumeDevices
        '''
        result = self._values.get("volume_devices")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def volume_mounts(
        self,
    ) -> typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersVolumeMounts"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#volumeMounts
        '''
        result = self._values.get("volume_mounts")
        return typing.cast(typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersVolumeMounts"]], result)

    @builtins.property
    def working_dir(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers#workingDir
        '''
        result = self._values.get("working_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Any = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4dcd26ff6d20894d31ca55d8969ec89c87a98a45ff22fcb0ba2cad17ae821fe2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Any:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersImagePullPolicy"
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersImagePullPolicy(
    enum.Enum,
):
    '''
    :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersImagePullPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    IF_NOT_PRESENT = "IF_NOT_PRESENT"
    '''IfNotPresent.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersPorts",
    jsii_struct_bases=[],
    name_mapping={
        "container_port": "containerPort",
        "host_ip": "hostIp",
        "host_port": "hostPort",
        "name": "name",
        "protocol": "protocol",
    },
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersPorts:
    def __init__(
        self,
        *,
        container_port: jsii.Number,
        host_ip: typing.Optional[builtins.str] = None,
        host_port: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param container_port: 
        :param host_ip: 
        :param host_port: 
        :param name: 
        :param protocol: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e0aacae9f0db1f2897de15bad9a36bfa84396af67213138c5e47a89d87b23eeb)
            check_type(argname="argument container_port", value=container_port, expected_type=type_hints["container_port"])
            check_type(argname="argument host_ip", value=host_ip, expected_type=type_hints["host_ip"])
            check_type(argname="argument host_port", value=host_port, expected_type=type_hints["host_port"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "container_port": container_port,
        }
        if host_ip is not None:
            self._values["host_ip"] = host_ip
        if host_port is not None:
            self._values["host_port"] = host_port
        if name is not None:
            self._values["name"] = name
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def container_port(self) -> jsii.Number:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersPorts#containerPort
        '''
        result = self._values.get("container_port")
        assert result is not None, "Required property 'container_port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def host_ip(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersPorts#hostIP
        '''
        result = self._values.get("host_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersPorts#hostPort
        '''
        result = self._values.get("host_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersPorts#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Any]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ff5ac2577f122bfd1f838d9e2a7502aa0aa972d3cb68e0343fbc41dc6f953849)
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claims is not None:
            self._values["claims"] = claims
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def claims(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesLimits"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesRequests"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesLimits",
):
    '''
    :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c01e1c4dc5fb75d1c285b8ba25dca93617712b3f307bc3644f93e13bba521f99)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7fb516ad81c535c6161dd4aa0d6d804b602b8fe6c8c832598c2543eb5bcb7f9c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesRequests",
):
    '''
    :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3deba9a91ff0e38952f48994732f6afc7005fd846d7430e5c05f4381e24c96c7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e416ddf7e045c2b5a1943dcd3723ebe9895fddd0084e38694b40463f7c732435)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersVolumeMounts",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "name": "name",
        "mount_propagation": "mountPropagation",
        "read_only": "readOnly",
        "recursive_read_only": "recursiveReadOnly",
        "sub_path": "subPath",
        "sub_path_expr": "subPathExpr",
    },
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersVolumeMounts:
    def __init__(
        self,
        *,
        mount_path: builtins.str,
        name: builtins.str,
        mount_propagation: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        recursive_read_only: typing.Optional[builtins.str] = None,
        sub_path: typing.Optional[builtins.str] = None,
        sub_path_expr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param mount_path: 
        :param name: 
        :param mount_propagation: 
        :param read_only: 
        :param recursive_read_only: 
        :param sub_path: 
        :param sub_path_expr: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersVolumeMounts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4ba7c8dc46c1962fad8237df9dac90cb5004c7c754422701a716297355568e50)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument mount_propagation", value=mount_propagation, expected_type=type_hints["mount_propagation"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument recursive_read_only", value=recursive_read_only, expected_type=type_hints["recursive_read_only"])
            check_type(argname="argument sub_path", value=sub_path, expected_type=type_hints["sub_path"])
            check_type(argname="argument sub_path_expr", value=sub_path_expr, expected_type=type_hints["sub_path_expr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mount_path": mount_path,
            "name": name,
        }
        if mount_propagation is not None:
            self._values["mount_propagation"] = mount_propagation
        if read_only is not None:
            self._values["read_only"] = read_only
        if recursive_read_only is not None:
            self._values["recursive_read_only"] = recursive_read_only
        if sub_path is not None:
            self._values["sub_path"] = sub_path
        if sub_path_expr is not None:
            self._values["sub_path_expr"] = sub_path_expr

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersVolumeMounts#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersVolumeMounts#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_propagation(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersVolumeMounts#mountPropagation
        '''
        result = self._values.get("mount_propagation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersVolumeMounts#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def recursive_read_only(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersVolumeMounts#recursiveReadOnly
        '''
        result = self._values.get("recursive_read_only")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersVolumeMounts#subPath
        '''
        result = self._values.get("sub_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path_expr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersVolumeMounts#subPathExpr
        '''
        result = self._values.get("sub_path_expr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersVolumeMounts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecOverhead(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecOverhead",
):
    '''
    :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecOverhead
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecOverhead":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__878b79fc55352563cf7510d9291ca4b3940a2d4da79ae0aac34df5789cf4bb2b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecPytorchReplicaSpecsTemplateSpecOverhead", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecOverhead":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3421fef12ac862763cd5efe2babb8e07911247b6f17582793d9b397f2c1c9b5f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecPytorchReplicaSpecsTemplateSpecOverhead", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Any]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__54db8629d2e4be857ef031de587cdc82c0133d391796b4865fc97620e3f629c9)
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claims is not None:
            self._values["claims"] = claims
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def claims(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesLimits"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesRequests"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesLimits",
):
    '''
    :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d89f737f15796dd17b3eb2893c73b331842f271f693b3d8a746992fa4a4ebbb7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3171916f4e3bc4cd673da599bbacd425f1e8b3ee7e3199a3964f6107d4ce0ba8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesRequests",
):
    '''
    :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aad76c5b53a38d6396327e14e32254723cde6cd3cc22a23e293a0b9d55f73ecb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__855619b76a2aeb6cdc6783ab853cfa5ffad6031c67c104e503d8abf6070f79ae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecRestartPolicy"
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecRestartPolicy(enum.Enum):
    '''
    :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecRestartPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    ON_FAILURE = "ON_FAILURE"
    '''OnFailure.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerationsEffect"] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerationsOperator"] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param effect: 
        :param key: 
        :param operator: 
        :param toleration_seconds: 
        :param value: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__391fd39bb8913de563deb9c4b4abfc8b27c1e49f73d41616fd5895cee123bec2)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toleration_seconds", value=toleration_seconds, expected_type=type_hints["toleration_seconds"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if effect is not None:
            self._values["effect"] = effect
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if toleration_seconds is not None:
            self._values["toleration_seconds"] = toleration_seconds
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(
        self,
    ) -> typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerationsEffect"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerationsEffect"], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(
        self,
    ) -> typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerationsOperator"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerationsOperator"], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerationsEffect"
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerationsEffect(enum.Enum):
    '''
    :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerationsEffect
    '''

    NO_SCHEDULE = "NO_SCHEDULE"
    '''NoSchedule.'''
    PREFER_NO_SCHEDULE = "PREFER_NO_SCHEDULE"
    '''PreferNoSchedule.'''
    NO_EXECUTE = "NO_EXECUTE"
    '''NoExecute.'''


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerationsOperator"
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerationsOperator(enum.Enum):
    '''
    :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerationsOperator
    '''

    EXISTS = "EXISTS"
    '''Exists.'''
    EQUAL = "EQUAL"
    '''Equal.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "config_map": "configMap",
        "empty_dir": "emptyDir",
        "persistent_volume_claim": "persistentVolumeClaim",
        "secret": "secret",
    },
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumes:
    def __init__(
        self,
        *,
        name: builtins.str,
        config_map: typing.Optional[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        empty_dir: typing.Optional[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDir", typing.Dict[builtins.str, typing.Any]]] = None,
        persistent_volume_claim: typing.Optional[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim", typing.Dict[builtins.str, typing.Any]]] = None,
        secret: typing.Optional[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param config_map: 
        :param empty_dir: 
        :param persistent_volume_claim: 
        :param secret: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumes
        '''
        if isinstance(config_map, dict):
            config_map = PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMap(**config_map)
        if isinstance(empty_dir, dict):
            empty_dir = PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDir(**empty_dir)
        if isinstance(persistent_volume_claim, dict):
            persistent_volume_claim = PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim(**persistent_volume_claim)
        if isinstance(secret, dict):
            secret = PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__607411586a4a3478e146e0916e308dfe1aa6b1154ce2fe61379d85b94179310c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument empty_dir", value=empty_dir, expected_type=type_hints["empty_dir"])
            check_type(argname="argument persistent_volume_claim", value=persistent_volume_claim, expected_type=type_hints["persistent_volume_claim"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if config_map is not None:
            self._values["config_map"] = config_map
        if empty_dir is not None:
            self._values["empty_dir"] = empty_dir
        if persistent_volume_claim is not None:
            self._values["persistent_volume_claim"] = persistent_volume_claim
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMap"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumes#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMap"], result)

    @builtins.property
    def empty_dir(
        self,
    ) -> typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDir"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumes#emptyDir
        '''
        result = self._values.get("empty_dir")
        return typing.cast(typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDir"], result)

    @builtins.property
    def persistent_volume_claim(
        self,
    ) -> typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumes#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim"], result)

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecret"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumes#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMap",
    jsii_struct_bases=[],
    name_mapping={
        "default_mode": "defaultMode",
        "items": "items",
        "name": "name",
        "optional": "optional",
    },
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMap:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMapItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param default_mode: 
        :param items: 
        :param name: 
        :param optional: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fcf47429bc15cf59fc68b570a2de79ec94d1ad0882fc3fdb7661571228819b65)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMap#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMapItems"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMap#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMapItems"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMap#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMap#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMapItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "path": "path", "mode": "mode"},
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMapItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        mode: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param mode: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMapItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__568c4d46672e45f4e5f681c9f9c77acd81c15f468d7cdfcd9b8a7ad3cbee54fe)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMapItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMapItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMapItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMapItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDir",
    jsii_struct_bases=[],
    name_mapping={"medium": "medium", "size_limit": "sizeLimit"},
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDir:
    def __init__(
        self,
        *,
        medium: typing.Optional[builtins.str] = None,
        size_limit: typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit"] = None,
    ) -> None:
        '''
        :param medium: 
        :param size_limit: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDir
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e5ceacd1b38864c7c858d4a5432c81a18fc8b5d1ff44d225be9775e3a0304298)
            check_type(argname="argument medium", value=medium, expected_type=type_hints["medium"])
            check_type(argname="argument size_limit", value=size_limit, expected_type=type_hints["size_limit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if medium is not None:
            self._values["medium"] = medium
        if size_limit is not None:
            self._values["size_limit"] = size_limit

    @builtins.property
    def medium(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDir#medium
        '''
        result = self._values.get("medium")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def size_limit(
        self,
    ) -> typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit"]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDir#sizeLimit
        '''
        result = self._values.get("size_limit")
        return typing.cast(typing.Optional["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDir(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit",
):
    '''
    :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2de30e5997c076fe38b0201e4432334a1d746eac04e89917346e436d5c936e00)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__48e9ee73d6d37ea91aee6f7566b5c43cba0d3ef2b868d1aed693c6ee39ce412b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim",
    jsii_struct_bases=[],
    name_mapping={"claim_name": "claimName", "read_only": "readOnly"},
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim:
    def __init__(
        self,
        *,
        claim_name: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param claim_name: 
        :param read_only: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f364596fb92cd297f9b021953b35b9b03ff04922448a8dd97766d8cc65085fe0)
            check_type(argname="argument claim_name", value=claim_name, expected_type=type_hints["claim_name"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "claim_name": claim_name,
        }
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def claim_name(self) -> builtins.str:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim#claimName
        '''
        result = self._values.get("claim_name")
        assert result is not None, "Required property 'claim_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecret",
    jsii_struct_bases=[],
    name_mapping={
        "default_mode": "defaultMode",
        "items": "items",
        "optional": "optional",
        "secret_name": "secretName",
    },
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecret:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecretItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        optional: typing.Optional[builtins.bool] = None,
        secret_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param default_mode: 
        :param items: 
        :param optional: 
        :param secret_name: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__286e1acc7ab0230e44ce6620a804ba4f0a2a9ef51040244259a629dd6998c03f)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items
        if optional is not None:
            self._values["optional"] = optional
        if secret_name is not None:
            self._values["secret_name"] = secret_name

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecret#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecretItems"]]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecret#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecretItems"]], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecret#secretName
        '''
        result = self._values.get("secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecretItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "path": "path", "mode": "mode"},
)
class PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecretItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        mode: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param mode: 

        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecretItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__99cc286f40e637bcbc311a9379378ab5745787182c6101d01dc3d1bdb66d3b1f)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecretItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecretItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecretItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecretItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecRunPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "active_deadline_seconds": "activeDeadlineSeconds",
        "backoff_limit": "backoffLimit",
        "clean_pod_policy": "cleanPodPolicy",
        "managed_by": "managedBy",
        "scheduling_policy": "schedulingPolicy",
        "suspend": "suspend",
        "ttl_seconds_after_finished": "ttlSecondsAfterFinished",
    },
)
class PyTorchJobSpecRunPolicy:
    def __init__(
        self,
        *,
        active_deadline_seconds: typing.Optional[jsii.Number] = None,
        backoff_limit: typing.Optional[jsii.Number] = None,
        clean_pod_policy: typing.Optional["PyTorchJobSpecRunPolicyCleanPodPolicy"] = None,
        managed_by: typing.Optional[builtins.str] = None,
        scheduling_policy: typing.Optional[typing.Union["PyTorchJobSpecRunPolicySchedulingPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        suspend: typing.Optional[builtins.bool] = None,
        ttl_seconds_after_finished: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param active_deadline_seconds: 
        :param backoff_limit: 
        :param clean_pod_policy: 
        :param managed_by: 
        :param scheduling_policy: 
        :param suspend: 
        :param ttl_seconds_after_finished: 

        :schema: PyTorchJobSpecRunPolicy
        '''
        if isinstance(scheduling_policy, dict):
            scheduling_policy = PyTorchJobSpecRunPolicySchedulingPolicy(**scheduling_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__18448b54a935281030a950316ab913a8b63c79f15cf64a10b37b9e0fdb9fe00c)
            check_type(argname="argument active_deadline_seconds", value=active_deadline_seconds, expected_type=type_hints["active_deadline_seconds"])
            check_type(argname="argument backoff_limit", value=backoff_limit, expected_type=type_hints["backoff_limit"])
            check_type(argname="argument clean_pod_policy", value=clean_pod_policy, expected_type=type_hints["clean_pod_policy"])
            check_type(argname="argument managed_by", value=managed_by, expected_type=type_hints["managed_by"])
            check_type(argname="argument scheduling_policy", value=scheduling_policy, expected_type=type_hints["scheduling_policy"])
            check_type(argname="argument suspend", value=suspend, expected_type=type_hints["suspend"])
            check_type(argname="argument ttl_seconds_after_finished", value=ttl_seconds_after_finished, expected_type=type_hints["ttl_seconds_after_finished"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if active_deadline_seconds is not None:
            self._values["active_deadline_seconds"] = active_deadline_seconds
        if backoff_limit is not None:
            self._values["backoff_limit"] = backoff_limit
        if clean_pod_policy is not None:
            self._values["clean_pod_policy"] = clean_pod_policy
        if managed_by is not None:
            self._values["managed_by"] = managed_by
        if scheduling_policy is not None:
            self._values["scheduling_policy"] = scheduling_policy
        if suspend is not None:
            self._values["suspend"] = suspend
        if ttl_seconds_after_finished is not None:
            self._values["ttl_seconds_after_finished"] = ttl_seconds_after_finished

    @builtins.property
    def active_deadline_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PyTorchJobSpecRunPolicy#activeDeadlineSeconds
        '''
        result = self._values.get("active_deadline_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def backoff_limit(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PyTorchJobSpecRunPolicy#backoffLimit
        '''
        result = self._values.get("backoff_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def clean_pod_policy(
        self,
    ) -> typing.Optional["PyTorchJobSpecRunPolicyCleanPodPolicy"]:
        '''
        :schema: PyTorchJobSpecRunPolicy#cleanPodPolicy
        '''
        result = self._values.get("clean_pod_policy")
        return typing.cast(typing.Optional["PyTorchJobSpecRunPolicyCleanPodPolicy"], result)

    @builtins.property
    def managed_by(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecRunPolicy#managedBy
        '''
        result = self._values.get("managed_by")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheduling_policy(
        self,
    ) -> typing.Optional["PyTorchJobSpecRunPolicySchedulingPolicy"]:
        '''
        :schema: PyTorchJobSpecRunPolicy#schedulingPolicy
        '''
        result = self._values.get("scheduling_policy")
        return typing.cast(typing.Optional["PyTorchJobSpecRunPolicySchedulingPolicy"], result)

    @builtins.property
    def suspend(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PyTorchJobSpecRunPolicy#suspend
        '''
        result = self._values.get("suspend")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ttl_seconds_after_finished(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PyTorchJobSpecRunPolicy#ttlSecondsAfterFinished
        '''
        result = self._values.get("ttl_seconds_after_finished")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecRunPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecRunPolicyCleanPodPolicy")
class PyTorchJobSpecRunPolicyCleanPodPolicy(enum.Enum):
    '''
    :schema: PyTorchJobSpecRunPolicyCleanPodPolicy
    '''

    ALL = "ALL"
    '''All.'''
    RUNNING = "RUNNING"
    '''Running.'''
    NONE = "NONE"
    '''None.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecRunPolicySchedulingPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "min_available": "minAvailable",
        "min_resources": "minResources",
        "priority_class": "priorityClass",
        "queue": "queue",
        "schedule_timeout_seconds": "scheduleTimeoutSeconds",
    },
)
class PyTorchJobSpecRunPolicySchedulingPolicy:
    def __init__(
        self,
        *,
        min_available: typing.Optional[jsii.Number] = None,
        min_resources: typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecRunPolicySchedulingPolicyMinResources"]] = None,
        priority_class: typing.Optional[builtins.str] = None,
        queue: typing.Optional[builtins.str] = None,
        schedule_timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param min_available: 
        :param min_resources: 
        :param priority_class: 
        :param queue: 
        :param schedule_timeout_seconds: 

        :schema: PyTorchJobSpecRunPolicySchedulingPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ab2da6f5006049f9a405c2d1c5b09b1995569d24d7c60d3c3370a12956e6d265)
            check_type(argname="argument min_available", value=min_available, expected_type=type_hints["min_available"])
            check_type(argname="argument min_resources", value=min_resources, expected_type=type_hints["min_resources"])
            check_type(argname="argument priority_class", value=priority_class, expected_type=type_hints["priority_class"])
            check_type(argname="argument queue", value=queue, expected_type=type_hints["queue"])
            check_type(argname="argument schedule_timeout_seconds", value=schedule_timeout_seconds, expected_type=type_hints["schedule_timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if min_available is not None:
            self._values["min_available"] = min_available
        if min_resources is not None:
            self._values["min_resources"] = min_resources
        if priority_class is not None:
            self._values["priority_class"] = priority_class
        if queue is not None:
            self._values["queue"] = queue
        if schedule_timeout_seconds is not None:
            self._values["schedule_timeout_seconds"] = schedule_timeout_seconds

    @builtins.property
    def min_available(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PyTorchJobSpecRunPolicySchedulingPolicy#minAvailable
        '''
        result = self._values.get("min_available")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_resources(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecRunPolicySchedulingPolicyMinResources"]]:
        '''
        :schema: PyTorchJobSpecRunPolicySchedulingPolicy#minResources
        '''
        result = self._values.get("min_resources")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PyTorchJobSpecRunPolicySchedulingPolicyMinResources"]], result)

    @builtins.property
    def priority_class(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecRunPolicySchedulingPolicy#priorityClass
        '''
        result = self._values.get("priority_class")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def queue(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PyTorchJobSpecRunPolicySchedulingPolicy#queue
        '''
        result = self._values.get("queue")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def schedule_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PyTorchJobSpecRunPolicySchedulingPolicy#scheduleTimeoutSeconds
        '''
        result = self._values.get("schedule_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PyTorchJobSpecRunPolicySchedulingPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PyTorchJobSpecRunPolicySchedulingPolicyMinResources(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PyTorchJobSpecRunPolicySchedulingPolicyMinResources",
):
    '''
    :schema: PyTorchJobSpecRunPolicySchedulingPolicyMinResources
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PyTorchJobSpecRunPolicySchedulingPolicyMinResources":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c966783b031765f5b5e34b9be0b01968e6d12cefe8c3967a06ac42b253b4486b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecRunPolicySchedulingPolicyMinResources", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PyTorchJobSpecRunPolicySchedulingPolicyMinResources":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__038e7ebc8fb905a4f517608a82bfc4d2dfd538f8f010ea95d6283097163fa64b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PyTorchJobSpecRunPolicySchedulingPolicyMinResources", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TfJob(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.TfJob",
):
    '''
    :schema: TFJob
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["TfJobSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "TFJob" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__034a7703570cab8df7d99438615be64307ee8984600d167fb47c7e7dc0ddf83e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = TfJobProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["TfJobSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "TFJob".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = TfJobProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "TFJob".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class TfJobProps:
    def __init__(
        self,
        *,
        spec: typing.Union["TfJobSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: TFJob
        '''
        if isinstance(spec, dict):
            spec = TfJobSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1c9099465e18edd0a712c16c35a59e4e52d2a688e191d7b9acdd450db2bb96a4)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "TfJobSpec":
        '''
        :schema: TFJob#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("TfJobSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: TFJob#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpec",
    jsii_struct_bases=[],
    name_mapping={
        "tf_replica_specs": "tfReplicaSpecs",
        "enable_dynamic_worker": "enableDynamicWorker",
        "run_policy": "runPolicy",
        "success_policy": "successPolicy",
    },
)
class TfJobSpec:
    def __init__(
        self,
        *,
        tf_replica_specs: typing.Mapping[builtins.str, typing.Union["TfJobSpecTfReplicaSpecs", typing.Dict[builtins.str, typing.Any]]],
        enable_dynamic_worker: typing.Optional[builtins.bool] = None,
        run_policy: typing.Optional[typing.Union["TfJobSpecRunPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        success_policy: typing.Optional["TfJobSpecSuccessPolicy"] = None,
    ) -> None:
        '''
        :param tf_replica_specs: 
        :param enable_dynamic_worker: 
        :param run_policy: 
        :param success_policy: 

        :schema: TfJobSpec
        '''
        if isinstance(run_policy, dict):
            run_policy = TfJobSpecRunPolicy(**run_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a1a0a8bb9dfd689a2b09f3b461f3b7cd67234db5efbf6a1b7b232ec9bc3eb4c9)
            check_type(argname="argument tf_replica_specs", value=tf_replica_specs, expected_type=type_hints["tf_replica_specs"])
            check_type(argname="argument enable_dynamic_worker", value=enable_dynamic_worker, expected_type=type_hints["enable_dynamic_worker"])
            check_type(argname="argument run_policy", value=run_policy, expected_type=type_hints["run_policy"])
            check_type(argname="argument success_policy", value=success_policy, expected_type=type_hints["success_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "tf_replica_specs": tf_replica_specs,
        }
        if enable_dynamic_worker is not None:
            self._values["enable_dynamic_worker"] = enable_dynamic_worker
        if run_policy is not None:
            self._values["run_policy"] = run_policy
        if success_policy is not None:
            self._values["success_policy"] = success_policy

    @builtins.property
    def tf_replica_specs(
        self,
    ) -> typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecs"]:
        '''
        :schema: TfJobSpec#tfReplicaSpecs
        '''
        result = self._values.get("tf_replica_specs")
        assert result is not None, "Required property 'tf_replica_specs' is missing"
        return typing.cast(typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecs"], result)

    @builtins.property
    def enable_dynamic_worker(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpec#enableDynamicWorker
        '''
        result = self._values.get("enable_dynamic_worker")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_policy(self) -> typing.Optional["TfJobSpecRunPolicy"]:
        '''
        :schema: TfJobSpec#runPolicy
        '''
        result = self._values.get("run_policy")
        return typing.cast(typing.Optional["TfJobSpecRunPolicy"], result)

    @builtins.property
    def success_policy(self) -> typing.Optional["TfJobSpecSuccessPolicy"]:
        '''
        :schema: TfJobSpec#successPolicy
        '''
        result = self._values.get("success_policy")
        return typing.cast(typing.Optional["TfJobSpecSuccessPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecRunPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "active_deadline_seconds": "activeDeadlineSeconds",
        "backoff_limit": "backoffLimit",
        "clean_pod_policy": "cleanPodPolicy",
        "managed_by": "managedBy",
        "scheduling_policy": "schedulingPolicy",
        "suspend": "suspend",
        "ttl_seconds_after_finished": "ttlSecondsAfterFinished",
    },
)
class TfJobSpecRunPolicy:
    def __init__(
        self,
        *,
        active_deadline_seconds: typing.Optional[jsii.Number] = None,
        backoff_limit: typing.Optional[jsii.Number] = None,
        clean_pod_policy: typing.Optional["TfJobSpecRunPolicyCleanPodPolicy"] = None,
        managed_by: typing.Optional[builtins.str] = None,
        scheduling_policy: typing.Optional[typing.Union["TfJobSpecRunPolicySchedulingPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        suspend: typing.Optional[builtins.bool] = None,
        ttl_seconds_after_finished: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param active_deadline_seconds: 
        :param backoff_limit: 
        :param clean_pod_policy: 
        :param managed_by: 
        :param scheduling_policy: 
        :param suspend: 
        :param ttl_seconds_after_finished: 

        :schema: TfJobSpecRunPolicy
        '''
        if isinstance(scheduling_policy, dict):
            scheduling_policy = TfJobSpecRunPolicySchedulingPolicy(**scheduling_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__213f43be10aca4ff97afa851a29308dbc71b213033de14fe7044b7005fd12e5c)
            check_type(argname="argument active_deadline_seconds", value=active_deadline_seconds, expected_type=type_hints["active_deadline_seconds"])
            check_type(argname="argument backoff_limit", value=backoff_limit, expected_type=type_hints["backoff_limit"])
            check_type(argname="argument clean_pod_policy", value=clean_pod_policy, expected_type=type_hints["clean_pod_policy"])
            check_type(argname="argument managed_by", value=managed_by, expected_type=type_hints["managed_by"])
            check_type(argname="argument scheduling_policy", value=scheduling_policy, expected_type=type_hints["scheduling_policy"])
            check_type(argname="argument suspend", value=suspend, expected_type=type_hints["suspend"])
            check_type(argname="argument ttl_seconds_after_finished", value=ttl_seconds_after_finished, expected_type=type_hints["ttl_seconds_after_finished"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if active_deadline_seconds is not None:
            self._values["active_deadline_seconds"] = active_deadline_seconds
        if backoff_limit is not None:
            self._values["backoff_limit"] = backoff_limit
        if clean_pod_policy is not None:
            self._values["clean_pod_policy"] = clean_pod_policy
        if managed_by is not None:
            self._values["managed_by"] = managed_by
        if scheduling_policy is not None:
            self._values["scheduling_policy"] = scheduling_policy
        if suspend is not None:
            self._values["suspend"] = suspend
        if ttl_seconds_after_finished is not None:
            self._values["ttl_seconds_after_finished"] = ttl_seconds_after_finished

    @builtins.property
    def active_deadline_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TfJobSpecRunPolicy#activeDeadlineSeconds
        '''
        result = self._values.get("active_deadline_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def backoff_limit(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TfJobSpecRunPolicy#backoffLimit
        '''
        result = self._values.get("backoff_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def clean_pod_policy(self) -> typing.Optional["TfJobSpecRunPolicyCleanPodPolicy"]:
        '''
        :schema: TfJobSpecRunPolicy#cleanPodPolicy
        '''
        result = self._values.get("clean_pod_policy")
        return typing.cast(typing.Optional["TfJobSpecRunPolicyCleanPodPolicy"], result)

    @builtins.property
    def managed_by(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecRunPolicy#managedBy
        '''
        result = self._values.get("managed_by")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheduling_policy(
        self,
    ) -> typing.Optional["TfJobSpecRunPolicySchedulingPolicy"]:
        '''
        :schema: TfJobSpecRunPolicy#schedulingPolicy
        '''
        result = self._values.get("scheduling_policy")
        return typing.cast(typing.Optional["TfJobSpecRunPolicySchedulingPolicy"], result)

    @builtins.property
    def suspend(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecRunPolicy#suspend
        '''
        result = self._values.get("suspend")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ttl_seconds_after_finished(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TfJobSpecRunPolicy#ttlSecondsAfterFinished
        '''
        result = self._values.get("ttl_seconds_after_finished")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecRunPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="kubeflow_orgkubeflow.TfJobSpecRunPolicyCleanPodPolicy")
class TfJobSpecRunPolicyCleanPodPolicy(enum.Enum):
    '''
    :schema: TfJobSpecRunPolicyCleanPodPolicy
    '''

    ALL = "ALL"
    '''All.'''
    RUNNING = "RUNNING"
    '''Running.'''
    NONE = "NONE"
    '''None.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecRunPolicySchedulingPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "min_available": "minAvailable",
        "min_resources": "minResources",
        "priority_class": "priorityClass",
        "queue": "queue",
        "schedule_timeout_seconds": "scheduleTimeoutSeconds",
    },
)
class TfJobSpecRunPolicySchedulingPolicy:
    def __init__(
        self,
        *,
        min_available: typing.Optional[jsii.Number] = None,
        min_resources: typing.Optional[typing.Mapping[builtins.str, "TfJobSpecRunPolicySchedulingPolicyMinResources"]] = None,
        priority_class: typing.Optional[builtins.str] = None,
        queue: typing.Optional[builtins.str] = None,
        schedule_timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param min_available: 
        :param min_resources: 
        :param priority_class: 
        :param queue: 
        :param schedule_timeout_seconds: 

        :schema: TfJobSpecRunPolicySchedulingPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1c65f4a888c7f8c7b68247dd27450c519f330fbb9bd7a5bfb90c2c12fcf05a9d)
            check_type(argname="argument min_available", value=min_available, expected_type=type_hints["min_available"])
            check_type(argname="argument min_resources", value=min_resources, expected_type=type_hints["min_resources"])
            check_type(argname="argument priority_class", value=priority_class, expected_type=type_hints["priority_class"])
            check_type(argname="argument queue", value=queue, expected_type=type_hints["queue"])
            check_type(argname="argument schedule_timeout_seconds", value=schedule_timeout_seconds, expected_type=type_hints["schedule_timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if min_available is not None:
            self._values["min_available"] = min_available
        if min_resources is not None:
            self._values["min_resources"] = min_resources
        if priority_class is not None:
            self._values["priority_class"] = priority_class
        if queue is not None:
            self._values["queue"] = queue
        if schedule_timeout_seconds is not None:
            self._values["schedule_timeout_seconds"] = schedule_timeout_seconds

    @builtins.property
    def min_available(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TfJobSpecRunPolicySchedulingPolicy#minAvailable
        '''
        result = self._values.get("min_available")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_resources(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "TfJobSpecRunPolicySchedulingPolicyMinResources"]]:
        '''
        :schema: TfJobSpecRunPolicySchedulingPolicy#minResources
        '''
        result = self._values.get("min_resources")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "TfJobSpecRunPolicySchedulingPolicyMinResources"]], result)

    @builtins.property
    def priority_class(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecRunPolicySchedulingPolicy#priorityClass
        '''
        result = self._values.get("priority_class")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def queue(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecRunPolicySchedulingPolicy#queue
        '''
        result = self._values.get("queue")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def schedule_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TfJobSpecRunPolicySchedulingPolicy#scheduleTimeoutSeconds
        '''
        result = self._values.get("schedule_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecRunPolicySchedulingPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TfJobSpecRunPolicySchedulingPolicyMinResources(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.TfJobSpecRunPolicySchedulingPolicyMinResources",
):
    '''
    :schema: TfJobSpecRunPolicySchedulingPolicyMinResources
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TfJobSpecRunPolicySchedulingPolicyMinResources":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__28effe9b11a1e82acd313de88ca1e07d9f7a3d4f06179661c1990e106e79374e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecRunPolicySchedulingPolicyMinResources", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TfJobSpecRunPolicySchedulingPolicyMinResources":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__54991b53472dc1107da91aa276220beaeaeff95224d6686228a1da5af393f262)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecRunPolicySchedulingPolicyMinResources", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(jsii_type="kubeflow_orgkubeflow.TfJobSpecSuccessPolicy")
class TfJobSpecSuccessPolicy(enum.Enum):
    '''
    :schema: TfJobSpecSuccessPolicy
    '''

    ALL_WORKERS = "ALL_WORKERS"
    '''AllWorkers.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecs",
    jsii_struct_bases=[],
    name_mapping={
        "replicas": "replicas",
        "restart_policy": "restartPolicy",
        "template": "template",
    },
)
class TfJobSpecTfReplicaSpecs:
    def __init__(
        self,
        *,
        replicas: typing.Optional[jsii.Number] = None,
        restart_policy: typing.Optional["TfJobSpecTfReplicaSpecsRestartPolicy"] = None,
        template: typing.Optional[typing.Union["TfJobSpecTfReplicaSpecsTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param replicas: 
        :param restart_policy: 
        :param template: 

        :schema: TfJobSpecTfReplicaSpecs
        '''
        if isinstance(template, dict):
            template = TfJobSpecTfReplicaSpecsTemplate(**template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bec71f10ce1fee23c32ea950df8975902aa43d3274af67349af322e98a04f8b8)
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument restart_policy", value=restart_policy, expected_type=type_hints["restart_policy"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if replicas is not None:
            self._values["replicas"] = replicas
        if restart_policy is not None:
            self._values["restart_policy"] = restart_policy
        if template is not None:
            self._values["template"] = template

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TfJobSpecTfReplicaSpecs#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def restart_policy(self) -> typing.Optional["TfJobSpecTfReplicaSpecsRestartPolicy"]:
        '''
        :schema: TfJobSpecTfReplicaSpecs#restartPolicy
        '''
        result = self._values.get("restart_policy")
        return typing.cast(typing.Optional["TfJobSpecTfReplicaSpecsRestartPolicy"], result)

    @builtins.property
    def template(self) -> typing.Optional["TfJobSpecTfReplicaSpecsTemplate"]:
        '''
        :schema: TfJobSpecTfReplicaSpecs#template
        '''
        result = self._values.get("template")
        return typing.cast(typing.Optional["TfJobSpecTfReplicaSpecsTemplate"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsRestartPolicy")
class TfJobSpecTfReplicaSpecsRestartPolicy(enum.Enum):
    '''
    :schema: TfJobSpecTfReplicaSpecsRestartPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    ON_FAILURE = "ON_FAILURE"
    '''OnFailure.'''
    NEVER = "NEVER"
    '''Never.'''
    EXIT_CODE = "EXIT_CODE"
    '''ExitCode.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplate",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class TfJobSpecTfReplicaSpecsTemplate:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["TfJobSpecTfReplicaSpecsTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: TfJobSpecTfReplicaSpecsTemplate
        '''
        if isinstance(metadata, dict):
            metadata = TfJobSpecTfReplicaSpecsTemplateMetadata(**metadata)
        if isinstance(spec, dict):
            spec = TfJobSpecTfReplicaSpecsTemplateSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5024c9adfd71b6e776044907b0ee739d39d9d5c90270715d7f18317aaa364815)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["TfJobSpecTfReplicaSpecsTemplateMetadata"]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["TfJobSpecTfReplicaSpecsTemplateMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpec"]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplate#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "labels": "labels",
        "name": "name",
        "namespace": "namespace",
    },
)
class TfJobSpecTfReplicaSpecsTemplateMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param annotations: 
        :param labels: 
        :param name: 
        :param namespace: 

        :schema: TfJobSpecTfReplicaSpecsTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f18d21cb41c362191436b1b2f5a357cd8574a56af308dd9213e918f03d89a461)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateMetadata#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateMetadata#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpec",
    jsii_struct_bases=[],
    name_mapping={
        "containers": "containers",
        "active_deadline_seconds": "activeDeadlineSeconds",
        "affinity": "affinity",
        "automount_service_account_token": "automountServiceAccountToken",
        "dns_config": "dnsConfig",
        "dns_policy": "dnsPolicy",
        "enable_service_links": "enableServiceLinks",
        "ephemeral_containers": "ephemeralContainers",
        "host_aliases": "hostAliases",
        "host_ipc": "hostIpc",
        "hostname": "hostname",
        "host_network": "hostNetwork",
        "host_pid": "hostPid",
        "host_users": "hostUsers",
        "image_pull_secrets": "imagePullSecrets",
        "init_containers": "initContainers",
        "node_name": "nodeName",
        "node_selector": "nodeSelector",
        "os": "os",
        "overhead": "overhead",
        "preemption_policy": "preemptionPolicy",
        "priority": "priority",
        "priority_class_name": "priorityClassName",
        "readiness_gates": "readinessGates",
        "resource_claims": "resourceClaims",
        "resources": "resources",
        "restart_policy": "restartPolicy",
        "runtime_class_name": "runtimeClassName",
        "scheduler_name": "schedulerName",
        "scheduling_gates": "schedulingGates",
        "security_context": "securityContext",
        "service_account": "serviceAccount",
        "service_account_name": "serviceAccountName",
        "set_hostname_as_fqdn": "setHostnameAsFqdn",
        "share_process_namespace": "shareProcessNamespace",
        "subdomain": "subdomain",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "tolerations": "tolerations",
        "topology_spread_constraints": "topologySpreadConstraints",
        "volumes": "volumes",
    },
)
class TfJobSpecTfReplicaSpecsTemplateSpec:
    def __init__(
        self,
        *,
        containers: typing.Sequence[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecContainers", typing.Dict[builtins.str, typing.Any]]],
        active_deadline_seconds: typing.Optional[jsii.Number] = None,
        affinity: typing.Any = None,
        automount_service_account_token: typing.Optional[builtins.bool] = None,
        dns_config: typing.Any = None,
        dns_policy: typing.Optional[builtins.str] = None,
        enable_service_links: typing.Optional[builtins.bool] = None,
        ephemeral_containers: typing.Optional[typing.Sequence[typing.Any]] = None,
        host_aliases: typing.Optional[typing.Sequence[typing.Any]] = None,
        host_ipc: typing.Optional[builtins.bool] = None,
        hostname: typing.Optional[builtins.str] = None,
        host_network: typing.Optional[builtins.bool] = None,
        host_pid: typing.Optional[builtins.bool] = None,
        host_users: typing.Optional[builtins.bool] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecImagePullSecrets", typing.Dict[builtins.str, typing.Any]]]] = None,
        init_containers: typing.Optional[typing.Sequence[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecInitContainers", typing.Dict[builtins.str, typing.Any]]]] = None,
        node_name: typing.Optional[builtins.str] = None,
        node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        os: typing.Any = None,
        overhead: typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecOverhead"]] = None,
        preemption_policy: typing.Optional[builtins.str] = None,
        priority: typing.Optional[jsii.Number] = None,
        priority_class_name: typing.Optional[builtins.str] = None,
        readiness_gates: typing.Optional[typing.Sequence[typing.Any]] = None,
        resource_claims: typing.Optional[typing.Sequence[typing.Any]] = None,
        resources: typing.Optional[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        restart_policy: typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecRestartPolicy"] = None,
        runtime_class_name: typing.Optional[builtins.str] = None,
        scheduler_name: typing.Optional[builtins.str] = None,
        scheduling_gates: typing.Optional[typing.Sequence[typing.Any]] = None,
        security_context: typing.Any = None,
        service_account: typing.Optional[builtins.str] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        set_hostname_as_fqdn: typing.Optional[builtins.bool] = None,
        share_process_namespace: typing.Optional[builtins.bool] = None,
        subdomain: typing.Optional[builtins.str] = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
        topology_spread_constraints: typing.Optional[typing.Sequence[typing.Any]] = None,
        volumes: typing.Optional[typing.Sequence[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param containers: 
        :param active_deadline_seconds: 
        :param affinity: 
        :param automount_service_account_token: 
        :param dns_config: 
        :param dns_policy: 
        :param enable_service_links: 
        :param ephemeral_containers: 
        :param host_aliases: 
        :param host_ipc: 
        :param hostname: 
        :param host_network: 
        :param host_pid: 
        :param host_users: 
        :param image_pull_secrets: 
        :param init_containers: 
        :param node_name: 
        :param node_selector: 
        :param os: 
        :param overhead: 
        :param preemption_policy: 
        :param priority: 
        :param priority_class_name: 
        :param readiness_gates: 
        :param resource_claims: 
        :param resources: 
        :param restart_policy: 
        :param runtime_class_name: 
        :param scheduler_name: 
        :param scheduling_gates: 
        :param security_context: 
        :param service_account: 
        :param service_account_name: 
        :param set_hostname_as_fqdn: 
        :param share_process_namespace: 
        :param subdomain: 
        :param termination_grace_period_seconds: 
        :param tolerations: 
        :param topology_spread_constraints: 
        :param volumes: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpec
        '''
        if isinstance(resources, dict):
            resources = TfJobSpecTfReplicaSpecsTemplateSpecResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2aae3aa66e3981db029cbf7e6a64e95b6d5338afe37cb406c02fbe9ac90a279a)
            check_type(argname="argument containers", value=containers, expected_type=type_hints["containers"])
            check_type(argname="argument active_deadline_seconds", value=active_deadline_seconds, expected_type=type_hints["active_deadline_seconds"])
            check_type(argname="argument affinity", value=affinity, expected_type=type_hints["affinity"])
            check_type(argname="argument automount_service_account_token", value=automount_service_account_token, expected_type=type_hints["automount_service_account_token"])
            check_type(argname="argument dns_config", value=dns_config, expected_type=type_hints["dns_config"])
            check_type(argname="argument dns_policy", value=dns_policy, expected_type=type_hints["dns_policy"])
            check_type(argname="argument enable_service_links", value=enable_service_links, expected_type=type_hints["enable_service_links"])
            check_type(argname="argument ephemeral_containers", value=ephemeral_containers, expected_type=type_hints["ephemeral_containers"])
            check_type(argname="argument host_aliases", value=host_aliases, expected_type=type_hints["host_aliases"])
            check_type(argname="argument host_ipc", value=host_ipc, expected_type=type_hints["host_ipc"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument host_pid", value=host_pid, expected_type=type_hints["host_pid"])
            check_type(argname="argument host_users", value=host_users, expected_type=type_hints["host_users"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument init_containers", value=init_containers, expected_type=type_hints["init_containers"])
            check_type(argname="argument node_name", value=node_name, expected_type=type_hints["node_name"])
            check_type(argname="argument node_selector", value=node_selector, expected_type=type_hints["node_selector"])
            check_type(argname="argument os", value=os, expected_type=type_hints["os"])
            check_type(argname="argument overhead", value=overhead, expected_type=type_hints["overhead"])
            check_type(argname="argument preemption_policy", value=preemption_policy, expected_type=type_hints["preemption_policy"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
            check_type(argname="argument priority_class_name", value=priority_class_name, expected_type=type_hints["priority_class_name"])
            check_type(argname="argument readiness_gates", value=readiness_gates, expected_type=type_hints["readiness_gates"])
            check_type(argname="argument resource_claims", value=resource_claims, expected_type=type_hints["resource_claims"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument restart_policy", value=restart_policy, expected_type=type_hints["restart_policy"])
            check_type(argname="argument runtime_class_name", value=runtime_class_name, expected_type=type_hints["runtime_class_name"])
            check_type(argname="argument scheduler_name", value=scheduler_name, expected_type=type_hints["scheduler_name"])
            check_type(argname="argument scheduling_gates", value=scheduling_gates, expected_type=type_hints["scheduling_gates"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument service_account", value=service_account, expected_type=type_hints["service_account"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument set_hostname_as_fqdn", value=set_hostname_as_fqdn, expected_type=type_hints["set_hostname_as_fqdn"])
            check_type(argname="argument share_process_namespace", value=share_process_namespace, expected_type=type_hints["share_process_namespace"])
            check_type(argname="argument subdomain", value=subdomain, expected_type=type_hints["subdomain"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
            check_type(argname="argument topology_spread_constraints", value=topology_spread_constraints, expected_type=type_hints["topology_spread_constraints"])
            check_type(argname="argument volumes", value=volumes, expected_type=type_hints["volumes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "containers": containers,
        }
        if active_deadline_seconds is not None:
            self._values["active_deadline_seconds"] = active_deadline_seconds
        if affinity is not None:
            self._values["affinity"] = affinity
        if automount_service_account_token is not None:
            self._values["automount_service_account_token"] = automount_service_account_token
        if dns_config is not None:
            self._values["dns_config"] = dns_config
        if dns_policy is not None:
            self._values["dns_policy"] = dns_policy
        if enable_service_links is not None:
            self._values["enable_service_links"] = enable_service_links
        if ephemeral_containers is not None:
            self._values["ephemeral_containers"] = ephemeral_containers
        if host_aliases is not None:
            self._values["host_aliases"] = host_aliases
        if host_ipc is not None:
            self._values["host_ipc"] = host_ipc
        if hostname is not None:
            self._values["hostname"] = hostname
        if host_network is not None:
            self._values["host_network"] = host_network
        if host_pid is not None:
            self._values["host_pid"] = host_pid
        if host_users is not None:
            self._values["host_users"] = host_users
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if init_containers is not None:
            self._values["init_containers"] = init_containers
        if node_name is not None:
            self._values["node_name"] = node_name
        if node_selector is not None:
            self._values["node_selector"] = node_selector
        if os is not None:
            self._values["os"] = os
        if overhead is not None:
            self._values["overhead"] = overhead
        if preemption_policy is not None:
            self._values["preemption_policy"] = preemption_policy
        if priority is not None:
            self._values["priority"] = priority
        if priority_class_name is not None:
            self._values["priority_class_name"] = priority_class_name
        if readiness_gates is not None:
            self._values["readiness_gates"] = readiness_gates
        if resource_claims is not None:
            self._values["resource_claims"] = resource_claims
        if resources is not None:
            self._values["resources"] = resources
        if restart_policy is not None:
            self._values["restart_policy"] = restart_policy
        if runtime_class_name is not None:
            self._values["runtime_class_name"] = runtime_class_name
        if scheduler_name is not None:
            self._values["scheduler_name"] = scheduler_name
        if scheduling_gates is not None:
            self._values["scheduling_gates"] = scheduling_gates
        if security_context is not None:
            self._values["security_context"] = security_context
        if service_account is not None:
            self._values["service_account"] = service_account
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if set_hostname_as_fqdn is not None:
            self._values["set_hostname_as_fqdn"] = set_hostname_as_fqdn
        if share_process_namespace is not None:
            self._values["share_process_namespace"] = share_process_namespace
        if subdomain is not None:
            self._values["subdomain"] = subdomain
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if tolerations is not None:
            self._values["tolerations"] = tolerations
        if topology_spread_constraints is not None:
            self._values["topology_spread_constraints"] = topology_spread_constraints
        if volumes is not None:
            self._values["volumes"] = volumes

    @builtins.property
    def containers(
        self,
    ) -> typing.List["TfJobSpecTfReplicaSpecsTemplateSpecContainers"]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#containers
        '''
        result = self._values.get("containers")
        assert result is not None, "Required property 'containers' is missing"
        return typing.cast(typing.List["TfJobSpecTfReplicaSpecsTemplateSpecContainers"], result)

    @builtins.property
    def active_deadline_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#activeDeadlineSeconds
        '''
        result = self._values.get("active_deadline_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def affinity(self) -> typing.Any:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#affinity
        '''
        result = self._values.get("affinity")
        return typing.cast(typing.Any, result)

    @builtins.property
    def automount_service_account_token(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#automountServiceAccountToken
        '''
        result = self._values.get("automount_service_account_token")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def dns_config(self) -> typing.Any:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#dnsConfig
        '''
        result = self._values.get("dns_config")
        return typing.cast(typing.Any, result)

    @builtins.property
    def dns_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#dnsPolicy
        '''
        result = self._values.get("dns_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enable_service_links(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#enableServiceLinks
        '''
        result = self._values.get("enable_service_links")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ephemeral_containers(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#ephemeralContainers
        '''
        result = self._values.get("ephemeral_containers")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def host_aliases(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#hostAliases
        '''
        result = self._values.get("host_aliases")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def host_ipc(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#hostIPC
        '''
        result = self._values.get("host_ipc")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def host_pid(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#hostPID
        '''
        result = self._values.get("host_pid")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def host_users(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#hostUsers
        '''
        result = self._values.get("host_users")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image_pull_secrets(
        self,
    ) -> typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecImagePullSecrets"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecImagePullSecrets"]], result)

    @builtins.property
    def init_containers(
        self,
    ) -> typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecInitContainers"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#initContainers
        '''
        result = self._values.get("init_containers")
        return typing.cast(typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecInitContainers"]], result)

    @builtins.property
    def node_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#nodeName
        '''
        result = self._values.get("node_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_selector(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#nodeSelector
        '''
        result = self._values.get("node_selector")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def os(self) -> typing.Any:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#os
        '''
        result = self._values.get("os")
        return typing.cast(typing.Any, result)

    @builtins.property
    def overhead(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecOverhead"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#overhead
        '''
        result = self._values.get("overhead")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecOverhead"]], result)

    @builtins.property
    def preemption_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#preemptionPolicy
        '''
        result = self._values.get("preemption_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def priority_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#priorityClassName
        '''
        result = self._values.get("priority_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def readiness_gates(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#readinessGates
        '''
        result = self._values.get("readiness_gates")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def resource_claims(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#resourceClaims
        '''
        result = self._values.get("resource_claims")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecResources"]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecResources"], result)

    @builtins.property
    def restart_policy(
        self,
    ) -> typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecRestartPolicy"]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#restartPolicy
        '''
        result = self._values.get("restart_policy")
        return typing.cast(typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecRestartPolicy"], result)

    @builtins.property
    def runtime_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#runtimeClassName
        '''
        result = self._values.get("runtime_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheduler_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#schedulerName
        '''
        result = self._values.get("scheduler_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheduling_gates(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#schedulingGates
        '''
        result = self._values.get("scheduling_gates")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    @builtins.property
    def service_account(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#serviceAccount
        '''
        result = self._values.get("service_account")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def set_hostname_as_fqdn(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#setHostnameAsFQDN
        '''
        result = self._values.get("set_hostname_as_fqdn")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def share_process_namespace(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#shareProcessNamespace
        '''
        result = self._values.get("share_process_namespace")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def subdomain(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#subdomain
        '''
        result = self._values.get("subdomain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tolerations(
        self,
    ) -> typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecTolerations"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecTolerations"]], result)

    @builtins.property
    def topology_spread_constraints(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#topologySpreadConstraints
        '''
        result = self._values.get("topology_spread_constraints")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def volumes(
        self,
    ) -> typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecVolumes"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpec#volumes
        '''
        result = self._values.get("volumes")
        return typing.cast(typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecContainers",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "args": "args",
        "command": "command",
        "env": "env",
        "env_from": "envFrom",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "lifecycle": "lifecycle",
        "liveness_probe": "livenessProbe",
        "ports": "ports",
        "readiness_probe": "readinessProbe",
        "resize_policy": "resizePolicy",
        "resources": "resources",
        "restart_policy": "restartPolicy",
        "security_context": "securityContext",
        "startup_probe": "startupProbe",
        "stdin": "stdin",
        "stdin_once": "stdinOnce",
        "termination_message_path": "terminationMessagePath",
        "termination_message_policy": "terminationMessagePolicy",
        "tty": "tty",
        "volume_devices": "volumeDevices",
        "volume_mounts": "volumeMounts",
        "working_dir": "workingDir",
    },
)
class TfJobSpecTfReplicaSpecsTemplateSpecContainers:
    def __init__(
        self,
        *,
        name: builtins.str,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecContainersEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecContainersImagePullPolicy"] = None,
        lifecycle: typing.Any = None,
        liveness_probe: typing.Any = None,
        ports: typing.Optional[typing.Sequence[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecContainersPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
        readiness_probe: typing.Any = None,
        resize_policy: typing.Optional[typing.Sequence[typing.Any]] = None,
        resources: typing.Optional[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecContainersResources", typing.Dict[builtins.str, typing.Any]]] = None,
        restart_policy: typing.Optional[builtins.str] = None,
        security_context: typing.Any = None,
        startup_probe: typing.Any = None,
        stdin: typing.Optional[builtins.bool] = None,
        stdin_once: typing.Optional[builtins.bool] = None,
        termination_message_path: typing.Optional[builtins.str] = None,
        termination_message_policy: typing.Optional[builtins.str] = None,
        tty: typing.Optional[builtins.bool] = None,
        volume_devices: typing.Optional[typing.Sequence[typing.Any]] = None,
        volume_mounts: typing.Optional[typing.Sequence[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecContainersVolumeMounts", typing.Dict[builtins.str, typing.Any]]]] = None,
        working_dir: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param args: 
        :param command: 
        :param env: 
        :param env_from: 
        :param image: 
        :param image_pull_policy: 
        :param lifecycle: 
        :param liveness_probe: 
        :param ports: 
        :param readiness_probe: 
        :param resize_policy: 
        :param resources: 
        :param restart_policy: 
        :param security_context: 
        :param startup_probe: 
        :param stdin: 
        :param stdin_once: 
        :param termination_message_path: 
        :param termination_message_policy: 
        :param tty: 
        :param volume_devices: 
        :param volume_mounts: 
        :param working_dir: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers
        '''
        if isinstance(resources, dict):
            resources = TfJobSpecTfReplicaSpecsTemplateSpecContainersResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bbc6b4a8f2ecd56335b5732ec4b9491dff32cf36c522cdf6c2037992226ee1c3)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument env_from", value=env_from, expected_type=type_hints["env_from"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument liveness_probe", value=liveness_probe, expected_type=type_hints["liveness_probe"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument readiness_probe", value=readiness_probe, expected_type=type_hints["readiness_probe"])
            check_type(argname="argument resize_policy", value=resize_policy, expected_type=type_hints["resize_policy"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument restart_policy", value=restart_policy, expected_type=type_hints["restart_policy"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument startup_probe", value=startup_probe, expected_type=type_hints["startup_probe"])
            check_type(argname="argument stdin", value=stdin, expected_type=type_hints["stdin"])
            check_type(argname="argument stdin_once", value=stdin_once, expected_type=type_hints["stdin_once"])
            check_type(argname="argument termination_message_path", value=termination_message_path, expected_type=type_hints["termination_message_path"])
            check_type(argname="argument termination_message_policy", value=termination_message_policy, expected_type=type_hints["termination_message_policy"])
            check_type(argname="argument tty", value=tty, expected_type=type_hints["tty"])
            check_type(argname="argument volume_devices", value=volume_devices, expected_type=type_hints["volume_devices"])
            check_type(argname="argument volume_mounts", value=volume_mounts, expected_type=type_hints["volume_mounts"])
            check_type(argname="argument working_dir", value=working_dir, expected_type=type_hints["working_dir"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if args is not None:
            self._values["args"] = args
        if command is not None:
            self._values["command"] = command
        if env is not None:
            self._values["env"] = env
        if env_from is not None:
            self._values["env_from"] = env_from
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if liveness_probe is not None:
            self._values["liveness_probe"] = liveness_probe
        if ports is not None:
            self._values["ports"] = ports
        if readiness_probe is not None:
            self._values["readiness_probe"] = readiness_probe
        if resize_policy is not None:
            self._values["resize_policy"] = resize_policy
        if resources is not None:
            self._values["resources"] = resources
        if restart_policy is not None:
            self._values["restart_policy"] = restart_policy
        if security_context is not None:
            self._values["security_context"] = security_context
        if startup_probe is not None:
            self._values["startup_probe"] = startup_probe
        if stdin is not None:
            self._values["stdin"] = stdin
        if stdin_once is not None:
            self._values["stdin_once"] = stdin_once
        if termination_message_path is not None:
            self._values["termination_message_path"] = termination_message_path
        if termination_message_policy is not None:
            self._values["termination_message_policy"] = termination_message_policy
        if tty is not None:
            self._values["tty"] = tty
        if volume_devices is not None:
            self._values["volume_devices"] = volume_devices
        if volume_mounts is not None:
            self._values["volume_mounts"] = volume_mounts
        if working_dir is not None:
            self._values["working_dir"] = working_dir

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecContainersEnv"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecContainersEnv"]], result)

    @builtins.property
    def env_from(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#envFrom
        '''
        result = self._values.get("env_from")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(
        self,
    ) -> typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecContainersImagePullPolicy"]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecContainersImagePullPolicy"], result)

    @builtins.property
    def lifecycle(self) -> typing.Any:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#lifecycle
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Any, result)

    @builtins.property
    def liveness_probe(self) -> typing.Any:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#livenessProbe
        '''
        result = self._values.get("liveness_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def ports(
        self,
    ) -> typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecContainersPorts"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecContainersPorts"]], result)

    @builtins.property
    def readiness_probe(self) -> typing.Any:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#readinessProbe
        '''
        result = self._values.get("readiness_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def resize_policy(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#resizePolicy
        '''
        result = self._values.get("resize_policy")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecContainersResources"]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecContainersResources"], result)

    @builtins.property
    def restart_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#restartPolicy
        '''
        result = self._values.get("restart_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    @builtins.property
    def startup_probe(self) -> typing.Any:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#startupProbe
        '''
        result = self._values.get("startup_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def stdin(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#stdin
        '''
        result = self._values.get("stdin")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def stdin_once(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#stdinOnce
        '''
        result = self._values.get("stdin_once")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def termination_message_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#terminationMessagePath
        '''
        result = self._values.get("termination_message_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def termination_message_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#terminationMessagePolicy
        '''
        result = self._values.get("termination_message_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tty(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#tty
        '''
        result = self._values.get("tty")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_devices(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#volumeDevices
        '''
        result = self._values.get("volume_devices")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def volume_mounts(
        self,
    ) -> typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecContainersVolumeMounts"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#volumeMounts
        '''
        result = self._values.get("volume_mounts")
        return typing.cast(typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecContainersVolumeMounts"]], result)

    @builtins.property
    def working_dir(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainers#workingDir
        '''
        result = self._values.get("working_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecContainers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecContainersEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class TfJobSpecTfReplicaSpecsTemplateSpecContainersEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Any = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e62cfec1a7a2746b8d42f47412dd16bb4efc40b033604387cb6ee306ef6dc9df)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Any:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecContainersEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecContainersImagePullPolicy"
)
class TfJobSpecTfReplicaSpecsTemplateSpecContainersImagePullPolicy(enum.Enum):
    '''
    :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersImagePullPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    IF_NOT_PRESENT = "IF_NOT_PRESENT"
    '''IfNotPresent.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecContainersPorts",
    jsii_struct_bases=[],
    name_mapping={
        "container_port": "containerPort",
        "host_ip": "hostIp",
        "host_port": "hostPort",
        "name": "name",
        "protocol": "protocol",
    },
)
class TfJobSpecTfReplicaSpecsTemplateSpecContainersPorts:
    def __init__(
        self,
        *,
        container_port: jsii.Number,
        host_ip: typing.Optional[builtins.str] = None,
        host_port: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param container_port: 
        :param host_ip: 
        :param host_port: 
        :param name: 
        :param protocol: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__120e5226464ff32abaf90ae06dfd678fa6dc2b05f1fe84554742340fec2c6433)
            check_type(argname="argument container_port", value=container_port, expected_type=type_hints["container_port"])
            check_type(argname="argument host_ip", value=host_ip, expected_type=type_hints["host_ip"])
            check_type(argname="argument host_port", value=host_port, expected_type=type_hints["host_port"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "container_port": container_port,
        }
        if host_ip is not None:
            self._values["host_ip"] = host_ip
        if host_port is not None:
            self._values["host_port"] = host_port
        if name is not None:
            self._values["name"] = name
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def container_port(self) -> jsii.Number:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersPorts#containerPort
        '''
        result = self._values.get("container_port")
        assert result is not None, "Required property 'container_port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def host_ip(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersPorts#hostIP
        '''
        result = self._values.get("host_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersPorts#hostPort
        '''
        result = self._values.get("host_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersPorts#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecContainersPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecContainersResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class TfJobSpecTfReplicaSpecsTemplateSpecContainersResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Any]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7e8c81a50b94e27fe7cd90faaa259d17094f79b6af41aaa7c998def40b14bf43)
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claims is not None:
            self._values["claims"] = claims
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def claims(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesLimits"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesRequests"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecContainersResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesLimits",
):
    '''
    :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__403dbb259b4cfd96a1ae61524749546eef887f5602e1b9ac638368d103770e99)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__68f55b8a455cbbb89f7bf912a691214ea3abcb2bd1e455a122504b92fa3bfdaa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesRequests",
):
    '''
    :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0df45709c9be22ec769a7bcc1e89ea7cda0c5239043268f219eb9de51e93f0f8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b1905e1553ba545336ffb1e2656020657e745573690d9cf3ac97215c1605e926)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecContainersVolumeMounts",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "name": "name",
        "mount_propagation": "mountPropagation",
        "read_only": "readOnly",
        "recursive_read_only": "recursiveReadOnly",
        "sub_path": "subPath",
        "sub_path_expr": "subPathExpr",
    },
)
class TfJobSpecTfReplicaSpecsTemplateSpecContainersVolumeMounts:
    def __init__(
        self,
        *,
        mount_path: builtins.str,
        name: builtins.str,
        mount_propagation: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        recursive_read_only: typing.Optional[builtins.str] = None,
        sub_path: typing.Optional[builtins.str] = None,
        sub_path_expr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param mount_path: 
        :param name: 
        :param mount_propagation: 
        :param read_only: 
        :param recursive_read_only: 
        :param sub_path: 
        :param sub_path_expr: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersVolumeMounts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e597d007c057982852bd3a9321952a7b369d0a53ac15232053411aef9e282232)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument mount_propagation", value=mount_propagation, expected_type=type_hints["mount_propagation"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument recursive_read_only", value=recursive_read_only, expected_type=type_hints["recursive_read_only"])
            check_type(argname="argument sub_path", value=sub_path, expected_type=type_hints["sub_path"])
            check_type(argname="argument sub_path_expr", value=sub_path_expr, expected_type=type_hints["sub_path_expr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mount_path": mount_path,
            "name": name,
        }
        if mount_propagation is not None:
            self._values["mount_propagation"] = mount_propagation
        if read_only is not None:
            self._values["read_only"] = read_only
        if recursive_read_only is not None:
            self._values["recursive_read_only"] = recursive_read_only
        if sub_path is not None:
            self._values["sub_path"] = sub_path
        if sub_path_expr is not None:
            self._values["sub_path_expr"] = sub_path_expr

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersVolumeMounts#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersVolumeMounts#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_propagation(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersVolumeMounts#mountPropagation
        '''
        result = self._values.get("mount_propagation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersVolumeMounts#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def recursive_read_only(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersVolumeMounts#recursiveReadOnly
        '''
        result = self._values.get("recursive_read_only")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersVolumeMounts#subPath
        '''
        result = self._values.get("sub_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path_expr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecContainersVolumeMounts#subPathExpr
        '''
        result = self._values.get("sub_path_expr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecContainersVolumeMounts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecImagePullSecrets",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class TfJobSpecTfReplicaSpecsTemplateSpecImagePullSecrets:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecImagePullSecrets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bd7187aee871ffbb0121fa6c9048e350be6b74e306f4bdab09780dac34c6e019)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecImagePullSecrets#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecImagePullSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecInitContainers",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "args": "args",
        "command": "command",
        "env": "env",
        "env_from": "envFrom",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "lifecycle": "lifecycle",
        "liveness_probe": "livenessProbe",
        "ports": "ports",
        "readiness_probe": "readinessProbe",
        "resize_policy": "resizePolicy",
        "resources": "resources",
        "restart_policy": "restartPolicy",
        "security_context": "securityContext",
        "startup_probe": "startupProbe",
        "stdin": "stdin",
        "stdin_once": "stdinOnce",
        "termination_message_path": "terminationMessagePath",
        "termination_message_policy": "terminationMessagePolicy",
        "tty": "tty",
        "volume_devices": "volumeDevices",
        "volume_mounts": "volumeMounts",
        "working_dir": "workingDir",
    },
)
class TfJobSpecTfReplicaSpecsTemplateSpecInitContainers:
    def __init__(
        self,
        *,
        name: builtins.str,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecInitContainersEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecInitContainersImagePullPolicy"] = None,
        lifecycle: typing.Any = None,
        liveness_probe: typing.Any = None,
        ports: typing.Optional[typing.Sequence[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecInitContainersPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
        readiness_probe: typing.Any = None,
        resize_policy: typing.Optional[typing.Sequence[typing.Any]] = None,
        resources: typing.Optional[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResources", typing.Dict[builtins.str, typing.Any]]] = None,
        restart_policy: typing.Optional[builtins.str] = None,
        security_context: typing.Any = None,
        startup_probe: typing.Any = None,
        stdin: typing.Optional[builtins.bool] = None,
        stdin_once: typing.Optional[builtins.bool] = None,
        termination_message_path: typing.Optional[builtins.str] = None,
        termination_message_policy: typing.Optional[builtins.str] = None,
        tty: typing.Optional[builtins.bool] = None,
        volume_devices: typing.Optional[typing.Sequence[typing.Any]] = None,
        volume_mounts: typing.Optional[typing.Sequence[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecInitContainersVolumeMounts", typing.Dict[builtins.str, typing.Any]]]] = None,
        working_dir: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param args: 
        :param command: 
        :param env: 
        :param env_from: 
        :param image: 
        :param image_pull_policy: 
        :param lifecycle: 
        :param liveness_probe: 
        :param ports: 
        :param readiness_probe: 
        :param resize_policy: 
        :param resources: 
        :param restart_policy: 
        :param security_context: 
        :param startup_probe: 
        :param stdin: 
        :param stdin_once: 
        :param termination_message_path: 
        :param termination_message_policy: 
        :param tty: 
        :param volume_devices: 
        :param volume_mounts: 
        :param working_dir: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers
        '''
        if isinstance(resources, dict):
            resources = TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5cc5d82dd2a5c0613682e60a64852f168b03059c79693ba76f4cf4e299053f8f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument env_from", value=env_from, expected_type=type_hints["env_from"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument liveness_probe", value=liveness_probe, expected_type=type_hints["liveness_probe"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument readiness_probe", value=readiness_probe, expected_type=type_hints["readiness_probe"])
            check_type(argname="argument resize_policy", value=resize_policy, expected_type=type_hints["resize_policy"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument restart_policy", value=restart_policy, expected_type=type_hints["restart_policy"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument startup_probe", value=startup_probe, expected_type=type_hints["startup_probe"])
            check_type(argname="argument stdin", value=stdin, expected_type=type_hints["stdin"])
            check_type(argname="argument stdin_once", value=stdin_once, expected_type=type_hints["stdin_once"])
            check_type(argname="argument termination_message_path", value=termination_message_path, expected_type=type_hints["termination_message_path"])
            check_type(argname="argument termination_message_policy", value=termination_message_policy, expected_type=type_hints["termination_message_policy"])
            check_type(argname="argument tty", value=tty, expected_type=type_hints["tty"])
            check_type(argname="argument volume_devices", value=volume_devices, expected_type=type_hints["volume_devices"])
            check_type(argname="argument volume_mounts", value=volume_mounts, expected_type=type_hints["volume_mounts"])
            check_type(argname="argument working_dir", value=working_dir, expected_type=type_hints["working_dir"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if args is not None:
            self._values["args"] = args
        if command is not None:
            self._values["command"] = command
        if env is not None:
            self._values["env"] = env
        if env_from is not None:
            self._values["env_from"] = env_from
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if liveness_probe is not None:
            self._values["liveness_probe"] = liveness_probe
        if ports is not None:
            self._values["ports"] = ports
        if readiness_probe is not None:
            self._values["readiness_probe"] = readiness_probe
        if resize_policy is not None:
            self._values["resize_policy"] = resize_policy
        if resources is not None:
            self._values["resources"] = resources
        if restart_policy is not None:
            self._values["restart_policy"] = restart_policy
        if security_context is not None:
            self._values["security_context"] = security_context
        if startup_probe is not None:
            self._values["startup_probe"] = startup_probe
        if stdin is not None:
            self._values["stdin"] = stdin
        if stdin_once is not None:
            self._values["stdin_once"] = stdin_once
        if termination_message_path is not None:
            self._values["termination_message_path"] = termination_message_path
        if termination_message_policy is not None:
            self._values["termination_message_policy"] = termination_message_policy
        if tty is not None:
            self._values["tty"] = tty
        if volume_devices is not None:
            self._values["volume_devices"] = volume_devices
        if volume_mounts is not None:
            self._values["volume_mounts"] = volume_mounts
        if working_dir is not None:
            self._values["working_dir"] = working_dir

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecInitContainersEnv"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecInitContainersEnv"]], result)

    @builtins.property
    def env_from(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#envFrom
        '''
        result = self._values.get("env_from")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(
        self,
    ) -> typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecInitContainersImagePullPolicy"]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecInitContainersImagePullPolicy"], result)

    @builtins.property
    def lifecycle(self) -> typing.Any:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#lifecycle
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Any, result)

    @builtins.property
    def liveness_probe(self) -> typing.Any:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#livenessProbe
        '''
        result = self._values.get("liveness_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def ports(
        self,
    ) -> typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecInitContainersPorts"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecInitContainersPorts"]], result)

    @builtins.property
    def readiness_probe(self) -> typing.Any:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#readinessProbe
        '''
        result = self._values.get("readiness_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def resize_policy(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#resizePolicy
        '''
        result = self._values.get("resize_policy")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResources"]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResources"], result)

    @builtins.property
    def restart_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#restartPolicy
        '''
        result = self._values.get("restart_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    @builtins.property
    def startup_probe(self) -> typing.Any:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#startupProbe
        '''
        result = self._values.get("startup_probe")
        return typing.cast(typing.Any, result)

    @builtins.property
    def stdin(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#stdin
        '''
        result = self._values.get("stdin")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def stdin_once(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#stdinOnce
        '''
        result = self._values.get("stdin_once")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def termination_message_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#terminationMessagePath
        '''
        result = self._values.get("termination_message_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def termination_message_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#terminationMessagePolicy
        '''
        result = self._values.get("termination_message_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tty(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#tty
        '''
        result = self._values.get("tty")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_devices(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#volumeDevices
        '''
        result = self._values.get("volume_devices")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def volume_mounts(
        self,
    ) -> typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecInitContainersVolumeMounts"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#volumeMounts
        '''
        result = self._values.get("volume_mounts")
        return typing.cast(typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecInitContainersVolumeMounts"]], result)

    @builtins.property
    def working_dir(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainers#workingDir
        '''
        result = self._values.get("working_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecInitContainers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecInitContainersEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class TfJobSpecTfReplicaSpecsTemplateSpecInitContainersEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Any = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba4172bdd22fee240a6ebc63746baadfbd52a985bb51cf1e9f6136ce9fc98062)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Any:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecInitContainersImagePullPolicy"
)
class TfJobSpecTfReplicaSpecsTemplateSpecInitContainersImagePullPolicy(enum.Enum):
    '''
    :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersImagePullPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    IF_NOT_PRESENT = "IF_NOT_PRESENT"
    '''IfNotPresent.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecInitContainersPorts",
    jsii_struct_bases=[],
    name_mapping={
        "container_port": "containerPort",
        "host_ip": "hostIp",
        "host_port": "hostPort",
        "name": "name",
        "protocol": "protocol",
    },
)
class TfJobSpecTfReplicaSpecsTemplateSpecInitContainersPorts:
    def __init__(
        self,
        *,
        container_port: jsii.Number,
        host_ip: typing.Optional[builtins.str] = None,
        host_port: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param container_port: 
        :param host_ip: 
        :param host_port: 
        :param name: 
        :param protocol: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dc68122fa0114bc065128a3a82abc32f691267e42b767d1f745f9e7fda63c49f)
            check_type(argname="argument container_port", value=container_port, expected_type=type_hints["container_port"])
            check_type(argname="argument host_ip", value=host_ip, expected_type=type_hints["host_ip"])
            check_type(argname="argument host_port", value=host_port, expected_type=type_hints["host_port"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "container_port": container_port,
        }
        if host_ip is not None:
            self._values["host_ip"] = host_ip
        if host_port is not None:
            self._values["host_port"] = host_port
        if name is not None:
            self._values["name"] = name
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def container_port(self) -> jsii.Number:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersPorts#containerPort
        '''
        result = self._values.get("container_port")
        assert result is not None, "Required property 'container_port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def host_ip(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersPorts#hostIP
        '''
        result = self._values.get("host_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersPorts#hostPort
        '''
        result = self._values.get("host_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersPorts#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Any]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bc2778ebe0a738a4c61046cb7a55d555c2396baa885259f9c5858fb48cec7f0b)
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claims is not None:
            self._values["claims"] = claims
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def claims(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesLimits"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesRequests"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesLimits",
):
    '''
    :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d21db65f705c578ebc2f7ebf6f1cf39c986e19b27bb4afdff7e086e33c4b5704)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e400c374675697770141005227c241e13acad178ed72966365ddd2f12ab41a1c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesRequests",
):
    '''
    :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea331880a9793d6b93a205f7e018e03d9daf4204360243923b53d7517e8d4525)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5beacfcab9cf34599ef7d874bb144a0df4d899de56e021926dd43d508f9cf5fe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecInitContainersVolumeMounts",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "name": "name",
        "mount_propagation": "mountPropagation",
        "read_only": "readOnly",
        "recursive_read_only": "recursiveReadOnly",
        "sub_path": "subPath",
        "sub_path_expr": "subPathExpr",
    },
)
class TfJobSpecTfReplicaSpecsTemplateSpecInitContainersVolumeMounts:
    def __init__(
        self,
        *,
        mount_path: builtins.str,
        name: builtins.str,
        mount_propagation: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        recursive_read_only: typing.Optional[builtins.str] = None,
        sub_path: typing.Optional[builtins.str] = None,
        sub_path_expr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param mount_path: 
        :param name: 
        :param mount_propagation: 
        :param read_only: 
        :param recursive_read_only: 
        :param sub_path: 
        :param sub_path_expr: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersVolumeMounts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ec4dfcdb37497ca6c3b86ee2bc4132302ee594de08ec2c41741b6ff507106d59)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument mount_propagation", value=mount_propagation, expected_type=type_hints["mount_propagation"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument recursive_read_only", value=recursive_read_only, expected_type=type_hints["recursive_read_only"])
            check_type(argname="argument sub_path", value=sub_path, expected_type=type_hints["sub_path"])
            check_type(argname="argument sub_path_expr", value=sub_path_expr, expected_type=type_hints["sub_path_expr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mount_path": mount_path,
            "name": name,
        }
        if mount_propagation is not None:
            self._values["mount_propagation"] = mount_propagation
        if read_only is not None:
            self._values["read_only"] = read_only
        if recursive_read_only is not None:
            self._values["recursive_read_only"] = recursive_read_only
        if sub_path is not None:
            self._values["sub_path"] = sub_path
        if sub_path_expr is not None:
            self._values["sub_path_expr"] = sub_path_expr

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersVolumeMounts#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersVolumeMounts#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_propagation(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersVolumeMounts#mountPropagation
        '''
        result = self._values.get("mount_propagation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersVolumeMounts#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def recursive_read_only(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersVolumeMounts#recursiveReadOnly
        '''
        result = self._values.get("recursive_read_only")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersVolumeMounts#subPath
        '''
        result = self._values.get("sub_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path_expr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecInitContainersVolumeMounts#subPathExpr
        '''
        result = self._values.get("sub_path_expr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersVolumeMounts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TfJobSpecTfReplicaSpecsTemplateSpecOverhead(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecOverhead",
):
    '''
    :schema: TfJobSpecTfReplicaSpecsTemplateSpecOverhead
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TfJobSpecTfReplicaSpecsTemplateSpecOverhead":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0153e555d494d627bec0cf426ad5247e5adf74fbd9c4a064c0c088e3b2a917d2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecTfReplicaSpecsTemplateSpecOverhead", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TfJobSpecTfReplicaSpecsTemplateSpecOverhead":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ad8481bb9542462547792a3237f24f77c25dfe49a69fefa88c6d1188f50380c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecTfReplicaSpecsTemplateSpecOverhead", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class TfJobSpecTfReplicaSpecsTemplateSpecResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Any]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecResourcesRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__461c9b7c2e8b1a65a610a572df18d05fe90521612a8ac295490aa9c3e1071be2)
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claims is not None:
            self._values["claims"] = claims
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def claims(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecResourcesLimits"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecResourcesRequests"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "TfJobSpecTfReplicaSpecsTemplateSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TfJobSpecTfReplicaSpecsTemplateSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecResourcesLimits",
):
    '''
    :schema: TfJobSpecTfReplicaSpecsTemplateSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TfJobSpecTfReplicaSpecsTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f0b2fe06212fb1951510901083e51e3917a12c49f62a527c527dac843d090de0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecTfReplicaSpecsTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TfJobSpecTfReplicaSpecsTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__807b02c7fb5460c9f7b748e2821ad7603771aa4c88fdaec4801c143c700dda28)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecTfReplicaSpecsTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TfJobSpecTfReplicaSpecsTemplateSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecResourcesRequests",
):
    '''
    :schema: TfJobSpecTfReplicaSpecsTemplateSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TfJobSpecTfReplicaSpecsTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f927714cb403e08e92040a9e400d7b97b94ccafe97dc79ff70c4e9d9b8a8fef2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecTfReplicaSpecsTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TfJobSpecTfReplicaSpecsTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e538aaab107bc350cd4002cd8495a0572e53278d28238f8fa32600d608f91ce8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecTfReplicaSpecsTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecRestartPolicy"
)
class TfJobSpecTfReplicaSpecsTemplateSpecRestartPolicy(enum.Enum):
    '''
    :schema: TfJobSpecTfReplicaSpecsTemplateSpecRestartPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    ON_FAILURE = "ON_FAILURE"
    '''OnFailure.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class TfJobSpecTfReplicaSpecsTemplateSpecTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecTolerationsEffect"] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecTolerationsOperator"] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param effect: 
        :param key: 
        :param operator: 
        :param toleration_seconds: 
        :param value: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2277271a0e6548f8a486ebd74f521fdd7f54ff59811d106f5bd1b5a436d6f1b7)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toleration_seconds", value=toleration_seconds, expected_type=type_hints["toleration_seconds"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if effect is not None:
            self._values["effect"] = effect
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if toleration_seconds is not None:
            self._values["toleration_seconds"] = toleration_seconds
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(
        self,
    ) -> typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecTolerationsEffect"]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecTolerationsEffect"], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(
        self,
    ) -> typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecTolerationsOperator"]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecTolerationsOperator"], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecTolerationsEffect"
)
class TfJobSpecTfReplicaSpecsTemplateSpecTolerationsEffect(enum.Enum):
    '''
    :schema: TfJobSpecTfReplicaSpecsTemplateSpecTolerationsEffect
    '''

    NO_SCHEDULE = "NO_SCHEDULE"
    '''NoSchedule.'''
    PREFER_NO_SCHEDULE = "PREFER_NO_SCHEDULE"
    '''PreferNoSchedule.'''
    NO_EXECUTE = "NO_EXECUTE"
    '''NoExecute.'''


@jsii.enum(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecTolerationsOperator"
)
class TfJobSpecTfReplicaSpecsTemplateSpecTolerationsOperator(enum.Enum):
    '''
    :schema: TfJobSpecTfReplicaSpecsTemplateSpecTolerationsOperator
    '''

    EXISTS = "EXISTS"
    '''Exists.'''
    EQUAL = "EQUAL"
    '''Equal.'''


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "config_map": "configMap",
        "empty_dir": "emptyDir",
        "persistent_volume_claim": "persistentVolumeClaim",
        "secret": "secret",
    },
)
class TfJobSpecTfReplicaSpecsTemplateSpecVolumes:
    def __init__(
        self,
        *,
        name: builtins.str,
        config_map: typing.Optional[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        empty_dir: typing.Optional[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDir", typing.Dict[builtins.str, typing.Any]]] = None,
        persistent_volume_claim: typing.Optional[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim", typing.Dict[builtins.str, typing.Any]]] = None,
        secret: typing.Optional[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param config_map: 
        :param empty_dir: 
        :param persistent_volume_claim: 
        :param secret: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumes
        '''
        if isinstance(config_map, dict):
            config_map = TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMap(**config_map)
        if isinstance(empty_dir, dict):
            empty_dir = TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDir(**empty_dir)
        if isinstance(persistent_volume_claim, dict):
            persistent_volume_claim = TfJobSpecTfReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim(**persistent_volume_claim)
        if isinstance(secret, dict):
            secret = TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2107411620f3802b2a863e9168745ba5405b68cc62dbcab2a3bab644b2dc3abb)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument empty_dir", value=empty_dir, expected_type=type_hints["empty_dir"])
            check_type(argname="argument persistent_volume_claim", value=persistent_volume_claim, expected_type=type_hints["persistent_volume_claim"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if config_map is not None:
            self._values["config_map"] = config_map
        if empty_dir is not None:
            self._values["empty_dir"] = empty_dir
        if persistent_volume_claim is not None:
            self._values["persistent_volume_claim"] = persistent_volume_claim
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMap"]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumes#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMap"], result)

    @builtins.property
    def empty_dir(
        self,
    ) -> typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDir"]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumes#emptyDir
        '''
        result = self._values.get("empty_dir")
        return typing.cast(typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDir"], result)

    @builtins.property
    def persistent_volume_claim(
        self,
    ) -> typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim"]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumes#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim"], result)

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecret"]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumes#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMap",
    jsii_struct_bases=[],
    name_mapping={
        "default_mode": "defaultMode",
        "items": "items",
        "name": "name",
        "optional": "optional",
    },
)
class TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMap:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMapItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param default_mode: 
        :param items: 
        :param name: 
        :param optional: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b3392579f9a92617c9ade18abe25f19188acde4a6c6f1fbf9cc5d9fb0fa246e4)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMap#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMapItems"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMap#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMapItems"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMap#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMap#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMapItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "path": "path", "mode": "mode"},
)
class TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMapItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        mode: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param mode: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMapItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a50ebc4df7ac11ad76fe647ab749589b9a1cfad56fd36faad3073b7011f86751)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMapItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMapItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMapItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMapItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDir",
    jsii_struct_bases=[],
    name_mapping={"medium": "medium", "size_limit": "sizeLimit"},
)
class TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDir:
    def __init__(
        self,
        *,
        medium: typing.Optional[builtins.str] = None,
        size_limit: typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit"] = None,
    ) -> None:
        '''
        :param medium: 
        :param size_limit: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDir
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__361f5f10bf7fea669504faff410e8a5ecdb2ab62deb22b68aad296563ea2fb9f)
            check_type(argname="argument medium", value=medium, expected_type=type_hints["medium"])
            check_type(argname="argument size_limit", value=size_limit, expected_type=type_hints["size_limit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if medium is not None:
            self._values["medium"] = medium
        if size_limit is not None:
            self._values["size_limit"] = size_limit

    @builtins.property
    def medium(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDir#medium
        '''
        result = self._values.get("medium")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def size_limit(
        self,
    ) -> typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit"]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDir#sizeLimit
        '''
        result = self._values.get("size_limit")
        return typing.cast(typing.Optional["TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDir(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit",
):
    '''
    :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0d8ff7bd2c6431a981f40e694312d96444f84609b95667a3a2392a66328c56b6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__74d440354700461ec577e3fdecb29595a9ca5c0053d4387aabb0b9e584856e65)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim",
    jsii_struct_bases=[],
    name_mapping={"claim_name": "claimName", "read_only": "readOnly"},
)
class TfJobSpecTfReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim:
    def __init__(
        self,
        *,
        claim_name: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param claim_name: 
        :param read_only: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__967cae415617472e0e9937024b31afa60b46aca9126b9effb628504de55271cc)
            check_type(argname="argument claim_name", value=claim_name, expected_type=type_hints["claim_name"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "claim_name": claim_name,
        }
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def claim_name(self) -> builtins.str:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim#claimName
        '''
        result = self._values.get("claim_name")
        assert result is not None, "Required property 'claim_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecret",
    jsii_struct_bases=[],
    name_mapping={
        "default_mode": "defaultMode",
        "items": "items",
        "optional": "optional",
        "secret_name": "secretName",
    },
)
class TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecret:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecretItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        optional: typing.Optional[builtins.bool] = None,
        secret_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param default_mode: 
        :param items: 
        :param optional: 
        :param secret_name: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d1bb99bacbed7ab5c9ee5013cbfedaa45ab55e3c50a15ab7b28196a9ace82561)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items
        if optional is not None:
            self._values["optional"] = optional
        if secret_name is not None:
            self._values["secret_name"] = secret_name

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecret#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecretItems"]]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecret#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecretItems"]], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecret#secretName
        '''
        result = self._values.get("secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecretItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "path": "path", "mode": "mode"},
)
class TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecretItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        mode: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param mode: 

        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecretItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9a93b042da61eeb26d2fb1ea55a31c34f8688589759463e1ba390e71e6b2ccc1)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecretItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecretItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecretItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecretItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Experiment",
    "ExperimentProps",
    "ExperimentSpec",
    "ExperimentSpecAlgorithm",
    "ExperimentSpecAlgorithmAlgorithmSettings",
    "ExperimentSpecEarlyStopping",
    "ExperimentSpecEarlyStoppingAlgorithmSettings",
    "ExperimentSpecMetricsCollectorSpec",
    "ExperimentSpecMetricsCollectorSpecCollector",
    "ExperimentSpecMetricsCollectorSpecCollectorKind",
    "ExperimentSpecMetricsCollectorSpecSource",
    "ExperimentSpecMetricsCollectorSpecSourceFileSystemPath",
    "ExperimentSpecMetricsCollectorSpecSourceFileSystemPathFormat",
    "ExperimentSpecMetricsCollectorSpecSourceFileSystemPathKind",
    "ExperimentSpecMetricsCollectorSpecSourceFilter",
    "ExperimentSpecObjective",
    "ExperimentSpecObjectiveMetricStrategies",
    "ExperimentSpecObjectiveMetricStrategiesValue",
    "ExperimentSpecObjectiveType",
    "ExperimentSpecParameters",
    "ExperimentSpecParametersFeasibleSpace",
    "ExperimentSpecParametersFeasibleSpaceDistribution",
    "ExperimentSpecParametersParameterType",
    "ExperimentSpecResumePolicy",
    "ExperimentSpecTrialTemplate",
    "ExperimentSpecTrialTemplateConfigMap",
    "ExperimentSpecTrialTemplateTrialParameters",
    "MpiJob",
    "MpiJobProps",
    "MpiJobSpec",
    "MpiJobSpecCleanPodPolicy",
    "MpiJobSpecMpiReplicaSpecs",
    "MpiJobSpecMpiReplicaSpecsRestartPolicy",
    "MpiJobSpecMpiReplicaSpecsTemplate",
    "MpiJobSpecMpiReplicaSpecsTemplateMetadata",
    "MpiJobSpecMpiReplicaSpecsTemplateSpec",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecContainers",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersEnv",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersImagePullPolicy",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersPorts",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResources",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesLimits",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesRequests",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecContainersVolumeMounts",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecImagePullSecrets",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersEnv",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersImagePullPolicy",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersPorts",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResources",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesLimits",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesRequests",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersVolumeMounts",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecOverhead",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecResources",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesLimits",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesRequests",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecRestartPolicy",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecTolerations",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecTolerationsEffect",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecTolerationsOperator",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecVolumes",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMap",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMapItems",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDir",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecret",
    "MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecretItems",
    "MpiJobSpecRunPolicy",
    "MpiJobSpecRunPolicyCleanPodPolicy",
    "MpiJobSpecRunPolicySchedulingPolicy",
    "MpiJobSpecRunPolicySchedulingPolicyMinResources",
    "PodDefault",
    "PodDefaultProps",
    "PodDefaultSpec",
    "PodDefaultSpecEnv",
    "PodDefaultSpecImagePullSecrets",
    "PodDefaultSpecInitContainers",
    "PodDefaultSpecInitContainersEnv",
    "PodDefaultSpecInitContainersImagePullPolicy",
    "PodDefaultSpecInitContainersPorts",
    "PodDefaultSpecInitContainersResources",
    "PodDefaultSpecInitContainersResourcesLimits",
    "PodDefaultSpecInitContainersResourcesRequests",
    "PodDefaultSpecInitContainersVolumeMounts",
    "PodDefaultSpecSelector",
    "PodDefaultSpecSelectorMatchExpressions",
    "PodDefaultSpecSidecars",
    "PodDefaultSpecSidecarsEnv",
    "PodDefaultSpecSidecarsImagePullPolicy",
    "PodDefaultSpecSidecarsPorts",
    "PodDefaultSpecSidecarsResources",
    "PodDefaultSpecSidecarsResourcesLimits",
    "PodDefaultSpecSidecarsResourcesRequests",
    "PodDefaultSpecSidecarsVolumeMounts",
    "PodDefaultSpecTolerations",
    "PodDefaultSpecTolerationsEffect",
    "PodDefaultSpecTolerationsOperator",
    "PodDefaultSpecVolumeMounts",
    "PodDefaultSpecVolumes",
    "PodDefaultSpecVolumesConfigMap",
    "PodDefaultSpecVolumesConfigMapItems",
    "PodDefaultSpecVolumesEmptyDir",
    "PodDefaultSpecVolumesEmptyDirSizeLimit",
    "PodDefaultSpecVolumesPersistentVolumeClaim",
    "PodDefaultSpecVolumesSecret",
    "PodDefaultSpecVolumesSecretItems",
    "Profile",
    "ProfileProps",
    "ProfileSpec",
    "ProfileSpecOwner",
    "ProfileSpecOwnerKind",
    "ProfileSpecPlugins",
    "ProfileSpecResourceQuotaSpec",
    "ProfileSpecResourceQuotaSpecHard",
    "ProfileV1Beta1",
    "ProfileV1Beta1Props",
    "ProfileV1Beta1Spec",
    "ProfileV1Beta1SpecOwner",
    "ProfileV1Beta1SpecOwnerKind",
    "ProfileV1Beta1SpecPlugins",
    "ProfileV1Beta1SpecResourceQuotaSpec",
    "ProfileV1Beta1SpecResourceQuotaSpecHard",
    "PyTorchJob",
    "PyTorchJobProps",
    "PyTorchJobSpec",
    "PyTorchJobSpecPytorchReplicaSpecs",
    "PyTorchJobSpecPytorchReplicaSpecsRestartPolicy",
    "PyTorchJobSpecPytorchReplicaSpecsTemplate",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateMetadata",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpec",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersEnv",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersImagePullPolicy",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersPorts",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResources",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesLimits",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesRequests",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersVolumeMounts",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecImagePullSecrets",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersEnv",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersImagePullPolicy",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersPorts",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResources",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesLimits",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesRequests",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersVolumeMounts",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecOverhead",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResources",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesLimits",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesRequests",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecRestartPolicy",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerations",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerationsEffect",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerationsOperator",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumes",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMap",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMapItems",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDir",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecret",
    "PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecretItems",
    "PyTorchJobSpecRunPolicy",
    "PyTorchJobSpecRunPolicyCleanPodPolicy",
    "PyTorchJobSpecRunPolicySchedulingPolicy",
    "PyTorchJobSpecRunPolicySchedulingPolicyMinResources",
    "TfJob",
    "TfJobProps",
    "TfJobSpec",
    "TfJobSpecRunPolicy",
    "TfJobSpecRunPolicyCleanPodPolicy",
    "TfJobSpecRunPolicySchedulingPolicy",
    "TfJobSpecRunPolicySchedulingPolicyMinResources",
    "TfJobSpecSuccessPolicy",
    "TfJobSpecTfReplicaSpecs",
    "TfJobSpecTfReplicaSpecsRestartPolicy",
    "TfJobSpecTfReplicaSpecsTemplate",
    "TfJobSpecTfReplicaSpecsTemplateMetadata",
    "TfJobSpecTfReplicaSpecsTemplateSpec",
    "TfJobSpecTfReplicaSpecsTemplateSpecContainers",
    "TfJobSpecTfReplicaSpecsTemplateSpecContainersEnv",
    "TfJobSpecTfReplicaSpecsTemplateSpecContainersImagePullPolicy",
    "TfJobSpecTfReplicaSpecsTemplateSpecContainersPorts",
    "TfJobSpecTfReplicaSpecsTemplateSpecContainersResources",
    "TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesLimits",
    "TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesRequests",
    "TfJobSpecTfReplicaSpecsTemplateSpecContainersVolumeMounts",
    "TfJobSpecTfReplicaSpecsTemplateSpecImagePullSecrets",
    "TfJobSpecTfReplicaSpecsTemplateSpecInitContainers",
    "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersEnv",
    "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersImagePullPolicy",
    "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersPorts",
    "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResources",
    "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesLimits",
    "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesRequests",
    "TfJobSpecTfReplicaSpecsTemplateSpecInitContainersVolumeMounts",
    "TfJobSpecTfReplicaSpecsTemplateSpecOverhead",
    "TfJobSpecTfReplicaSpecsTemplateSpecResources",
    "TfJobSpecTfReplicaSpecsTemplateSpecResourcesLimits",
    "TfJobSpecTfReplicaSpecsTemplateSpecResourcesRequests",
    "TfJobSpecTfReplicaSpecsTemplateSpecRestartPolicy",
    "TfJobSpecTfReplicaSpecsTemplateSpecTolerations",
    "TfJobSpecTfReplicaSpecsTemplateSpecTolerationsEffect",
    "TfJobSpecTfReplicaSpecsTemplateSpecTolerationsOperator",
    "TfJobSpecTfReplicaSpecsTemplateSpecVolumes",
    "TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMap",
    "TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMapItems",
    "TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDir",
    "TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit",
    "TfJobSpecTfReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim",
    "TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecret",
    "TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecretItems",
]

publication.publish()

def _typecheckingstub__1d45ebe39a961997741f2973f5ac1264f2c0b1174cba3b6c67a0f802e5a5135e(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ExperimentSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c54bc3e3184d03875aace6d4a627062b72d75cd5d15403c481a55719b0798e7b(
    *,
    spec: typing.Union[ExperimentSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5cb080707c5d7279c13bbce9379452b964639d9e562685615a337ecf980c7979(
    *,
    algorithm: typing.Union[ExperimentSpecAlgorithm, typing.Dict[builtins.str, typing.Any]],
    objective: typing.Union[ExperimentSpecObjective, typing.Dict[builtins.str, typing.Any]],
    parameters: typing.Sequence[typing.Union[ExperimentSpecParameters, typing.Dict[builtins.str, typing.Any]]],
    trial_template: typing.Union[ExperimentSpecTrialTemplate, typing.Dict[builtins.str, typing.Any]],
    early_stopping: typing.Optional[typing.Union[ExperimentSpecEarlyStopping, typing.Dict[builtins.str, typing.Any]]] = None,
    max_failed_trial_count: typing.Optional[jsii.Number] = None,
    max_trial_count: typing.Optional[jsii.Number] = None,
    metrics_collector_spec: typing.Optional[typing.Union[ExperimentSpecMetricsCollectorSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    nas_config: typing.Any = None,
    parallel_trial_count: typing.Optional[jsii.Number] = None,
    resume_policy: typing.Optional[ExperimentSpecResumePolicy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__35c840ce7da5f5d69d1b1d1d15417e736d134ac70123416ef5daa28d7fe49ced(
    *,
    algorithm_name: typing.Optional[builtins.str] = None,
    algorithm_settings: typing.Optional[typing.Sequence[typing.Union[ExperimentSpecAlgorithmAlgorithmSettings, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__269373654c8c79e29d8aa656f7f266cd6bbcc8ea57adce078eb8bd792baf55ce(
    *,
    name: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05ccbb4e30a596cb0ef37dbd257b9c74bfed73e8451ab9f233845c6e1dfe70cb(
    *,
    algorithm_name: typing.Optional[builtins.str] = None,
    algorithm_settings: typing.Optional[typing.Sequence[typing.Union[ExperimentSpecEarlyStoppingAlgorithmSettings, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f5d0b1d6f1d46ed62b91e169110c4926a66c92a94379a14cff7528c4419f94cd(
    *,
    name: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d544ce466219b59e8982763960dd319ab32e1474179c7685d0ea2d5168bd9290(
    *,
    collector: typing.Optional[typing.Union[ExperimentSpecMetricsCollectorSpecCollector, typing.Dict[builtins.str, typing.Any]]] = None,
    source: typing.Optional[typing.Union[ExperimentSpecMetricsCollectorSpecSource, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e4d3ba349eeb2db733c9af6ec200fc6c078948165d6fddf759e56ec4ac66fa4(
    *,
    custom_collector: typing.Any = None,
    kind: typing.Optional[ExperimentSpecMetricsCollectorSpecCollectorKind] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36b00e2d83a924b7ed94960150f616278dfa979f132a4245f18bb72863ad0338(
    *,
    file_system_path: typing.Optional[typing.Union[ExperimentSpecMetricsCollectorSpecSourceFileSystemPath, typing.Dict[builtins.str, typing.Any]]] = None,
    filter: typing.Optional[typing.Union[ExperimentSpecMetricsCollectorSpecSourceFilter, typing.Dict[builtins.str, typing.Any]]] = None,
    http_get: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1dca902938525659bd25a8e38bc6fe84b9c3ee9e2f4b6900df581140774f8162(
    *,
    format: typing.Optional[ExperimentSpecMetricsCollectorSpecSourceFileSystemPathFormat] = None,
    kind: typing.Optional[ExperimentSpecMetricsCollectorSpecSourceFileSystemPathKind] = None,
    path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a64cec1d56ea19744363648e5cfa9987191d1da5964e4d94cf6bfe3a6c58cbd2(
    *,
    metrics_format: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93b58dc5aa7814581c371ed04727377b4722f5f3e23a5a547587254554d580b8(
    *,
    objective_metric_name: builtins.str,
    type: ExperimentSpecObjectiveType,
    additional_metric_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    goal: typing.Optional[jsii.Number] = None,
    metric_strategies: typing.Optional[typing.Sequence[typing.Union[ExperimentSpecObjectiveMetricStrategies, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92fc30d731eb0d4b46c21002773666ed850f946d4b549846cff48da46b4b5a3b(
    *,
    name: typing.Optional[builtins.str] = None,
    value: typing.Optional[ExperimentSpecObjectiveMetricStrategiesValue] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26c93c3e6d6aceb4d9ae3dbc3cc2e4c12f0c9184ff91be2851cd31e1f7bbd8ec(
    *,
    feasible_space: typing.Union[ExperimentSpecParametersFeasibleSpace, typing.Dict[builtins.str, typing.Any]],
    name: builtins.str,
    parameter_type: ExperimentSpecParametersParameterType,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f04e225aefe0d449b8ba68ef88e41f363461cb3d0473d9d5512bfdd2dcc78d72(
    *,
    distribution: typing.Optional[ExperimentSpecParametersFeasibleSpaceDistribution] = None,
    list: typing.Optional[typing.Sequence[builtins.str]] = None,
    max: typing.Optional[builtins.str] = None,
    min: typing.Optional[builtins.str] = None,
    step: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__441e026061092a02320ce303d2414a9a1063f9084729aba713c0e45de3a46cae(
    *,
    config_map: typing.Optional[typing.Union[ExperimentSpecTrialTemplateConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_condition: typing.Optional[builtins.str] = None,
    primary_container_name: typing.Optional[builtins.str] = None,
    primary_pod_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    retain: typing.Optional[builtins.bool] = None,
    success_condition: typing.Optional[builtins.str] = None,
    trial_parameters: typing.Optional[typing.Sequence[typing.Union[ExperimentSpecTrialTemplateTrialParameters, typing.Dict[builtins.str, typing.Any]]]] = None,
    trial_spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2c9457c49f0615221177159378302b10fb62085d49b7462c73d36426069ae90(
    *,
    config_map_name: typing.Optional[builtins.str] = None,
    config_map_namespace: typing.Optional[builtins.str] = None,
    template_path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c398c06d24d09e389fb651989450dc036d4e14759312bcfd6865cdcc800a998(
    *,
    name: builtins.str,
    reference: builtins.str,
    description: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33dbb1794bc96125a58d15ee5bf1de5114992149f1149917afb93b06e46263b0(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[MpiJobSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b834c8b575ac416b455cf6d0e35dee16ad70d601294fe4e396c8994da7209a29(
    *,
    spec: typing.Union[MpiJobSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91f6df4fdc23018092cb37647e09df4428fa3206e862a8e88138773aba835a93(
    *,
    mpi_replica_specs: typing.Mapping[builtins.str, typing.Union[MpiJobSpecMpiReplicaSpecs, typing.Dict[builtins.str, typing.Any]]],
    clean_pod_policy: typing.Optional[MpiJobSpecCleanPodPolicy] = None,
    main_container: typing.Optional[builtins.str] = None,
    run_policy: typing.Optional[typing.Union[MpiJobSpecRunPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    slots_per_worker: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__efd5feceedd912ed0a23c87d925b6b94779c52aabde6c5afd4d602880e1c3fce(
    *,
    replicas: typing.Optional[jsii.Number] = None,
    restart_policy: typing.Optional[MpiJobSpecMpiReplicaSpecsRestartPolicy] = None,
    template: typing.Optional[typing.Union[MpiJobSpecMpiReplicaSpecsTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__110475cbd6905de163638192039ad2b5b51ed37a0d89b88d0edb7d60b2d998a8(
    *,
    metadata: typing.Optional[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f2c9031e1ee16a8726df9cef5bc6d9c6aef048143221665b0ecb994258c730a8(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d16327a7032c3b960e8c25af2ba57a4f29d050b04caea02b1e84019a1da2fef(
    *,
    containers: typing.Sequence[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecContainers, typing.Dict[builtins.str, typing.Any]]],
    active_deadline_seconds: typing.Optional[jsii.Number] = None,
    affinity: typing.Any = None,
    automount_service_account_token: typing.Optional[builtins.bool] = None,
    dns_config: typing.Any = None,
    dns_policy: typing.Optional[builtins.str] = None,
    enable_service_links: typing.Optional[builtins.bool] = None,
    ephemeral_containers: typing.Optional[typing.Sequence[typing.Any]] = None,
    host_aliases: typing.Optional[typing.Sequence[typing.Any]] = None,
    host_ipc: typing.Optional[builtins.bool] = None,
    hostname: typing.Optional[builtins.str] = None,
    host_network: typing.Optional[builtins.bool] = None,
    host_pid: typing.Optional[builtins.bool] = None,
    host_users: typing.Optional[builtins.bool] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecImagePullSecrets, typing.Dict[builtins.str, typing.Any]]]] = None,
    init_containers: typing.Optional[typing.Sequence[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainers, typing.Dict[builtins.str, typing.Any]]]] = None,
    node_name: typing.Optional[builtins.str] = None,
    node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    os: typing.Any = None,
    overhead: typing.Optional[typing.Mapping[builtins.str, MpiJobSpecMpiReplicaSpecsTemplateSpecOverhead]] = None,
    preemption_policy: typing.Optional[builtins.str] = None,
    priority: typing.Optional[jsii.Number] = None,
    priority_class_name: typing.Optional[builtins.str] = None,
    readiness_gates: typing.Optional[typing.Sequence[typing.Any]] = None,
    resource_claims: typing.Optional[typing.Sequence[typing.Any]] = None,
    resources: typing.Optional[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    restart_policy: typing.Optional[MpiJobSpecMpiReplicaSpecsTemplateSpecRestartPolicy] = None,
    runtime_class_name: typing.Optional[builtins.str] = None,
    scheduler_name: typing.Optional[builtins.str] = None,
    scheduling_gates: typing.Optional[typing.Sequence[typing.Any]] = None,
    security_context: typing.Any = None,
    service_account: typing.Optional[builtins.str] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    set_hostname_as_fqdn: typing.Optional[builtins.bool] = None,
    share_process_namespace: typing.Optional[builtins.bool] = None,
    subdomain: typing.Optional[builtins.str] = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
    topology_spread_constraints: typing.Optional[typing.Sequence[typing.Any]] = None,
    volumes: typing.Optional[typing.Sequence[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5363cc7bbf9f1d29448281672a20aaf1425d643c908740d20fe8b4eb703cc156(
    *,
    name: builtins.str,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecContainersEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[MpiJobSpecMpiReplicaSpecsTemplateSpecContainersImagePullPolicy] = None,
    lifecycle: typing.Any = None,
    liveness_probe: typing.Any = None,
    ports: typing.Optional[typing.Sequence[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecContainersPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
    readiness_probe: typing.Any = None,
    resize_policy: typing.Optional[typing.Sequence[typing.Any]] = None,
    resources: typing.Optional[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResources, typing.Dict[builtins.str, typing.Any]]] = None,
    restart_policy: typing.Optional[builtins.str] = None,
    security_context: typing.Any = None,
    startup_probe: typing.Any = None,
    stdin: typing.Optional[builtins.bool] = None,
    stdin_once: typing.Optional[builtins.bool] = None,
    termination_message_path: typing.Optional[builtins.str] = None,
    termination_message_policy: typing.Optional[builtins.str] = None,
    tty: typing.Optional[builtins.bool] = None,
    volume_devices: typing.Optional[typing.Sequence[typing.Any]] = None,
    volume_mounts: typing.Optional[typing.Sequence[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecContainersVolumeMounts, typing.Dict[builtins.str, typing.Any]]]] = None,
    working_dir: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4499286e0093b1e2bfaf25883912e3b4b7bac47ef8e137dc58ce75bef463a5f5(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__194cf8bb7c9b9867ee691383db2ddc09fca191c2be72354369ce4ee7e784aa92(
    *,
    container_port: jsii.Number,
    host_ip: typing.Optional[builtins.str] = None,
    host_port: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e964f15c0f415402237b072de05484240a7ea93788c33de9df2e818e4d4441c0(
    *,
    claims: typing.Optional[typing.Sequence[typing.Any]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, MpiJobSpecMpiReplicaSpecsTemplateSpecContainersResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b40e306785048f1565f11b593eb67cde80ab94a81bfe98ac246677039c3f648b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5543b38b2da9ec35acebb3be86ff27c0f925497fa6b1e3bf0f46524febfaeb0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__edf2ed92ca6b416da51d0297b53259424539ce79545b99623b0baee10204a777(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13056a475e7ae61b15a19aafb25d97526d07e5d526e532ca62ef4e4f57f8c8f2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ac6d14889a0594ac3237ac6189c97afbb43f3867901da43b0f43781795328a3(
    *,
    mount_path: builtins.str,
    name: builtins.str,
    mount_propagation: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    recursive_read_only: typing.Optional[builtins.str] = None,
    sub_path: typing.Optional[builtins.str] = None,
    sub_path_expr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9b6f5bb8ef01dc6cc0a909383bf5ac59e4c65953af61d8ed9996f64be6cb6f7(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a9116c47d68a3a7abb0ce1dd2aa13afaba2d6137766b8efa1afa8dc770b3591(
    *,
    name: builtins.str,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersImagePullPolicy] = None,
    lifecycle: typing.Any = None,
    liveness_probe: typing.Any = None,
    ports: typing.Optional[typing.Sequence[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
    readiness_probe: typing.Any = None,
    resize_policy: typing.Optional[typing.Sequence[typing.Any]] = None,
    resources: typing.Optional[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResources, typing.Dict[builtins.str, typing.Any]]] = None,
    restart_policy: typing.Optional[builtins.str] = None,
    security_context: typing.Any = None,
    startup_probe: typing.Any = None,
    stdin: typing.Optional[builtins.bool] = None,
    stdin_once: typing.Optional[builtins.bool] = None,
    termination_message_path: typing.Optional[builtins.str] = None,
    termination_message_policy: typing.Optional[builtins.str] = None,
    tty: typing.Optional[builtins.bool] = None,
    volume_devices: typing.Optional[typing.Sequence[typing.Any]] = None,
    volume_mounts: typing.Optional[typing.Sequence[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersVolumeMounts, typing.Dict[builtins.str, typing.Any]]]] = None,
    working_dir: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90f08d7d129aa68017ea040154d3134b34c4ec0a0b17e0625cd5d03c9ac135c5(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bfafd46ce9456fd594098f43c3fa10b557c89b65c87da46bceb3c0f211d4d790(
    *,
    container_port: jsii.Number,
    host_ip: typing.Optional[builtins.str] = None,
    host_port: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b6e019d02c9438a1b4e807a543ad1e32a32488ddedafa96ff8a7fbec216eba65(
    *,
    claims: typing.Optional[typing.Sequence[typing.Any]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, MpiJobSpecMpiReplicaSpecsTemplateSpecInitContainersResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7af6e460afb087d11a02baa53643726783ee2e2342823945eb6ebde87c0cf0a6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e25fc98a922ae40f33496c6165eff2eadfe1f64c75002e562401677dad94e819(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__69f03213d58e45c5bd07e7d6cd34eaf6e75b07991f6c9d08ba36d8fc5465c649(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e991043e161f7afdeec9ac0b462ec1e90dcded98a7b41e27d586c38be5cb50c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ed7e04d23656aea1244004aabf1b826f7734b1a6620920422ca510cb6fe2a65(
    *,
    mount_path: builtins.str,
    name: builtins.str,
    mount_propagation: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    recursive_read_only: typing.Optional[builtins.str] = None,
    sub_path: typing.Optional[builtins.str] = None,
    sub_path_expr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb24f60ddae391ae6142b50f72d0b69d38d884e6105c10f3e02d82817f4cae5a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d47eb076236fe0009c0a311b61ff8481efef0d9d030be530e7265c9470820a1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ebd845b850751198b3c10c6e3c8fe505d7da3b6498ef9c8c43cb5b095ee69c2(
    *,
    claims: typing.Optional[typing.Sequence[typing.Any]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, MpiJobSpecMpiReplicaSpecsTemplateSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8cb09338844cc99777b505a9afd9e8b99686ddc78d7e9c1184858a1acd64fd7f(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f44c8cef7638ac4944a5920cb26149f195cf0b4358c34ab16352ffa9071b4eaa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__047b811fbd1db4d234fc0748fd5e4a0fea945cd4a1fa1b50fac30fb247df5c25(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__caa7d34549b41899da991a152c4c89f2c30b25a526bad99aa42436893e9dad87(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33f13a85b553b8db20a854ab45d5f0f5550f61a647f8027de0612f831a20b093(
    *,
    effect: typing.Optional[MpiJobSpecMpiReplicaSpecsTemplateSpecTolerationsEffect] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[MpiJobSpecMpiReplicaSpecsTemplateSpecTolerationsOperator] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d4219395e84a024a2158a48839b008c7dcc916e1e54e1ce25a36f99250e9971(
    *,
    name: builtins.str,
    config_map: typing.Optional[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    empty_dir: typing.Optional[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDir, typing.Dict[builtins.str, typing.Any]]] = None,
    persistent_volume_claim: typing.Optional[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim, typing.Dict[builtins.str, typing.Any]]] = None,
    secret: typing.Optional[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7c990066818d47196f421cbb9c9bbc58a883b4e5a14532dd693a05243ccb17c(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesConfigMapItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f70d69e0fe440d6f62d5cf7e2a413ffbf825b80bddc10016600dc133ba5c011c(
    *,
    key: builtins.str,
    path: builtins.str,
    mode: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e18f358cf6a520d49f5bae150cada50524a73906248a3b046f17da081543a874(
    *,
    medium: typing.Optional[builtins.str] = None,
    size_limit: typing.Optional[MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed1eef9c270be0b9c8e9e2d2ecafbc32593698e17853a11e8a54a8085164807d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c1b0a23b0a5f0945971c8916b5b7a7c9869023452828cea6d48ae2fffad0a35(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f2149f7d688ed19df1c3d6b45e255664939072e0d5036ef77c6b470eee8e982(
    *,
    claim_name: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1421cf0b65bc3b35b6fb3f3b264b9d21c062fe3f04520303297e325c7130a976(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[MpiJobSpecMpiReplicaSpecsTemplateSpecVolumesSecretItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    optional: typing.Optional[builtins.bool] = None,
    secret_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__425f0580a34148d8cc760c31c47c0503b987c9d05d3fce50d34e9daa8a68d323(
    *,
    key: builtins.str,
    path: builtins.str,
    mode: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1cf6d6f9c5cfe41c1eecfd4de6dcac2a8b2625d94e6622b1e928dd8166c81125(
    *,
    active_deadline_seconds: typing.Optional[jsii.Number] = None,
    backoff_limit: typing.Optional[jsii.Number] = None,
    clean_pod_policy: typing.Optional[MpiJobSpecRunPolicyCleanPodPolicy] = None,
    managed_by: typing.Optional[builtins.str] = None,
    scheduling_policy: typing.Optional[typing.Union[MpiJobSpecRunPolicySchedulingPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    suspend: typing.Optional[builtins.bool] = None,
    ttl_seconds_after_finished: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd04cb5989d7ffadc47d966b979e6bbec441dc6f9e2f8e7692210c94747022c6(
    *,
    min_available: typing.Optional[jsii.Number] = None,
    min_resources: typing.Optional[typing.Mapping[builtins.str, MpiJobSpecRunPolicySchedulingPolicyMinResources]] = None,
    priority_class: typing.Optional[builtins.str] = None,
    queue: typing.Optional[builtins.str] = None,
    schedule_timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3a93c1125a657d1b8c65323e7ee3edb3b2fd81ae138b6b0740b31028f78b1cb(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__156d13f91d160bb86adf217ca50f08d2b24a0209da0a4884b20514db57651aa4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b748235f02195aedea4f51e6c89035a1408196886016f71a5d04bb445ee4fd24(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[PodDefaultSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77d67d331606058637a0df9d5eda8bf85360d11fa6f431b95833b6c0a0253e0a(
    *,
    spec: typing.Union[PodDefaultSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d743fc9599e179c8cde84a18040564acd0bec9b037833f7e0c8bf994d91aa79(
    *,
    selector: typing.Union[PodDefaultSpecSelector, typing.Dict[builtins.str, typing.Any]],
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    automount_service_account_token: typing.Optional[builtins.bool] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    desc: typing.Optional[builtins.str] = None,
    env: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecImagePullSecrets, typing.Dict[builtins.str, typing.Any]]]] = None,
    init_containers: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecInitContainers, typing.Dict[builtins.str, typing.Any]]]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    sidecars: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecSidecars, typing.Dict[builtins.str, typing.Any]]]] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
    volume_mounts: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecVolumeMounts, typing.Dict[builtins.str, typing.Any]]]] = None,
    volumes: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd849da25245f0a1fba88829cd898162817bb6c650af6ecacc9599aae0bf55ce(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01f11141907d6021c198218483a8115c6c9845b36b68f3a29da10e95c6b0ecaf(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f05769872e915e451cc158dceb1671dc087cd5950992c2647ba0482ea9e0e32a(
    *,
    name: builtins.str,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecInitContainersEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[PodDefaultSpecInitContainersImagePullPolicy] = None,
    lifecycle: typing.Any = None,
    liveness_probe: typing.Any = None,
    ports: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecInitContainersPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
    readiness_probe: typing.Any = None,
    resize_policy: typing.Optional[typing.Sequence[typing.Any]] = None,
    resources: typing.Optional[typing.Union[PodDefaultSpecInitContainersResources, typing.Dict[builtins.str, typing.Any]]] = None,
    restart_policy: typing.Optional[builtins.str] = None,
    security_context: typing.Any = None,
    startup_probe: typing.Any = None,
    stdin: typing.Optional[builtins.bool] = None,
    stdin_once: typing.Optional[builtins.bool] = None,
    termination_message_path: typing.Optional[builtins.str] = None,
    termination_message_policy: typing.Optional[builtins.str] = None,
    tty: typing.Optional[builtins.bool] = None,
    volume_devices: typing.Optional[typing.Sequence[typing.Any]] = None,
    volume_mounts: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecInitContainersVolumeMounts, typing.Dict[builtins.str, typing.Any]]]] = None,
    working_dir: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba1b1c99eef82871d6d1795e4859517ff2f3378457ca8d6d1d13e52a0e2f2bb3(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8bafbd2581abeb3433da8de2d82b0c98b92a479c3d7c56ecb32c74889e5c219(
    *,
    container_port: jsii.Number,
    host_ip: typing.Optional[builtins.str] = None,
    host_port: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4775e412a1c084e07e54977cf64680f205127b9527b0cf10d67f425e730ab36e(
    *,
    claims: typing.Optional[typing.Sequence[typing.Any]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, PodDefaultSpecInitContainersResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, PodDefaultSpecInitContainersResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef2ca63e1fd79c0e2ccf49bf37275e9b455553adae12fc5e1da05d783de34674(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a92dc021a886f61a649ece7dbed1b40b2e3637446968bc145b042a7be096817(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__520fcbf7d52107edd948d1b05b7544ea6c4c61bc1f476f0068c60d5b89ea4b06(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2087928466b334af194f73a7c18faa5c2657f0fed416120445e9b80634e90760(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96834296eed8b288e5fd84412a087ceb5774adcafb9994da6b1d6da8068d94ea(
    *,
    mount_path: builtins.str,
    name: builtins.str,
    mount_propagation: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    recursive_read_only: typing.Optional[builtins.str] = None,
    sub_path: typing.Optional[builtins.str] = None,
    sub_path_expr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6e6236e5bed2c49219d7404435221e83d2e761cfe2fbcfaf61923c2f0e44b70(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__209f82e8e1443bca005d94b1b5aaa319cd3386d0d1520525518c391ec4ebf026(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70badd3fe4ae010ae1a48bc31c8d6a4f433df4cf95e63f0441ea1af95571b23b(
    *,
    name: builtins.str,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecSidecarsEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[PodDefaultSpecSidecarsImagePullPolicy] = None,
    lifecycle: typing.Any = None,
    liveness_probe: typing.Any = None,
    ports: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecSidecarsPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
    readiness_probe: typing.Any = None,
    resize_policy: typing.Optional[typing.Sequence[typing.Any]] = None,
    resources: typing.Optional[typing.Union[PodDefaultSpecSidecarsResources, typing.Dict[builtins.str, typing.Any]]] = None,
    restart_policy: typing.Optional[builtins.str] = None,
    security_context: typing.Any = None,
    startup_probe: typing.Any = None,
    stdin: typing.Optional[builtins.bool] = None,
    stdin_once: typing.Optional[builtins.bool] = None,
    termination_message_path: typing.Optional[builtins.str] = None,
    termination_message_policy: typing.Optional[builtins.str] = None,
    tty: typing.Optional[builtins.bool] = None,
    volume_devices: typing.Optional[typing.Sequence[typing.Any]] = None,
    volume_mounts: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecSidecarsVolumeMounts, typing.Dict[builtins.str, typing.Any]]]] = None,
    working_dir: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f8bcc60d3c4d2c8db3fb2e3dd20a759271371a5297b955293e529204e1a9422(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__266bf6e2b74083705c70ec97264e7bb02f9c86759f9ac01fb6492393860d2c8e(
    *,
    container_port: jsii.Number,
    host_ip: typing.Optional[builtins.str] = None,
    host_port: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c63d7fa4ba048b21ad74af5dbcf55bfa245e618b3816264331a63cf8bb94c5f2(
    *,
    claims: typing.Optional[typing.Sequence[typing.Any]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, PodDefaultSpecSidecarsResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, PodDefaultSpecSidecarsResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__694033bfad9bab6088947062ff08e2c045d317dbbd6441adcb621f3702d690ee(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ccc2b98e57eb31f257a657d10d47ed9215137703260deb5b80cf1a93c9a9e175(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8fbd1c2e9f99efa0d97ba89a63b407a0628d6722c917a1fdf2adaa81a46e634(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42441839160c4c6ce341c4136eb4163093316add193fce1795498718fc382b37(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f1bfbdd76e7d5fbacf27159b4b119afb95e8ab005ed1da20692c6bf78a1d5f3(
    *,
    mount_path: builtins.str,
    name: builtins.str,
    mount_propagation: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    recursive_read_only: typing.Optional[builtins.str] = None,
    sub_path: typing.Optional[builtins.str] = None,
    sub_path_expr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8eec6c36857ba9b3ecb0734f00738bf784474ac0f3bd411f33c4490f06bbbea(
    *,
    effect: typing.Optional[PodDefaultSpecTolerationsEffect] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[PodDefaultSpecTolerationsOperator] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b202709b844cebd3b837a407925fb3dde3e2332624630097a3b74e6f140594cb(
    *,
    mount_path: builtins.str,
    name: builtins.str,
    mount_propagation: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    recursive_read_only: typing.Optional[builtins.str] = None,
    sub_path: typing.Optional[builtins.str] = None,
    sub_path_expr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d043130dbff71a2c23940ed163f1f09b5ac8ae0ce5147148539ac35bab514608(
    *,
    name: builtins.str,
    config_map: typing.Optional[typing.Union[PodDefaultSpecVolumesConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    empty_dir: typing.Optional[typing.Union[PodDefaultSpecVolumesEmptyDir, typing.Dict[builtins.str, typing.Any]]] = None,
    persistent_volume_claim: typing.Optional[typing.Union[PodDefaultSpecVolumesPersistentVolumeClaim, typing.Dict[builtins.str, typing.Any]]] = None,
    secret: typing.Optional[typing.Union[PodDefaultSpecVolumesSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec1f4cefd961c81ce0d4369c126fd1ea9cd8b55f3c254be8e0bb410b8ebf9f4b(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecVolumesConfigMapItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a370f5e2c6ee683c80e5e2b470658f1711784d46d94de25f32b5e89d2433e36f(
    *,
    key: builtins.str,
    path: builtins.str,
    mode: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ef02c188fa57842775714686b34ceb2750c968022a77ed749e61dda42833f22(
    *,
    medium: typing.Optional[builtins.str] = None,
    size_limit: typing.Optional[PodDefaultSpecVolumesEmptyDirSizeLimit] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de29f045037dbb9fb9a9807580dd08e906ad322e61ea98b2b0061988cf0f854d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15feccde8440098cd098b99d827958ca3fd451ab430683b50824918c9597fea1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__667696fe3f70b9d7631afb9fd3973a8b273584519d2a44bf215a928fca2bc10d(
    *,
    claim_name: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0d23d02d7ca05be77372c11f317e39ace91f5a6ab1932fadf84b4d44673320b(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecVolumesSecretItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    optional: typing.Optional[builtins.bool] = None,
    secret_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__395eb7507bc0e0389144e18388cae0bfebe904936c6f8ed41811478d09557b39(
    *,
    key: builtins.str,
    path: builtins.str,
    mode: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8b165231465d77da5d7bd92be1665326620a1597549063461adfdb757562186(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ProfileSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70b6cbba43ce3ce09f837841ad94860b2c1d809790968273595b0a348804e1f1(
    *,
    spec: typing.Union[ProfileSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__feb4d556854bce88b5e8deac6dc57b4f83895eedeefb57e04399338e5d73e5ba(
    *,
    owner: typing.Union[ProfileSpecOwner, typing.Dict[builtins.str, typing.Any]],
    plugins: typing.Optional[typing.Sequence[typing.Union[ProfileSpecPlugins, typing.Dict[builtins.str, typing.Any]]]] = None,
    resource_quota_spec: typing.Optional[typing.Union[ProfileSpecResourceQuotaSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7447b5d5340ceb355787bc8303ad79e802927a35e68eeccf9df1ae2a18add4f8(
    *,
    kind: ProfileSpecOwnerKind,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a67f6d1abe957a183fb4ac112026ae0c0acc390679a926993cfcca886a0bafe(
    *,
    api_version: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7607324b09fb1d6bff03499ba5b55571996b54ea218cf61d326e48fbee87d429(
    *,
    hard: typing.Optional[typing.Mapping[builtins.str, ProfileSpecResourceQuotaSpecHard]] = None,
    scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    scope_selector: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c7ce03569e9f9b36148091af94d36a57e2297db3bfb95b2af9f6923eb83ffd4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1123b53a43c5dbd232a17607cb6a8c24c33d9d6033bb2d2bcfeb89735a1d06e0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bab0f45fa3cd6fc03308fe382252a9aa705e48c33ba11f8a51e4ac41e707b93f(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ProfileV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31df6ce267c040e372de5fefbf5b61ae5c513374a78c0f23a3acbca56aae0d3b(
    *,
    spec: typing.Union[ProfileV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b342ba5f24dfe0c8e0e0d6a4e10bb20c557e88d81e61c24946da24f39cd91a8(
    *,
    owner: typing.Union[ProfileV1Beta1SpecOwner, typing.Dict[builtins.str, typing.Any]],
    plugins: typing.Optional[typing.Sequence[typing.Union[ProfileV1Beta1SpecPlugins, typing.Dict[builtins.str, typing.Any]]]] = None,
    resource_quota_spec: typing.Optional[typing.Union[ProfileV1Beta1SpecResourceQuotaSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3cd6000534e519e94c46429d8b7dd141a44c95663c8e8f3d0dc462fb6c65b643(
    *,
    kind: ProfileV1Beta1SpecOwnerKind,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__331633b6cc4adf403f60a8403fa6cd81be98edd37350a07cab9cbaed0bbec2f4(
    *,
    api_version: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__492d12aac190d23811697634e8981a122ad6fecfbe840ff2532491d2cee9199a(
    *,
    hard: typing.Optional[typing.Mapping[builtins.str, ProfileV1Beta1SpecResourceQuotaSpecHard]] = None,
    scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    scope_selector: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cca9224ba6750ce5de9deb05618a86af8bf7393dce5442ef8c2758d02cce1b2b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__104ced7908f82f09e1b11e44f1172fd88d88810884e6846987eff937283aa226(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__143a613b33c331384a9f3639cc14913ee563ff720d83a64cdccc48da49e77d31(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[PyTorchJobSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2868bfd6a7efafb958761f0f1598a86d80bb857b7a972fcc654848aa24627632(
    *,
    spec: typing.Union[PyTorchJobSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ccb6802f3334de1e4feaa37d5473dd87c5db6efde826317348609066d1ea95c3(
    *,
    pytorch_replica_specs: typing.Mapping[builtins.str, typing.Union[PyTorchJobSpecPytorchReplicaSpecs, typing.Dict[builtins.str, typing.Any]]],
    elastic_policy: typing.Any = None,
    nproc_per_node: typing.Optional[builtins.str] = None,
    run_policy: typing.Optional[typing.Union[PyTorchJobSpecRunPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec610017819d703513ab2f850b1b5745df1b0decefaea614e3d0731dd0eabdf8(
    *,
    replicas: typing.Optional[jsii.Number] = None,
    restart_policy: typing.Optional[PyTorchJobSpecPytorchReplicaSpecsRestartPolicy] = None,
    template: typing.Optional[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6132cfba7b63563865ecf3ee418d67aac40d3834fb6392b4fff7db5ab8810ef(
    *,
    metadata: typing.Optional[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1006407472c67ee091795be3aa24b6ca88bd4e0cf59ceb225de6491af267905(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d94028bdfd23499e0e3311fa8b6117504c13e868824dd763c3143ea655fc94c1(
    *,
    containers: typing.Sequence[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainers, typing.Dict[builtins.str, typing.Any]]],
    active_deadline_seconds: typing.Optional[jsii.Number] = None,
    affinity: typing.Any = None,
    automount_service_account_token: typing.Optional[builtins.bool] = None,
    dns_config: typing.Any = None,
    dns_policy: typing.Optional[builtins.str] = None,
    enable_service_links: typing.Optional[builtins.bool] = None,
    ephemeral_containers: typing.Optional[typing.Sequence[typing.Any]] = None,
    host_aliases: typing.Optional[typing.Sequence[typing.Any]] = None,
    host_ipc: typing.Optional[builtins.bool] = None,
    hostname: typing.Optional[builtins.str] = None,
    host_network: typing.Optional[builtins.bool] = None,
    host_pid: typing.Optional[builtins.bool] = None,
    host_users: typing.Optional[builtins.bool] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecImagePullSecrets, typing.Dict[builtins.str, typing.Any]]]] = None,
    init_containers: typing.Optional[typing.Sequence[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainers, typing.Dict[builtins.str, typing.Any]]]] = None,
    node_name: typing.Optional[builtins.str] = None,
    node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    os: typing.Any = None,
    overhead: typing.Optional[typing.Mapping[builtins.str, PyTorchJobSpecPytorchReplicaSpecsTemplateSpecOverhead]] = None,
    preemption_policy: typing.Optional[builtins.str] = None,
    priority: typing.Optional[jsii.Number] = None,
    priority_class_name: typing.Optional[builtins.str] = None,
    readiness_gates: typing.Optional[typing.Sequence[typing.Any]] = None,
    resource_claims: typing.Optional[typing.Sequence[typing.Any]] = None,
    resources: typing.Optional[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    restart_policy: typing.Optional[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecRestartPolicy] = None,
    runtime_class_name: typing.Optional[builtins.str] = None,
    scheduler_name: typing.Optional[builtins.str] = None,
    scheduling_gates: typing.Optional[typing.Sequence[typing.Any]] = None,
    security_context: typing.Any = None,
    service_account: typing.Optional[builtins.str] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    set_hostname_as_fqdn: typing.Optional[builtins.bool] = None,
    share_process_namespace: typing.Optional[builtins.bool] = None,
    subdomain: typing.Optional[builtins.str] = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
    topology_spread_constraints: typing.Optional[typing.Sequence[typing.Any]] = None,
    volumes: typing.Optional[typing.Sequence[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b64ef4fe2286a2e330665d78f008b9407034ad202c77182dd9a56b1b2899f21b(
    *,
    name: builtins.str,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersImagePullPolicy] = None,
    lifecycle: typing.Any = None,
    liveness_probe: typing.Any = None,
    ports: typing.Optional[typing.Sequence[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
    readiness_probe: typing.Any = None,
    resize_policy: typing.Optional[typing.Sequence[typing.Any]] = None,
    resources: typing.Optional[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResources, typing.Dict[builtins.str, typing.Any]]] = None,
    restart_policy: typing.Optional[builtins.str] = None,
    security_context: typing.Any = None,
    startup_probe: typing.Any = None,
    stdin: typing.Optional[builtins.bool] = None,
    stdin_once: typing.Optional[builtins.bool] = None,
    termination_message_path: typing.Optional[builtins.str] = None,
    termination_message_policy: typing.Optional[builtins.str] = None,
    tty: typing.Optional[builtins.bool] = None,
    volume_devices: typing.Optional[typing.Sequence[typing.Any]] = None,
    volume_mounts: typing.Optional[typing.Sequence[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersVolumeMounts, typing.Dict[builtins.str, typing.Any]]]] = None,
    working_dir: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__08ba160aa3bc155432182926d15b89e90bfc6e2c42e07a67a95517eb4d7b4214(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__615d3c14403d79fe898f0ebbd8c6070a0d575d537613053cb3ddf5391caafb2a(
    *,
    container_port: jsii.Number,
    host_ip: typing.Optional[builtins.str] = None,
    host_port: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bf190c455438907e1f3cb236c83aeb91946b926936899dda376025a283386117(
    *,
    claims: typing.Optional[typing.Sequence[typing.Any]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, PyTorchJobSpecPytorchReplicaSpecsTemplateSpecContainersResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__02aff24bb1a33762e3e7675ecd8123ea1145d98857ecf0d79e86f2cb87b115f1(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37baea23ef368786bc1966117aa5d3b314078da0f32849747fb89ba837d55682(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0a1cc5c8c8adaa6b4cbb364644ec3bd8101e375c85ef3f45dffd08364339d00(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5352d663d4594fea95f5c299e71433f95a1596aa186cebe47bed694d3f0fd96a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a3f9fddbb1d4f8fe93317c361269f68b50515657021550d134988690387db4f(
    *,
    mount_path: builtins.str,
    name: builtins.str,
    mount_propagation: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    recursive_read_only: typing.Optional[builtins.str] = None,
    sub_path: typing.Optional[builtins.str] = None,
    sub_path_expr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__999c5e3bdd42a5464614aede25922fbb34787f45c1f5f9d312f0884cdbcc926e(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__394c8b757bf8b208bc6135643a0e315f3ed68e80f3a05da8786ae4ea49d74886(
    *,
    name: builtins.str,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersImagePullPolicy] = None,
    lifecycle: typing.Any = None,
    liveness_probe: typing.Any = None,
    ports: typing.Optional[typing.Sequence[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
    readiness_probe: typing.Any = None,
    resize_policy: typing.Optional[typing.Sequence[typing.Any]] = None,
    resources: typing.Optional[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResources, typing.Dict[builtins.str, typing.Any]]] = None,
    restart_policy: typing.Optional[builtins.str] = None,
    security_context: typing.Any = None,
    startup_probe: typing.Any = None,
    stdin: typing.Optional[builtins.bool] = None,
    stdin_once: typing.Optional[builtins.bool] = None,
    termination_message_path: typing.Optional[builtins.str] = None,
    termination_message_policy: typing.Optional[builtins.str] = None,
    tty: typing.Optional[builtins.bool] = None,
    volume_devices: typing.Optional[typing.Sequence[typing.Any]] = None,
    volume_mounts: typing.Optional[typing.Sequence[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersVolumeMounts, typing.Dict[builtins.str, typing.Any]]]] = None,
    working_dir: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4dcd26ff6d20894d31ca55d8969ec89c87a98a45ff22fcb0ba2cad17ae821fe2(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e0aacae9f0db1f2897de15bad9a36bfa84396af67213138c5e47a89d87b23eeb(
    *,
    container_port: jsii.Number,
    host_ip: typing.Optional[builtins.str] = None,
    host_port: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff5ac2577f122bfd1f838d9e2a7502aa0aa972d3cb68e0343fbc41dc6f953849(
    *,
    claims: typing.Optional[typing.Sequence[typing.Any]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, PyTorchJobSpecPytorchReplicaSpecsTemplateSpecInitContainersResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c01e1c4dc5fb75d1c285b8ba25dca93617712b3f307bc3644f93e13bba521f99(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7fb516ad81c535c6161dd4aa0d6d804b602b8fe6c8c832598c2543eb5bcb7f9c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3deba9a91ff0e38952f48994732f6afc7005fd846d7430e5c05f4381e24c96c7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e416ddf7e045c2b5a1943dcd3723ebe9895fddd0084e38694b40463f7c732435(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ba7c8dc46c1962fad8237df9dac90cb5004c7c754422701a716297355568e50(
    *,
    mount_path: builtins.str,
    name: builtins.str,
    mount_propagation: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    recursive_read_only: typing.Optional[builtins.str] = None,
    sub_path: typing.Optional[builtins.str] = None,
    sub_path_expr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__878b79fc55352563cf7510d9291ca4b3940a2d4da79ae0aac34df5789cf4bb2b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3421fef12ac862763cd5efe2babb8e07911247b6f17582793d9b397f2c1c9b5f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54db8629d2e4be857ef031de587cdc82c0133d391796b4865fc97620e3f629c9(
    *,
    claims: typing.Optional[typing.Sequence[typing.Any]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, PyTorchJobSpecPytorchReplicaSpecsTemplateSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d89f737f15796dd17b3eb2893c73b331842f271f693b3d8a746992fa4a4ebbb7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3171916f4e3bc4cd673da599bbacd425f1e8b3ee7e3199a3964f6107d4ce0ba8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aad76c5b53a38d6396327e14e32254723cde6cd3cc22a23e293a0b9d55f73ecb(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__855619b76a2aeb6cdc6783ab853cfa5ffad6031c67c104e503d8abf6070f79ae(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__391fd39bb8913de563deb9c4b4abfc8b27c1e49f73d41616fd5895cee123bec2(
    *,
    effect: typing.Optional[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerationsEffect] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecTolerationsOperator] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__607411586a4a3478e146e0916e308dfe1aa6b1154ce2fe61379d85b94179310c(
    *,
    name: builtins.str,
    config_map: typing.Optional[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    empty_dir: typing.Optional[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDir, typing.Dict[builtins.str, typing.Any]]] = None,
    persistent_volume_claim: typing.Optional[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim, typing.Dict[builtins.str, typing.Any]]] = None,
    secret: typing.Optional[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fcf47429bc15cf59fc68b570a2de79ec94d1ad0882fc3fdb7661571228819b65(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesConfigMapItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__568c4d46672e45f4e5f681c9f9c77acd81c15f468d7cdfcd9b8a7ad3cbee54fe(
    *,
    key: builtins.str,
    path: builtins.str,
    mode: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5ceacd1b38864c7c858d4a5432c81a18fc8b5d1ff44d225be9775e3a0304298(
    *,
    medium: typing.Optional[builtins.str] = None,
    size_limit: typing.Optional[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2de30e5997c076fe38b0201e4432334a1d746eac04e89917346e436d5c936e00(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__48e9ee73d6d37ea91aee6f7566b5c43cba0d3ef2b868d1aed693c6ee39ce412b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f364596fb92cd297f9b021953b35b9b03ff04922448a8dd97766d8cc65085fe0(
    *,
    claim_name: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__286e1acc7ab0230e44ce6620a804ba4f0a2a9ef51040244259a629dd6998c03f(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[PyTorchJobSpecPytorchReplicaSpecsTemplateSpecVolumesSecretItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    optional: typing.Optional[builtins.bool] = None,
    secret_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99cc286f40e637bcbc311a9379378ab5745787182c6101d01dc3d1bdb66d3b1f(
    *,
    key: builtins.str,
    path: builtins.str,
    mode: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18448b54a935281030a950316ab913a8b63c79f15cf64a10b37b9e0fdb9fe00c(
    *,
    active_deadline_seconds: typing.Optional[jsii.Number] = None,
    backoff_limit: typing.Optional[jsii.Number] = None,
    clean_pod_policy: typing.Optional[PyTorchJobSpecRunPolicyCleanPodPolicy] = None,
    managed_by: typing.Optional[builtins.str] = None,
    scheduling_policy: typing.Optional[typing.Union[PyTorchJobSpecRunPolicySchedulingPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    suspend: typing.Optional[builtins.bool] = None,
    ttl_seconds_after_finished: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab2da6f5006049f9a405c2d1c5b09b1995569d24d7c60d3c3370a12956e6d265(
    *,
    min_available: typing.Optional[jsii.Number] = None,
    min_resources: typing.Optional[typing.Mapping[builtins.str, PyTorchJobSpecRunPolicySchedulingPolicyMinResources]] = None,
    priority_class: typing.Optional[builtins.str] = None,
    queue: typing.Optional[builtins.str] = None,
    schedule_timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c966783b031765f5b5e34b9be0b01968e6d12cefe8c3967a06ac42b253b4486b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__038e7ebc8fb905a4f517608a82bfc4d2dfd538f8f010ea95d6283097163fa64b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__034a7703570cab8df7d99438615be64307ee8984600d167fb47c7e7dc0ddf83e(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[TfJobSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c9099465e18edd0a712c16c35a59e4e52d2a688e191d7b9acdd450db2bb96a4(
    *,
    spec: typing.Union[TfJobSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1a0a8bb9dfd689a2b09f3b461f3b7cd67234db5efbf6a1b7b232ec9bc3eb4c9(
    *,
    tf_replica_specs: typing.Mapping[builtins.str, typing.Union[TfJobSpecTfReplicaSpecs, typing.Dict[builtins.str, typing.Any]]],
    enable_dynamic_worker: typing.Optional[builtins.bool] = None,
    run_policy: typing.Optional[typing.Union[TfJobSpecRunPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    success_policy: typing.Optional[TfJobSpecSuccessPolicy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__213f43be10aca4ff97afa851a29308dbc71b213033de14fe7044b7005fd12e5c(
    *,
    active_deadline_seconds: typing.Optional[jsii.Number] = None,
    backoff_limit: typing.Optional[jsii.Number] = None,
    clean_pod_policy: typing.Optional[TfJobSpecRunPolicyCleanPodPolicy] = None,
    managed_by: typing.Optional[builtins.str] = None,
    scheduling_policy: typing.Optional[typing.Union[TfJobSpecRunPolicySchedulingPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    suspend: typing.Optional[builtins.bool] = None,
    ttl_seconds_after_finished: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c65f4a888c7f8c7b68247dd27450c519f330fbb9bd7a5bfb90c2c12fcf05a9d(
    *,
    min_available: typing.Optional[jsii.Number] = None,
    min_resources: typing.Optional[typing.Mapping[builtins.str, TfJobSpecRunPolicySchedulingPolicyMinResources]] = None,
    priority_class: typing.Optional[builtins.str] = None,
    queue: typing.Optional[builtins.str] = None,
    schedule_timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28effe9b11a1e82acd313de88ca1e07d9f7a3d4f06179661c1990e106e79374e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54991b53472dc1107da91aa276220beaeaeff95224d6686228a1da5af393f262(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bec71f10ce1fee23c32ea950df8975902aa43d3274af67349af322e98a04f8b8(
    *,
    replicas: typing.Optional[jsii.Number] = None,
    restart_policy: typing.Optional[TfJobSpecTfReplicaSpecsRestartPolicy] = None,
    template: typing.Optional[typing.Union[TfJobSpecTfReplicaSpecsTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5024c9adfd71b6e776044907b0ee739d39d9d5c90270715d7f18317aaa364815(
    *,
    metadata: typing.Optional[typing.Union[TfJobSpecTfReplicaSpecsTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f18d21cb41c362191436b1b2f5a357cd8574a56af308dd9213e918f03d89a461(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2aae3aa66e3981db029cbf7e6a64e95b6d5338afe37cb406c02fbe9ac90a279a(
    *,
    containers: typing.Sequence[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecContainers, typing.Dict[builtins.str, typing.Any]]],
    active_deadline_seconds: typing.Optional[jsii.Number] = None,
    affinity: typing.Any = None,
    automount_service_account_token: typing.Optional[builtins.bool] = None,
    dns_config: typing.Any = None,
    dns_policy: typing.Optional[builtins.str] = None,
    enable_service_links: typing.Optional[builtins.bool] = None,
    ephemeral_containers: typing.Optional[typing.Sequence[typing.Any]] = None,
    host_aliases: typing.Optional[typing.Sequence[typing.Any]] = None,
    host_ipc: typing.Optional[builtins.bool] = None,
    hostname: typing.Optional[builtins.str] = None,
    host_network: typing.Optional[builtins.bool] = None,
    host_pid: typing.Optional[builtins.bool] = None,
    host_users: typing.Optional[builtins.bool] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecImagePullSecrets, typing.Dict[builtins.str, typing.Any]]]] = None,
    init_containers: typing.Optional[typing.Sequence[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecInitContainers, typing.Dict[builtins.str, typing.Any]]]] = None,
    node_name: typing.Optional[builtins.str] = None,
    node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    os: typing.Any = None,
    overhead: typing.Optional[typing.Mapping[builtins.str, TfJobSpecTfReplicaSpecsTemplateSpecOverhead]] = None,
    preemption_policy: typing.Optional[builtins.str] = None,
    priority: typing.Optional[jsii.Number] = None,
    priority_class_name: typing.Optional[builtins.str] = None,
    readiness_gates: typing.Optional[typing.Sequence[typing.Any]] = None,
    resource_claims: typing.Optional[typing.Sequence[typing.Any]] = None,
    resources: typing.Optional[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    restart_policy: typing.Optional[TfJobSpecTfReplicaSpecsTemplateSpecRestartPolicy] = None,
    runtime_class_name: typing.Optional[builtins.str] = None,
    scheduler_name: typing.Optional[builtins.str] = None,
    scheduling_gates: typing.Optional[typing.Sequence[typing.Any]] = None,
    security_context: typing.Any = None,
    service_account: typing.Optional[builtins.str] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    set_hostname_as_fqdn: typing.Optional[builtins.bool] = None,
    share_process_namespace: typing.Optional[builtins.bool] = None,
    subdomain: typing.Optional[builtins.str] = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
    topology_spread_constraints: typing.Optional[typing.Sequence[typing.Any]] = None,
    volumes: typing.Optional[typing.Sequence[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bbc6b4a8f2ecd56335b5732ec4b9491dff32cf36c522cdf6c2037992226ee1c3(
    *,
    name: builtins.str,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecContainersEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[TfJobSpecTfReplicaSpecsTemplateSpecContainersImagePullPolicy] = None,
    lifecycle: typing.Any = None,
    liveness_probe: typing.Any = None,
    ports: typing.Optional[typing.Sequence[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecContainersPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
    readiness_probe: typing.Any = None,
    resize_policy: typing.Optional[typing.Sequence[typing.Any]] = None,
    resources: typing.Optional[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecContainersResources, typing.Dict[builtins.str, typing.Any]]] = None,
    restart_policy: typing.Optional[builtins.str] = None,
    security_context: typing.Any = None,
    startup_probe: typing.Any = None,
    stdin: typing.Optional[builtins.bool] = None,
    stdin_once: typing.Optional[builtins.bool] = None,
    termination_message_path: typing.Optional[builtins.str] = None,
    termination_message_policy: typing.Optional[builtins.str] = None,
    tty: typing.Optional[builtins.bool] = None,
    volume_devices: typing.Optional[typing.Sequence[typing.Any]] = None,
    volume_mounts: typing.Optional[typing.Sequence[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecContainersVolumeMounts, typing.Dict[builtins.str, typing.Any]]]] = None,
    working_dir: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e62cfec1a7a2746b8d42f47412dd16bb4efc40b033604387cb6ee306ef6dc9df(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__120e5226464ff32abaf90ae06dfd678fa6dc2b05f1fe84554742340fec2c6433(
    *,
    container_port: jsii.Number,
    host_ip: typing.Optional[builtins.str] = None,
    host_port: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e8c81a50b94e27fe7cd90faaa259d17094f79b6af41aaa7c998def40b14bf43(
    *,
    claims: typing.Optional[typing.Sequence[typing.Any]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, TfJobSpecTfReplicaSpecsTemplateSpecContainersResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__403dbb259b4cfd96a1ae61524749546eef887f5602e1b9ac638368d103770e99(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68f55b8a455cbbb89f7bf912a691214ea3abcb2bd1e455a122504b92fa3bfdaa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0df45709c9be22ec769a7bcc1e89ea7cda0c5239043268f219eb9de51e93f0f8(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b1905e1553ba545336ffb1e2656020657e745573690d9cf3ac97215c1605e926(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e597d007c057982852bd3a9321952a7b369d0a53ac15232053411aef9e282232(
    *,
    mount_path: builtins.str,
    name: builtins.str,
    mount_propagation: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    recursive_read_only: typing.Optional[builtins.str] = None,
    sub_path: typing.Optional[builtins.str] = None,
    sub_path_expr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd7187aee871ffbb0121fa6c9048e350be6b74e306f4bdab09780dac34c6e019(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5cc5d82dd2a5c0613682e60a64852f168b03059c79693ba76f4cf4e299053f8f(
    *,
    name: builtins.str,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecInitContainersEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    env_from: typing.Optional[typing.Sequence[typing.Any]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[TfJobSpecTfReplicaSpecsTemplateSpecInitContainersImagePullPolicy] = None,
    lifecycle: typing.Any = None,
    liveness_probe: typing.Any = None,
    ports: typing.Optional[typing.Sequence[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecInitContainersPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
    readiness_probe: typing.Any = None,
    resize_policy: typing.Optional[typing.Sequence[typing.Any]] = None,
    resources: typing.Optional[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResources, typing.Dict[builtins.str, typing.Any]]] = None,
    restart_policy: typing.Optional[builtins.str] = None,
    security_context: typing.Any = None,
    startup_probe: typing.Any = None,
    stdin: typing.Optional[builtins.bool] = None,
    stdin_once: typing.Optional[builtins.bool] = None,
    termination_message_path: typing.Optional[builtins.str] = None,
    termination_message_policy: typing.Optional[builtins.str] = None,
    tty: typing.Optional[builtins.bool] = None,
    volume_devices: typing.Optional[typing.Sequence[typing.Any]] = None,
    volume_mounts: typing.Optional[typing.Sequence[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecInitContainersVolumeMounts, typing.Dict[builtins.str, typing.Any]]]] = None,
    working_dir: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba4172bdd22fee240a6ebc63746baadfbd52a985bb51cf1e9f6136ce9fc98062(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dc68122fa0114bc065128a3a82abc32f691267e42b767d1f745f9e7fda63c49f(
    *,
    container_port: jsii.Number,
    host_ip: typing.Optional[builtins.str] = None,
    host_port: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc2778ebe0a738a4c61046cb7a55d555c2396baa885259f9c5858fb48cec7f0b(
    *,
    claims: typing.Optional[typing.Sequence[typing.Any]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, TfJobSpecTfReplicaSpecsTemplateSpecInitContainersResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d21db65f705c578ebc2f7ebf6f1cf39c986e19b27bb4afdff7e086e33c4b5704(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e400c374675697770141005227c241e13acad178ed72966365ddd2f12ab41a1c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea331880a9793d6b93a205f7e018e03d9daf4204360243923b53d7517e8d4525(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5beacfcab9cf34599ef7d874bb144a0df4d899de56e021926dd43d508f9cf5fe(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec4dfcdb37497ca6c3b86ee2bc4132302ee594de08ec2c41741b6ff507106d59(
    *,
    mount_path: builtins.str,
    name: builtins.str,
    mount_propagation: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    recursive_read_only: typing.Optional[builtins.str] = None,
    sub_path: typing.Optional[builtins.str] = None,
    sub_path_expr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0153e555d494d627bec0cf426ad5247e5adf74fbd9c4a064c0c088e3b2a917d2(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ad8481bb9542462547792a3237f24f77c25dfe49a69fefa88c6d1188f50380c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__461c9b7c2e8b1a65a610a572df18d05fe90521612a8ac295490aa9c3e1071be2(
    *,
    claims: typing.Optional[typing.Sequence[typing.Any]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, TfJobSpecTfReplicaSpecsTemplateSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, TfJobSpecTfReplicaSpecsTemplateSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0b2fe06212fb1951510901083e51e3917a12c49f62a527c527dac843d090de0(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__807b02c7fb5460c9f7b748e2821ad7603771aa4c88fdaec4801c143c700dda28(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f927714cb403e08e92040a9e400d7b97b94ccafe97dc79ff70c4e9d9b8a8fef2(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e538aaab107bc350cd4002cd8495a0572e53278d28238f8fa32600d608f91ce8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2277271a0e6548f8a486ebd74f521fdd7f54ff59811d106f5bd1b5a436d6f1b7(
    *,
    effect: typing.Optional[TfJobSpecTfReplicaSpecsTemplateSpecTolerationsEffect] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[TfJobSpecTfReplicaSpecsTemplateSpecTolerationsOperator] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2107411620f3802b2a863e9168745ba5405b68cc62dbcab2a3bab644b2dc3abb(
    *,
    name: builtins.str,
    config_map: typing.Optional[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    empty_dir: typing.Optional[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDir, typing.Dict[builtins.str, typing.Any]]] = None,
    persistent_volume_claim: typing.Optional[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecVolumesPersistentVolumeClaim, typing.Dict[builtins.str, typing.Any]]] = None,
    secret: typing.Optional[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3392579f9a92617c9ade18abe25f19188acde4a6c6f1fbf9cc5d9fb0fa246e4(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecVolumesConfigMapItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a50ebc4df7ac11ad76fe647ab749589b9a1cfad56fd36faad3073b7011f86751(
    *,
    key: builtins.str,
    path: builtins.str,
    mode: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__361f5f10bf7fea669504faff410e8a5ecdb2ab62deb22b68aad296563ea2fb9f(
    *,
    medium: typing.Optional[builtins.str] = None,
    size_limit: typing.Optional[TfJobSpecTfReplicaSpecsTemplateSpecVolumesEmptyDirSizeLimit] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d8ff7bd2c6431a981f40e694312d96444f84609b95667a3a2392a66328c56b6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74d440354700461ec577e3fdecb29595a9ca5c0053d4387aabb0b9e584856e65(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__967cae415617472e0e9937024b31afa60b46aca9126b9effb628504de55271cc(
    *,
    claim_name: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d1bb99bacbed7ab5c9ee5013cbfedaa45ab55e3c50a15ab7b28196a9ace82561(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[TfJobSpecTfReplicaSpecsTemplateSpecVolumesSecretItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    optional: typing.Optional[builtins.bool] = None,
    secret_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a93b042da61eeb26d2fb1ea55a31c34f8688589759463e1ba390e71e6b2ccc1(
    *,
    key: builtins.str,
    path: builtins.str,
    mode: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
