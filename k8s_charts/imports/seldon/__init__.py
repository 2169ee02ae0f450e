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


class SeldonDeployment(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeployment",
):
    '''SeldonDeployment: an inference graph served behind the gateway.

    :schema: SeldonDeployment
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SeldonDeploymentSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "SeldonDeployment" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4616cab3a465171f60f49c0d7d044a957d327dddf7818adc30a16cf85f12a63e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = SeldonDeploymentProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SeldonDeploymentSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "SeldonDeployment".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = SeldonDeploymentProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "SeldonDeployment".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class SeldonDeploymentProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SeldonDeploymentSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SeldonDeployment: an inference graph served behind the gateway.

        :param metadata: 
        :param spec: 

        :schema: SeldonDeployment
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = SeldonDeploymentSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c04feb5a0a38d517ce68019a445fcc245e8045a5914d862e0231da572956f8f0)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: SeldonDeployment#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["SeldonDeploymentSpec"]:
        '''
        :schema: SeldonDeployment#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["SeldonDeploymentSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpec",
    jsii_struct_bases=[],
    name_mapping={
        "predictors": "predictors",
        "annotations": "annotations",
        "name": "name",
        "oauth_key": "oauthKey",
        "oauth_secret": "oauthSecret",
        "protocol": "protocol",
        "replicas": "replicas",
        "server_type": "serverType",
        "transport": "transport",
    },
)
class SeldonDeploymentSpec:
    def __init__(
        self,
        *,
        predictors: typing.Sequence[typing.Union["SeldonDeploymentSpecPredictors", typing.Dict[builtins.str, typing.Any]]],
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
        oauth_key: typing.Optional[builtins.str] = None,
        oauth_secret: typing.Optional[builtins.str] = None,
        protocol: typing.Optional["SeldonDeploymentSpecProtocol"] = None,
        replicas: typing.Optional[jsii.Number] = None,
        server_type: typing.Optional["SeldonDeploymentSpecServerType"] = None,
        transport: typing.Optional["SeldonDeploymentSpecTransport"] = None,
    ) -> None:
        '''
        :param predictors: 
        :param annotations: 
        :param name: Deprecated upstream.
        :param oauth_key: 
        :param oauth_secret: 
        :param protocol: 
        :param replicas: 
        :param server_type: 
        :param transport: 

        :schema: SeldonDeploymentSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b2dffa8fa752e11f38e7013138b1dd97b9f0a6702bacf0d319ec1b261a76109)
            check_type(argname="argument predictors", value=predictors, expected_type=type_hints["predictors"])
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument oauth_key", value=oauth_key, expected_type=type_hints["oauth_key"])
            check_type(argname="argument oauth_secret", value=oauth_secret, expected_type=type_hints["oauth_secret"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument server_type", value=server_type, expected_type=type_hints["server_type"])
            check_type(argname="argument transport", value=transport, expected_type=type_hints["transport"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "predictors": predictors,
        }
        if annotations is not None:
            self._values["annotations"] = annotations
        if name is not None:
            self._values["name"] = name
        if oauth_key is not None:
            self._values["oauth_key"] = oauth_key
        if oauth_secret is not None:
            self._values["oauth_secret"] = oauth_secret
        if protocol is not None:
            self._values["protocol"] = protocol
        if replicas is not None:
            self._values["replicas"] = replicas
        if server_type is not None:
            self._values["server_type"] = server_type
        if transport is not None:
            self._values["transport"] = transport

    @builtins.property
    def predictors(self) -> typing.List["SeldonDeploymentSpecPredictors"]:
        '''
        :schema: SeldonDeploymentSpec#predictors
        '''
        result = self._values.get("predictors")
        assert result is not None, "Required property 'predictors' is missing"
        return typing.cast(typing.List["SeldonDeploymentSpecPredictors"], result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SeldonDeploymentSpec#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Deprecated upstream.

        :schema: SeldonDeploymentSpec#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oauth_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentSpec#oauth_key
        '''
        result = self._values.get("oauth_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oauth_secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentSpec#oauth_secret
        '''
        result = self._values.get("oauth_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional["SeldonDeploymentSpecProtocol"]:
        '''
        :schema: SeldonDeploymentSpec#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional["SeldonDeploymentSpecProtocol"], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpec#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def server_type(self) -> typing.Optional["SeldonDeploymentSpecServerType"]:
        '''
        :schema: SeldonDeploymentSpec#serverType
        '''
        result = self._values.get("server_type")
        return typing.cast(typing.Optional["SeldonDeploymentSpecServerType"], result)

    @builtins.property
    def transport(self) -> typing.Optional["SeldonDeploymentSpecTransport"]:
        '''
        :schema: SeldonDeploymentSpec#transport
        '''
        result = self._values.get("transport")
        return typing.cast(typing.Optional["SeldonDeploymentSpecTransport"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictors",
    jsii_struct_bases=[],
    name_mapping={
        "graph": "graph",
        "name": "name",
        "annotations": "annotations",
        "component_specs": "componentSpecs",
        "engine_resources": "engineResources",
        "explainer": "explainer",
        "labels": "labels",
        "progress_deadline_seconds": "progressDeadlineSeconds",
        "replicas": "replicas",
        "shadow": "shadow",
        "ssl": "ssl",
        "svc_orch_spec": "svcOrchSpec",
        "traffic": "traffic",
    },
)
class SeldonDeploymentSpecPredictors:
    def __init__(
        self,
        *,
        graph: typing.Union["SeldonDeploymentSpecPredictorsGraph", typing.Dict[builtins.str, typing.Any]],
        name: builtins.str,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        component_specs: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentSpecPredictorsComponentSpecs", typing.Dict[builtins.str, typing.Any]]]] = None,
        engine_resources: typing.Any = None,
        explainer: typing.Any = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        progress_deadline_seconds: typing.Optional[jsii.Number] = None,
        replicas: typing.Optional[jsii.Number] = None,
        shadow: typing.Optional[builtins.bool] = None,
        ssl: typing.Optional[typing.Union["SeldonDeploymentSpecPredictorsSsl", typing.Dict[builtins.str, typing.Any]]] = None,
        svc_orch_spec: typing.Optional[typing.Union["SeldonDeploymentSpecPredictorsSvcOrchSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        traffic: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param graph: 
        :param name: 
        :param annotations: 
        :param component_specs: 
        :param engine_resources: core/v1 ResourceRequirements (deprecated: use svcOrchSpec.resources).
        :param explainer: Alibi explainer of the predictor (not used by the platform's models).
        :param labels: 
        :param progress_deadline_seconds: 
        :param replicas: 
        :param shadow: 
        :param ssl: 
        :param svc_orch_spec: 
        :param traffic: Percent of traffic (weights of all predictors add to 100).

        :schema: SeldonDeploymentSpecPredictors
        '''
        if isinstance(graph, dict):
            graph = SeldonDeploymentSpecPredictorsGraph(**graph)
        if isinstance(ssl, dict):
            ssl = SeldonDeploymentSpecPredictorsSsl(**ssl)
        if isinstance(svc_orch_spec, dict):
            svc_orch_spec = SeldonDeploymentSpecPredictorsSvcOrchSpec(**svc_orch_spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__29bc5196d3f292d5e4a3c350e600c56d05c9904d1dd6037da7a7127bfdbd2b79)
            check_type(argname="argument graph", value=graph, expected_type=type_hints["graph"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument component_specs", value=component_specs, expected_type=type_hints["component_specs"])
            check_type(argname="argument engine_resources", value=engine_resources, expected_type=type_hints["engine_resources"])
            check_type(argname="argument explainer", value=explainer, expected_type=type_hints["explainer"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument progress_deadline_seconds", value=progress_deadline_seconds, expected_type=type_hints["progress_deadline_seconds"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument shadow", value=shadow, expected_type=type_hints["shadow"])
            check_type(argname="argument ssl", value=ssl, expected_type=type_hints["ssl"])
            check_type(argname="argument svc_orch_spec", value=svc_orch_spec, expected_type=type_hints["svc_orch_spec"])
            check_type(argname="argument traffic", value=traffic, expected_type=type_hints["traffic"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "graph": graph,
            "name": name,
        }
        if annotations is not None:
            self._values["annotations"] = annotations
        if component_specs is not None:
            self._values["component_specs"] = component_specs
        if engine_resources is not None:
            self._values["engine_resources"] = engine_resources
        if explainer is not None:
            self._values["explainer"] = explainer
        if labels is not None:
            self._values["labels"] = labels
        if progress_deadline_seconds is not None:
            self._values["progress_deadline_seconds"] = progress_deadline_seconds
        if replicas is not None:
            self._values["replicas"] = replicas
        if shadow is not None:
            self._values["shadow"] = shadow
        if ssl is not None:
            self._values["ssl"] = ssl
        if svc_orch_spec is not None:
            self._values["svc_orch_spec"] = svc_orch_spec
        if traffic is not None:
            self._values["traffic"] = traffic

    @builtins.property
    def graph(self) -> "SeldonDeploymentSpecPredictorsGraph":
        '''
        :schema: SeldonDeploymentSpecPredictors#graph
        '''
        result = self._values.get("graph")
        assert result is not None, "Required property 'graph' is missing"
        return typing.cast("SeldonDeploymentSpecPredictorsGraph", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentSpecPredictors#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SeldonDeploymentSpecPredictors#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def component_specs(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentSpecPredictorsComponentSpecs"]]:
        '''
        :schema: SeldonDeploymentSpecPredictors#componentSpecs
        '''
        result = self._values.get("component_specs")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentSpecPredictorsComponentSpecs"]], result)

    @builtins.property
    def engine_resources(self) -> typing.Any:
        '''core/v1 ResourceRequirements (deprecated: use svcOrchSpec.resources).

        :schema: SeldonDeploymentSpecPredictors#engineResources
        '''
        result = self._values.get("engine_resources")
        return typing.cast(typing.Any, result)

    @builtins.property
    def explainer(self) -> typing.Any:
        '''Alibi explainer of the predictor (not used by the platform's models).

        :schema: SeldonDeploymentSpecPredictors#explainer
        '''
        result = self._values.get("explainer")
        return typing.cast(typing.Any, result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SeldonDeploymentSpecPredictors#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def progress_deadline_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpecPredictors#progressDeadlineSeconds
        '''
        result = self._values.get("progress_deadline_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpecPredictors#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def shadow(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: SeldonDeploymentSpecPredictors#shadow
        '''
        result = self._values.get("shadow")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ssl(self) -> typing.Optional["SeldonDeploymentSpecPredictorsSsl"]:
        '''
        :schema: SeldonDeploymentSpecPredictors#ssl
        '''
        result = self._values.get("ssl")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsSsl"], result)

    @builtins.property
    def svc_orch_spec(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsSvcOrchSpec"]:
        '''
        :schema: SeldonDeploymentSpecPredictors#svcOrchSpec
        '''
        result = self._values.get("svc_orch_spec")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsSvcOrchSpec"], result)

    @builtins.property
    def traffic(self) -> typing.Optional[jsii.Number]:
        '''Percent of traffic (weights of all predictors add to 100).

        :schema: SeldonDeploymentSpecPredictors#traffic
        '''
        result = self._values.get("traffic")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsComponentSpecs",
    jsii_struct_bases=[],
    name_mapping={
        "hpa_spec": "hpaSpec",
        "keda_spec": "kedaSpec",
        "metadata": "metadata",
        "pdb_spec": "pdbSpec",
        "replicas": "replicas",
        "spec": "spec",
    },
)
class SeldonDeploymentSpecPredictorsComponentSpecs:
    def __init__(
        self,
        *,
        hpa_spec: typing.Optional[typing.Union["SeldonDeploymentSpecPredictorsComponentSpecsHpaSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        keda_spec: typing.Any = None,
        metadata: typing.Optional[typing.Union["SeldonDeploymentSpecPredictorsComponentSpecsMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        pdb_spec: typing.Optional[typing.Union["SeldonDeploymentSpecPredictorsComponentSpecsPdbSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        replicas: typing.Optional[jsii.Number] = None,
        spec: typing.Any = None,
    ) -> None:
        '''
        :param hpa_spec: 
        :param keda_spec: KEDA ScaledObject spec (KEDA is not enabled on this platform).
        :param metadata: 
        :param pdb_spec: 
        :param replicas: 
        :param spec: A core/v1 PodSpec; the gates validate it against the cluster's Pod schema.

        :schema: SeldonDeploymentSpecPredictorsComponentSpecs
        '''
        if isinstance(hpa_spec, dict):
            hpa_spec = SeldonDeploymentSpecPredictorsComponentSpecsHpaSpec(**hpa_spec)
        if isinstance(metadata, dict):
            metadata = SeldonDeploymentSpecPredictorsComponentSpecsMetadata(**metadata)
        if isinstance(pdb_spec, dict):
            pdb_spec = SeldonDeploymentSpecPredictorsComponentSpecsPdbSpec(**pdb_spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cf8e133600e73cb974182b7ec2cb74beae12bace2fe5e3d78d805b4ced78ed9c)
            check_type(argname="argument hpa_spec", value=hpa_spec, expected_type=type_hints["hpa_spec"])
            check_type(argname="argument keda_spec", value=keda_spec, expected_type=type_hints["keda_spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument pdb_spec", value=pdb_spec, expected_type=type_hints["pdb_spec"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hpa_spec is not None:
            self._values["hpa_spec"] = hpa_spec
        if keda_spec is not None:
            self._values["keda_spec"] = keda_spec
        if metadata is not None:
            self._values["metadata"] = metadata
        if pdb_spec is not None:
            self._values["pdb_spec"] = pdb_spec
        if replicas is not None:
            self._values["replicas"] = replicas
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def hpa_spec(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsComponentSpecsHpaSpec"]:
        '''
        :schema: SeldonDeploymentSpecPredictorsComponentSpecs#hpaSpec
        '''
        result = self._values.get("hpa_spec")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsComponentSpecsHpaSpec"], result)

    @builtins.property
    def keda_spec(self) -> typing.Any:
        '''KEDA ScaledObject spec (KEDA is not enabled on this platform).

        :schema: SeldonDeploymentSpecPredictorsComponentSpecs#kedaSpec
        '''
        result = self._values.get("keda_spec")
        return typing.cast(typing.Any, result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsComponentSpecsMetadata"]:
        '''
        :schema: SeldonDeploymentSpecPredictorsComponentSpecs#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsComponentSpecsMetadata"], result)

    @builtins.property
    def pdb_spec(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsComponentSpecsPdbSpec"]:
        '''
        :schema: SeldonDeploymentSpecPredictorsComponentSpecs#pdbSpec
        '''
        result = self._values.get("pdb_spec")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsComponentSpecsPdbSpec"], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpecPredictorsComponentSpecs#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''A core/v1 PodSpec;

        the gates validate it against the cluster's Pod schema.

        :schema: SeldonDeploymentSpecPredictorsComponentSpecs#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsComponentSpecs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsComponentSpecsHpaSpec",
    jsii_struct_bases=[],
    name_mapping={
        "max_replicas": "maxReplicas",
        "metrics": "metrics",
        "metricsv2": "metricsv2",
        "min_replicas": "minReplicas",
    },
)
class SeldonDeploymentSpecPredictorsComponentSpecsHpaSpec:
    def __init__(
        self,
        *,
        max_replicas: jsii.Number,
        metrics: typing.Optional[typing.Sequence[typing.Any]] = None,
        metricsv2: typing.Optional[typing.Sequence[typing.Any]] = None,
        min_replicas: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param max_replicas: 
        :param metrics: 
        :param metricsv2: 
        :param min_replicas: 

        :schema: SeldonDeploymentSpecPredictorsComponentSpecsHpaSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fb25443afdaa04506dee4aef47fa5391c379cbe2d8195c232e515f33dfeb77cc)
            check_type(argname="argument max_replicas", value=max_replicas, expected_type=type_hints["max_replicas"])
            check_type(argname="argument metrics", value=metrics, expected_type=type_hints["metrics"])
            check_type(argname="argument metricsv2", value=metricsv2, expected_type=type_hints["metricsv2"])
            check_type(argname="argument min_replicas", value=min_replicas, expected_type=type_hints["min_replicas"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "max_replicas": max_replicas,
        }
        if metrics is not None:
            self._values["metrics"] = metrics
        if metricsv2 is not None:
            self._values["metricsv2"] = metricsv2
        if min_replicas is not None:
            self._values["min_replicas"] = min_replicas

    @builtins.property
    def max_replicas(self) -> jsii.Number:
        '''
        :schema: SeldonDeploymentSpecPredictorsComponentSpecsHpaSpec#maxReplicas
        '''
        result = self._values.get("max_replicas")
        assert result is not None, "Required property 'max_replicas' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def metrics(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: SeldonDeploymentSpecPredictorsComponentSpecsHpaSpec#metrics
        '''
        result = self._values.get("metrics")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def metricsv2(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: SeldonDeploymentSpecPredictorsComponentSpecsHpaSpec#metricsv2
        '''
        result = self._values.get("metricsv2")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def min_replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpecPredictorsComponentSpecsHpaSpec#minReplicas
        '''
        result = self._values.get("min_replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsComponentSpecsHpaSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsComponentSpecsMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels", "name": "name"},
)
class SeldonDeploymentSpecPredictorsComponentSpecsMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param annotations: 
        :param labels: 
        :param name: 

        :schema: SeldonDeploymentSpecPredictorsComponentSpecsMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7e3823c67424bbf18bb04aef080184b508067af3cd409d2e576797801e51ead4)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SeldonDeploymentSpecPredictorsComponentSpecsMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SeldonDeploymentSpecPredictorsComponentSpecsMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentSpecPredictorsComponentSpecsMetadata#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsComponentSpecsMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsComponentSpecsPdbSpec",
    jsii_struct_bases=[],
    name_mapping={
        "max_unavailable": "maxUnavailable",
        "min_available": "minAvailable",
    },
)
class SeldonDeploymentSpecPredictorsComponentSpecsPdbSpec:
    def __init__(
        self,
        *,
        max_unavailable: typing.Optional["SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMaxUnavailable"] = None,
        min_available: typing.Optional["SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMinAvailable"] = None,
    ) -> None:
        '''
        :param max_unavailable: 
        :param min_available: 

        :schema: SeldonDeploymentSpecPredictorsComponentSpecsPdbSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f66ddebe526d7493a3e207b2305fc35460a6b8be1e1dcf9c087a2aaaca7eb5c)
            check_type(argname="argument max_unavailable", value=max_unavailable, expected_type=type_hints["max_unavailable"])
            check_type(argname="argument min_available", value=min_available, expected_type=type_hints["min_available"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_unavailable is not None:
            self._values["max_unavailable"] = max_unavailable
        if min_available is not None:
            self._values["min_available"] = min_available

    @builtins.property
    def max_unavailable(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMaxUnavailable"]:
        '''
        :schema: SeldonDeploymentSpecPredictorsComponentSpecsPdbSpec#maxUnavailable
        '''
        result = self._values.get("max_unavailable")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMaxUnavailable"], result)

    @builtins.property
    def min_available(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMinAvailable"]:
        '''
        :schema: SeldonDeploymentSpecPredictorsComponentSpecsPdbSpec#minAvailable
        '''
        result = self._values.get("min_available")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMinAvailable"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsComponentSpecsPdbSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMaxUnavailable(
    metaclass=jsii.JSIIMeta,
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMaxUnavailable",
):
    '''
    :schema: SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMaxUnavailable
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMaxUnavailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8b2a243a050b7c7edd0526e11594334e56f51648c3881f1473612f6a6ada967c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMaxUnavailable", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMaxUnavailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de6839e6a10a04b30534cf42fc2e69324dd14012069c49f8b492b3b851c335b2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMaxUnavailable", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMinAvailable(
    metaclass=jsii.JSIIMeta,
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMinAvailable",
):
    '''
    :schema: SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMinAvailable
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMinAvailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd7f27bd26e05c72c9c123885fbf4e7dc2d33ef4504cedb04e47901e315b6a56)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMinAvailable", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMinAvailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df5e7d5f62b4346271f05493cec2651e62bb527565e3829556e47528690c0331)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMinAvailable", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraph",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "children": "children",
        "endpoint": "endpoint",
        "env_secret_ref_name": "envSecretRefName",
        "implementation": "implementation",
        "logger": "logger",
        "methods": "methods",
        "model_uri": "modelUri",
        "parameters": "parameters",
        "service_account_name": "serviceAccountName",
        "storage_initializer_image": "storageInitializerImage",
        "type": "type",
    },
)
class SeldonDeploymentSpecPredictorsGraph:
    def __init__(
        self,
        *,
        name: builtins.str,
        children: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentSpecPredictorsGraphChildren", typing.Dict[builtins.str, typing.Any]]]] = None,
        endpoint: typing.Optional[typing.Union["SeldonDeploymentSpecPredictorsGraphEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        env_secret_ref_name: typing.Optional[builtins.str] = None,
        implementation: typing.Optional[builtins.str] = None,
        logger: typing.Optional[typing.Union["SeldonDeploymentSpecPredictorsGraphLogger", typing.Dict[builtins.str, typing.Any]]] = None,
        methods: typing.Optional[typing.Sequence["SeldonDeploymentSpecPredictorsGraphMethods"]] = None,
        model_uri: typing.Optional[builtins.str] = None,
        parameters: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentSpecPredictorsGraphParameters", typing.Dict[builtins.str, typing.Any]]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        storage_initializer_image: typing.Optional[builtins.str] = None,
        type: typing.Optional["SeldonDeploymentSpecPredictorsGraphType"] = None,
    ) -> None:
        '''
        :param name: Unit name; a componentSpecs container of the same name implements it.
        :param children: 
        :param endpoint: 
        :param env_secret_ref_name: 
        :param implementation: Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.
        :param logger: Request/response payload logging by the executor.
        :param methods: 
        :param model_uri: Where the artifact is (s3://, gs://, pvc://).
        :param parameters: 
        :param service_account_name: Service account of the unit's pods (its AWS identity).
        :param storage_initializer_image: 
        :param type: 

        :schema: SeldonDeploymentSpecPredictorsGraph
        '''
        if isinstance(endpoint, dict):
            endpoint = SeldonDeploymentSpecPredictorsGraphEndpoint(**endpoint)
        if isinstance(logger, dict):
            logger = SeldonDeploymentSpecPredictorsGraphLogger(**logger)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6709739ce6dbfd05361f876bb47ed41586dfa15f714a513f60c2fe2c4cf1bf9a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument children", value=children, expected_type=type_hints["children"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument env_secret_ref_name", value=env_secret_ref_name, expected_type=type_hints["env_secret_ref_name"])
            check_type(argname="argument implementation", value=implementation, expected_type=type_hints["implementation"])
            check_type(argname="argument logger", value=logger, expected_type=type_hints["logger"])
            check_type(argname="argument methods", value=methods, expected_type=type_hints["methods"])
            check_type(argname="argument model_uri", value=model_uri, expected_type=type_hints["model_uri"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument storage_initializer_image", value=storage_initializer_image, expected_type=type_hints["storage_initializer_image"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if children is not None:
            self._values["children"] = children
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if env_secret_ref_name is not None:
            self._values["env_secret_ref_name"] = env_secret_ref_name
        if implementation is not None:
            self._values["implementation"] = implementation
        if logger is not None:
            self._values["logger"] = logger
        if methods is not None:
            self._values["methods"] = methods
        if model_uri is not None:
            self._values["model_uri"] = model_uri
        if parameters is not None:
            self._values["parameters"] = parameters
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if storage_initializer_image is not None:
            self._values["storage_initializer_image"] = storage_initializer_image
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Unit name;

        a componentSpecs container of the same name implements it.

        :schema: SeldonDeploymentSpecPredictorsGraph#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def children(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildren"]]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraph#children
        '''
        result = self._values.get("children")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildren"]], result)

    @builtins.property
    def endpoint(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphEndpoint"]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraph#endpoint
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphEndpoint"], result)

    @builtins.property
    def env_secret_ref_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraph#envSecretRefName
        '''
        result = self._values.get("env_secret_ref_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def implementation(self) -> typing.Optional[builtins.str]:
        '''Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.

        :schema: SeldonDeploymentSpecPredictorsGraph#implementation
        '''
        result = self._values.get("implementation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def logger(self) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphLogger"]:
        '''Request/response payload logging by the executor.

        :schema: SeldonDeploymentSpecPredictorsGraph#logger
        '''
        result = self._values.get("logger")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphLogger"], result)

    @builtins.property
    def methods(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphMethods"]]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraph#methods
        '''
        result = self._values.get("methods")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphMethods"]], result)

    @builtins.property
    def model_uri(self) -> typing.Optional[builtins.str]:
        '''Where the artifact is (s3://, gs://, pvc://).

        :schema: SeldonDeploymentSpecPredictorsGraph#modelUri
        '''
        result = self._values.get("model_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def parameters(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphParameters"]]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraph#parameters
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphParameters"]], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''Service account of the unit's pods (its AWS identity).

        :schema: SeldonDeploymentSpecPredictorsGraph#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_initializer_image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraph#storageInitializerImage
        '''
        result = self._values.get("storage_initializer_image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphType"]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraph#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsGraph(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildren",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "children": "children",
        "endpoint": "endpoint",
        "env_secret_ref_name": "envSecretRefName",
        "implementation": "implementation",
        "logger": "logger",
        "methods": "methods",
        "model_uri": "modelUri",
        "parameters": "parameters",
        "service_account_name": "serviceAccountName",
        "storage_initializer_image": "storageInitializerImage",
        "type": "type",
    },
)
class SeldonDeploymentSpecPredictorsGraphChildren:
    def __init__(
        self,
        *,
        name: builtins.str,
        children: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentSpecPredictorsGraphChildrenChildren", typing.Dict[builtins.str, typing.Any]]]] = None,
        endpoint: typing.Optional[typing.Union["SeldonDeploymentSpecPredictorsGraphChildrenEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        env_secret_ref_name: typing.Optional[builtins.str] = None,
        implementation: typing.Optional[builtins.str] = None,
        logger: typing.Optional[typing.Union["SeldonDeploymentSpecPredictorsGraphChildrenLogger", typing.Dict[builtins.str, typing.Any]]] = None,
        methods: typing.Optional[typing.Sequence["SeldonDeploymentSpecPredictorsGraphChildrenMethods"]] = None,
        model_uri: typing.Optional[builtins.str] = None,
        parameters: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentSpecPredictorsGraphChildrenParameters", typing.Dict[builtins.str, typing.Any]]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        storage_initializer_image: typing.Optional[builtins.str] = None,
        type: typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenType"] = None,
    ) -> None:
        '''
        :param name: Unit name; a componentSpecs container of the same name implements it.
        :param children: 
        :param endpoint: 
        :param env_secret_ref_name: 
        :param implementation: Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.
        :param logger: Request/response payload logging by the executor.
        :param methods: 
        :param model_uri: Where the artifact is (s3://, gs://, pvc://).
        :param parameters: 
        :param service_account_name: Service account of the unit's pods (its AWS identity).
        :param storage_initializer_image: 
        :param type: 

        :schema: SeldonDeploymentSpecPredictorsGraphChildren
        '''
        if isinstance(endpoint, dict):
            endpoint = SeldonDeploymentSpecPredictorsGraphChildrenEndpoint(**endpoint)
        if isinstance(logger, dict):
            logger = SeldonDeploymentSpecPredictorsGraphChildrenLogger(**logger)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ec98f3574a3b09d12a6b001b490cc726c28522f35bb86783b274474f0f1722c2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument children", value=children, expected_type=type_hints["children"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument env_secret_ref_name", value=env_secret_ref_name, expected_type=type_hints["env_secret_ref_name"])
            check_type(argname="argument implementation", value=implementation, expected_type=type_hints["implementation"])
            check_type(argname="argument logger", value=logger, expected_type=type_hints["logger"])
            check_type(argname="argument methods", value=methods, expected_type=type_hints["methods"])
            check_type(argname="argument model_uri", value=model_uri, expected_type=type_hints["model_uri"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument storage_initializer_image", value=storage_initializer_image, expected_type=type_hints["storage_initializer_image"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if children is not None:
            self._values["children"] = children
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if env_secret_ref_name is not None:
            self._values["env_secret_ref_name"] = env_secret_ref_name
        if implementation is not None:
            self._values["implementation"] = implementation
        if logger is not None:
            self._values["logger"] = logger
        if methods is not None:
            self._values["methods"] = methods
        if model_uri is not None:
            self._values["model_uri"] = model_uri
        if parameters is not None:
            self._values["parameters"] = parameters
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if storage_initializer_image is not None:
            self._values["storage_initializer_image"] = storage_initializer_image
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Unit name;

        a componentSpecs container of the same name implements it.

        :schema: SeldonDeploymentSpecPredictorsGraphChildren#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def children(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildrenChildren"]]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildren#children
        '''
        result = self._values.get("children")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildrenChildren"]], result)

    @builtins.property
    def endpoint(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenEndpoint"]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildren#endpoint
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenEndpoint"], result)

    @builtins.property
    def env_secret_ref_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildren#envSecretRefName
        '''
        result = self._values.get("env_secret_ref_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def implementation(self) -> typing.Optional[builtins.str]:
        '''Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.

        :schema: SeldonDeploymentSpecPredictorsGraphChildren#implementation
        '''
        result = self._values.get("implementation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def logger(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenLogger"]:
        '''Request/response payload logging by the executor.

        :schema: SeldonDeploymentSpecPredictorsGraphChildren#logger
        '''
        result = self._values.get("logger")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenLogger"], result)

    @builtins.property
    def methods(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildrenMethods"]]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildren#methods
        '''
        result = self._values.get("methods")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildrenMethods"]], result)

    @builtins.property
    def model_uri(self) -> typing.Optional[builtins.str]:
        '''Where the artifact is (s3://, gs://, pvc://).

        :schema: SeldonDeploymentSpecPredictorsGraphChildren#modelUri
        '''
        result = self._values.get("model_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def parameters(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildrenParameters"]]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildren#parameters
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildrenParameters"]], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''Service account of the unit's pods (its AWS identity).

        :schema: SeldonDeploymentSpecPredictorsGraphChildren#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_initializer_image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildren#storageInitializerImage
        '''
        result = self._values.get("storage_initializer_image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenType"]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildren#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsGraphChildren(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildren",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "children": "children",
        "endpoint": "endpoint",
        "env_secret_ref_name": "envSecretRefName",
        "implementation": "implementation",
        "logger": "logger",
        "methods": "methods",
        "model_uri": "modelUri",
        "parameters": "parameters",
        "service_account_name": "serviceAccountName",
        "storage_initializer_image": "storageInitializerImage",
        "type": "type",
    },
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildren:
    def __init__(
        self,
        *,
        name: builtins.str,
        children: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren", typing.Dict[builtins.str, typing.Any]]]] = None,
        endpoint: typing.Optional[typing.Union["SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        env_secret_ref_name: typing.Optional[builtins.str] = None,
        implementation: typing.Optional[builtins.str] = None,
        logger: typing.Optional[typing.Union["SeldonDeploymentSpecPredictorsGraphChildrenChildrenLogger", typing.Dict[builtins.str, typing.Any]]] = None,
        methods: typing.Optional[typing.Sequence["SeldonDeploymentSpecPredictorsGraphChildrenChildrenMethods"]] = None,
        model_uri: typing.Optional[builtins.str] = None,
        parameters: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentSpecPredictorsGraphChildrenChildrenParameters", typing.Dict[builtins.str, typing.Any]]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        storage_initializer_image: typing.Optional[builtins.str] = None,
        type: typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenType"] = None,
    ) -> None:
        '''
        :param name: Unit name; a componentSpecs container of the same name implements it.
        :param children: 
        :param endpoint: 
        :param env_secret_ref_name: 
        :param implementation: Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.
        :param logger: Request/response payload logging by the executor.
        :param methods: 
        :param model_uri: Where the artifact is (s3://, gs://, pvc://).
        :param parameters: 
        :param service_account_name: Service account of the unit's pods (its AWS identity).
        :param storage_initializer_image: 
        :param type: 

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildren
        '''
        if isinstance(endpoint, dict):
            endpoint = SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpoint(**endpoint)
        if isinstance(logger, dict):
            logger = SeldonDeploymentSpecPredictorsGraphChildrenChildrenLogger(**logger)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2781fc52c46c223941e44d68709cad7354bc0a9076f5b87706689224aeed917d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument children", value=children, expected_type=type_hints["children"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument env_secret_ref_name", value=env_secret_ref_name, expected_type=type_hints["env_secret_ref_name"])
            check_type(argname="argument implementation", value=implementation, expected_type=type_hints["implementation"])
            check_type(argname="argument logger", value=logger, expected_type=type_hints["logger"])
            check_type(argname="argument methods", value=methods, expected_type=type_hints["methods"])
            check_type(argname="argument model_uri", value=model_uri, expected_type=type_hints["model_uri"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument storage_initializer_image", value=storage_initializer_image, expected_type=type_hints["storage_initializer_image"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if children is not None:
            self._values["children"] = children
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if env_secret_ref_name is not None:
            self._values["env_secret_ref_name"] = env_secret_ref_name
        if implementation is not None:
            self._values["implementation"] = implementation
        if logger is not None:
            self._values["logger"] = logger
        if methods is not None:
            self._values["methods"] = methods
        if model_uri is not None:
            self._values["model_uri"] = model_uri
        if parameters is not None:
            self._values["parameters"] = parameters
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if storage_initializer_image is not None:
            self._values["storage_initializer_image"] = storage_initializer_image
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Unit name;

        a componentSpecs container of the same name implements it.

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildren#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def children(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren"]]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildren#children
        '''
        result = self._values.get("children")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren"]], result)

    @builtins.property
    def endpoint(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpoint"]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildren#endpoint
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpoint"], result)

    @builtins.property
    def env_secret_ref_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildren#envSecretRefName
        '''
        result = self._values.get("env_secret_ref_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def implementation(self) -> typing.Optional[builtins.str]:
        '''Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildren#implementation
        '''
        result = self._values.get("implementation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def logger(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenLogger"]:
        '''Request/response payload logging by the executor.

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildren#logger
        '''
        result = self._values.get("logger")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenLogger"], result)

    @builtins.property
    def methods(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildrenChildrenMethods"]]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildren#methods
        '''
        result = self._values.get("methods")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildrenChildrenMethods"]], result)

    @builtins.property
    def model_uri(self) -> typing.Optional[builtins.str]:
        '''Where the artifact is (s3://, gs://, pvc://).

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildren#modelUri
        '''
        result = self._values.get("model_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def parameters(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildrenChildrenParameters"]]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildren#parameters
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildrenChildrenParameters"]], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''Service account of the unit's pods (its AWS identity).

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildren#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_initializer_image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildren#storageInitializerImage
        '''
        result = self._values.get("storage_initializer_image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenType"]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildren#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsGraphChildrenChildren(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "children": "children",
        "endpoint": "endpoint",
        "env_secret_ref_name": "envSecretRefName",
        "implementation": "implementation",
        "logger": "logger",
        "methods": "methods",
        "model_uri": "modelUri",
        "parameters": "parameters",
        "service_account_name": "serviceAccountName",
        "storage_initializer_image": "storageInitializerImage",
        "type": "type",
    },
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren:
    def __init__(
        self,
        *,
        name: builtins.str,
        children: typing.Optional[typing.Sequence[typing.Any]] = None,
        endpoint: typing.Optional[typing.Union["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        env_secret_ref_name: typing.Optional[builtins.str] = None,
        implementation: typing.Optional[builtins.str] = None,
        logger: typing.Optional[typing.Union["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLogger", typing.Dict[builtins.str, typing.Any]]] = None,
        methods: typing.Optional[typing.Sequence["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenMethods"]] = None,
        model_uri: typing.Optional[builtins.str] = None,
        parameters: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParameters", typing.Dict[builtins.str, typing.Any]]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        storage_initializer_image: typing.Optional[builtins.str] = None,
        type: typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenType"] = None,
    ) -> None:
        '''
        :param name: Unit name; a componentSpecs container of the same name implements it.
        :param children: 
        :param endpoint: 
        :param env_secret_ref_name: 
        :param implementation: Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.
        :param logger: Request/response payload logging by the executor.
        :param methods: 
        :param model_uri: Where the artifact is (s3://, gs://, pvc://).
        :param parameters: 
        :param service_account_name: Service account of the unit's pods (its AWS identity).
        :param storage_initializer_image: 
        :param type: 

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren
        '''
        if isinstance(endpoint, dict):
            endpoint = SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpoint(**endpoint)
        if isinstance(logger, dict):
            logger = SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLogger(**logger)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__29b7742d915c3de82325f867b9040584c3a25d410c3ab9b53be59ca001b05423)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument children", value=children, expected_type=type_hints["children"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument env_secret_ref_name", value=env_secret_ref_name, expected_type=type_hints["env_secret_ref_name"])
            check_type(argname="argument implementation", value=implementation, expected_type=type_hints["implementation"])
            check_type(argname="argument logger", value=logger, expected_type=type_hints["logger"])
            check_type(argname="argument methods", value=methods, expected_type=type_hints["methods"])
            check_type(argname="argument model_uri", value=model_uri, expected_type=type_hints["model_uri"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument storage_initializer_image", value=storage_initializer_image, expected_type=type_hints["storage_initializer_image"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if children is not None:
            self._values["children"] = children
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if env_secret_ref_name is not None:
            self._values["env_secret_ref_name"] = env_secret_ref_name
        if implementation is not None:
            self._values["implementation"] = implementation
        if logger is not None:
            self._values["logger"] = logger
        if methods is not None:
            self._values["methods"] = methods
        if model_uri is not None:
            self._values["model_uri"] = model_uri
        if parameters is not None:
            self._values["parameters"] = parameters
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if storage_initializer_image is not None:
            self._values["storage_initializer_image"] = storage_initializer_image
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Unit name;

        a componentSpecs container of the same name implements it.

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def children(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren#children
        '''
        result = self._values.get("children")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def endpoint(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpoint"]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren#endpoint
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpoint"], result)

    @builtins.property
    def env_secret_ref_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren#envSecretRefName
        '''
        result = self._values.get("env_secret_ref_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def implementation(self) -> typing.Optional[builtins.str]:
        '''Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren#implementation
        '''
        result = self._values.get("implementation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def logger(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLogger"]:
        '''Request/response payload logging by the executor.

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren#logger
        '''
        result = self._values.get("logger")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLogger"], result)

    @builtins.property
    def methods(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenMethods"]]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren#methods
        '''
        result = self._values.get("methods")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenMethods"]], result)

    @builtins.property
    def model_uri(self) -> typing.Optional[builtins.str]:
        '''Where the artifact is (s3://, gs://, pvc://).

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren#modelUri
        '''
        result = self._values.get("model_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def parameters(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParameters"]]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren#parameters
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParameters"]], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''Service account of the unit's pods (its AWS identity).

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_initializer_image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren#storageInitializerImage
        '''
        result = self._values.get("storage_initializer_image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenType"]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpoint",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_port": "grpcPort",
        "http_port": "httpPort",
        "service_host": "serviceHost",
        "service_port": "servicePort",
        "type": "type",
    },
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpoint:
    def __init__(
        self,
        *,
        grpc_port: typing.Optional[jsii.Number] = None,
        http_port: typing.Optional[jsii.Number] = None,
        service_host: typing.Optional[builtins.str] = None,
        service_port: typing.Optional[jsii.Number] = None,
        type: typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpointType"] = None,
    ) -> None:
        '''
        :param grpc_port: 
        :param http_port: 
        :param service_host: 
        :param service_port: 
        :param type: 

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d59ea2ed00c2894e349785bf568dcf0f875305289719e8bf8da93a57d53b29d1)
            check_type(argname="argument grpc_port", value=grpc_port, expected_type=type_hints["grpc_port"])
            check_type(argname="argument http_port", value=http_port, expected_type=type_hints["http_port"])
            check_type(argname="argument service_host", value=service_host, expected_type=type_hints["service_host"])
            check_type(argname="argument service_port", value=service_port, expected_type=type_hints["service_port"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_port is not None:
            self._values["grpc_port"] = grpc_port
        if http_port is not None:
            self._values["http_port"] = http_port
        if service_host is not None:
            self._values["service_host"] = service_host
        if service_port is not None:
            self._values["service_port"] = service_port
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def grpc_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpoint#grpcPort
        '''
        result = self._values.get("grpc_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpoint#httpPort
        '''
        result = self._values.get("http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def service_host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpoint#service_host
        '''
        result = self._values.get("service_host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpoint#service_port
        '''
        result = self._values.get("service_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpointType"]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpoint#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpointType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpointType"
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpointType(
    enum.Enum,
):
    '''
    :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpointType
    '''

    REST = "REST"
    '''REST.'''
    GRPC = "GRPC"
    '''GRPC.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLogger",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "url": "url"},
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLogger:
    def __init__(
        self,
        *,
        mode: typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLoggerMode"] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Request/response payload logging by the executor.

        :param mode: Which payloads to log.
        :param url: URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLogger
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c3149ba8da297a9d5e33576889cdf97d784b35cb9bc32f3b34e2d87ba590fb9d)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def mode(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLoggerMode"]:
        '''Which payloads to log.

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLogger#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLoggerMode"], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLogger#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLogger(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLoggerMode"
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLoggerMode(enum.Enum):
    '''Which payloads to log.

    :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLoggerMode
    '''

    ALL = "ALL"
    '''all.'''
    REQUEST = "REQUEST"
    '''request.'''
    RESPONSE = "RESPONSE"
    '''response.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenMethods"
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenMethods(enum.Enum):
    '''
    :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenMethods
    '''

    TRANSFORM_UNDERSCORE_INPUT = "TRANSFORM_UNDERSCORE_INPUT"
    '''TRANSFORM_INPUT.'''
    TRANSFORM_UNDERSCORE_OUTPUT = "TRANSFORM_UNDERSCORE_OUTPUT"
    '''TRANSFORM_OUTPUT.'''
    ROUTE = "ROUTE"
    '''ROUTE.'''
    AGGREGATE = "AGGREGATE"
    '''AGGREGATE.'''
    SEND_UNDERSCORE_FEEDBACK = "SEND_UNDERSCORE_FEEDBACK"
    '''SEND_FEEDBACK.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParameters",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "type": "type", "value": "value"},
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParameters:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParametersType",
        value: builtins.str,
    ) -> None:
        '''
        :param name: 
        :param type: 
        :param value: 

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParameters
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__91c916187ed5dcd0f67188ed1c4dc4bfdd3329994ec77854fc3a91475ede1358)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParameters#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(
        self,
    ) -> "SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParametersType":
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParameters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParametersType", result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParameters#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParametersType"
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParametersType(
    enum.Enum,
):
    '''
    :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParametersType
    '''

    INT = "INT"
    '''INT.'''
    FLOAT = "FLOAT"
    '''FLOAT.'''
    DOUBLE = "DOUBLE"
    '''DOUBLE.'''
    STRING = "STRING"
    '''STRING.'''
    BOOL = "BOOL"
    '''BOOL.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenType"
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenType(enum.Enum):
    '''
    :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenType
    '''

    UNKNOWN_UNDERSCORE_TYPE = "UNKNOWN_UNDERSCORE_TYPE"
    '''UNKNOWN_TYPE.'''
    ROUTER = "ROUTER"
    '''ROUTER.'''
    COMBINER = "COMBINER"
    '''COMBINER.'''
    MODEL = "MODEL"
    '''MODEL.'''
    TRANSFORMER = "TRANSFORMER"
    '''TRANSFORMER.'''
    OUTPUT_UNDERSCORE_TRANSFORMER = "OUTPUT_UNDERSCORE_TRANSFORMER"
    '''OUTPUT_TRANSFORMER.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpoint",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_port": "grpcPort",
        "http_port": "httpPort",
        "service_host": "serviceHost",
        "service_port": "servicePort",
        "type": "type",
    },
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpoint:
    def __init__(
        self,
        *,
        grpc_port: typing.Optional[jsii.Number] = None,
        http_port: typing.Optional[jsii.Number] = None,
        service_host: typing.Optional[builtins.str] = None,
        service_port: typing.Optional[jsii.Number] = None,
        type: typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpointType"] = None,
    ) -> None:
        '''
        :param grpc_port: 
        :param http_port: 
        :param service_host: 
        :param service_port: 
        :param type: 

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__00532c4ee06ceb39d6c63de92327d19a49664e52790a18d7762fd27fa749c69e)
            check_type(argname="argument grpc_port", value=grpc_port, expected_type=type_hints["grpc_port"])
            check_type(argname="argument http_port", value=http_port, expected_type=type_hints["http_port"])
            check_type(argname="argument service_host", value=service_host, expected_type=type_hints["service_host"])
            check_type(argname="argument service_port", value=service_port, expected_type=type_hints["service_port"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_port is not None:
            self._values["grpc_port"] = grpc_port
        if http_port is not None:
            self._values["http_port"] = http_port
        if service_host is not None:
            self._values["service_host"] = service_host
        if service_port is not None:
            self._values["service_port"] = service_port
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def grpc_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpoint#grpcPort
        '''
        result = self._values.get("grpc_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpoint#httpPort
        '''
        result = self._values.get("http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def service_host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpoint#service_host
        '''
        result = self._values.get("service_host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpoint#service_port
        '''
        result = self._values.get("service_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpointType"]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpoint#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpointType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpointType"
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpointType(enum.Enum):
    '''
    :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpointType
    '''

    REST = "REST"
    '''REST.'''
    GRPC = "GRPC"
    '''GRPC.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildrenLogger",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "url": "url"},
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildrenLogger:
    def __init__(
        self,
        *,
        mode: typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenLoggerMode"] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Request/response payload logging by the executor.

        :param mode: Which payloads to log.
        :param url: URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenLogger
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dc876162aa00133a9411e26795a474a988ec678a180c4a2a5a32d7352627a2a2)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def mode(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenLoggerMode"]:
        '''Which payloads to log.

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenLogger#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenChildrenLoggerMode"], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenLogger#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsGraphChildrenChildrenLogger(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildrenLoggerMode"
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildrenLoggerMode(enum.Enum):
    '''Which payloads to log.

    :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenLoggerMode
    '''

    ALL = "ALL"
    '''all.'''
    REQUEST = "REQUEST"
    '''request.'''
    RESPONSE = "RESPONSE"
    '''response.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildrenMethods"
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildrenMethods(enum.Enum):
    '''
    :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenMethods
    '''

    TRANSFORM_UNDERSCORE_INPUT = "TRANSFORM_UNDERSCORE_INPUT"
    '''TRANSFORM_INPUT.'''
    TRANSFORM_UNDERSCORE_OUTPUT = "TRANSFORM_UNDERSCORE_OUTPUT"
    '''TRANSFORM_OUTPUT.'''
    ROUTE = "ROUTE"
    '''ROUTE.'''
    AGGREGATE = "AGGREGATE"
    '''AGGREGATE.'''
    SEND_UNDERSCORE_FEEDBACK = "SEND_UNDERSCORE_FEEDBACK"
    '''SEND_FEEDBACK.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildrenParameters",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "type": "type", "value": "value"},
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildrenParameters:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "SeldonDeploymentSpecPredictorsGraphChildrenChildrenParametersType",
        value: builtins.str,
    ) -> None:
        '''
        :param name: 
        :param type: 
        :param value: 

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenParameters
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4afa8fd9ac0449a27e7feaa81a926e05515ef0f84bf186dab8bc4c5045a80b38)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenParameters#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(
        self,
    ) -> "SeldonDeploymentSpecPredictorsGraphChildrenChildrenParametersType":
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenParameters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("SeldonDeploymentSpecPredictorsGraphChildrenChildrenParametersType", result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenParameters#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsGraphChildrenChildrenParameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildrenParametersType"
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildrenParametersType(enum.Enum):
    '''
    :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenParametersType
    '''

    INT = "INT"
    '''INT.'''
    FLOAT = "FLOAT"
    '''FLOAT.'''
    DOUBLE = "DOUBLE"
    '''DOUBLE.'''
    STRING = "STRING"
    '''STRING.'''
    BOOL = "BOOL"
    '''BOOL.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenChildrenType"
)
class SeldonDeploymentSpecPredictorsGraphChildrenChildrenType(enum.Enum):
    '''
    :schema: SeldonDeploymentSpecPredictorsGraphChildrenChildrenType
    '''

    UNKNOWN_UNDERSCORE_TYPE = "UNKNOWN_UNDERSCORE_TYPE"
    '''UNKNOWN_TYPE.'''
    ROUTER = "ROUTER"
    '''ROUTER.'''
    COMBINER = "COMBINER"
    '''COMBINER.'''
    MODEL = "MODEL"
    '''MODEL.'''
    TRANSFORMER = "TRANSFORMER"
    '''TRANSFORMER.'''
    OUTPUT_UNDERSCORE_TRANSFORMER = "OUTPUT_UNDERSCORE_TRANSFORMER"
    '''OUTPUT_TRANSFORMER.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenEndpoint",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_port": "grpcPort",
        "http_port": "httpPort",
        "service_host": "serviceHost",
        "service_port": "servicePort",
        "type": "type",
    },
)
class SeldonDeploymentSpecPredictorsGraphChildrenEndpoint:
    def __init__(
        self,
        *,
        grpc_port: typing.Optional[jsii.Number] = None,
        http_port: typing.Optional[jsii.Number] = None,
        service_host: typing.Optional[builtins.str] = None,
        service_port: typing.Optional[jsii.Number] = None,
        type: typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenEndpointType"] = None,
    ) -> None:
        '''
        :param grpc_port: 
        :param http_port: 
        :param service_host: 
        :param service_port: 
        :param type: 

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86be2770536153a7ffeadb6fa02cb11fc6f42b2555d14446311b2d0d4ec38290)
            check_type(argname="argument grpc_port", value=grpc_port, expected_type=type_hints["grpc_port"])
            check_type(argname="argument http_port", value=http_port, expected_type=type_hints["http_port"])
            check_type(argname="argument service_host", value=service_host, expected_type=type_hints["service_host"])
            check_type(argname="argument service_port", value=service_port, expected_type=type_hints["service_port"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_port is not None:
            self._values["grpc_port"] = grpc_port
        if http_port is not None:
            self._values["http_port"] = http_port
        if service_host is not None:
            self._values["service_host"] = service_host
        if service_port is not None:
            self._values["service_port"] = service_port
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def grpc_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenEndpoint#grpcPort
        '''
        result = self._values.get("grpc_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenEndpoint#httpPort
        '''
        result = self._values.get("http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def service_host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenEndpoint#service_host
        '''
        result = self._values.get("service_host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenEndpoint#service_port
        '''
        result = self._values.get("service_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenEndpointType"]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenEndpoint#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenEndpointType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsGraphChildrenEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenEndpointType"
)
class SeldonDeploymentSpecPredictorsGraphChildrenEndpointType(enum.Enum):
    '''
    :schema: SeldonDeploymentSpecPredictorsGraphChildrenEndpointType
    '''

    REST = "REST"
    '''REST.'''
    GRPC = "GRPC"
    '''GRPC.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenLogger",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "url": "url"},
)
class SeldonDeploymentSpecPredictorsGraphChildrenLogger:
    def __init__(
        self,
        *,
        mode: typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenLoggerMode"] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Request/response payload logging by the executor.

        :param mode: Which payloads to log.
        :param url: URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenLogger
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__39149b2f627acafee6c15fed9191c5317d82faee8c4d531e76fa215499801d1f)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def mode(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenLoggerMode"]:
        '''Which payloads to log.

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenLogger#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphChildrenLoggerMode"], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenLogger#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsGraphChildrenLogger(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenLoggerMode"
)
class SeldonDeploymentSpecPredictorsGraphChildrenLoggerMode(enum.Enum):
    '''Which payloads to log.

    :schema: SeldonDeploymentSpecPredictorsGraphChildrenLoggerMode
    '''

    ALL = "ALL"
    '''all.'''
    REQUEST = "REQUEST"
    '''request.'''
    RESPONSE = "RESPONSE"
    '''response.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenMethods"
)
class SeldonDeploymentSpecPredictorsGraphChildrenMethods(enum.Enum):
    '''
    :schema: SeldonDeploymentSpecPredictorsGraphChildrenMethods
    '''

    TRANSFORM_UNDERSCORE_INPUT = "TRANSFORM_UNDERSCORE_INPUT"
    '''TRANSFORM_INPUT.'''
    TRANSFORM_UNDERSCORE_OUTPUT = "TRANSFORM_UNDERSCORE_OUTPUT"
    '''TRANSFORM_OUTPUT.'''
    ROUTE = "ROUTE"
    '''ROUTE.'''
    AGGREGATE = "AGGREGATE"
    '''AGGREGATE.'''
    SEND_UNDERSCORE_FEEDBACK = "SEND_UNDERSCORE_FEEDBACK"
    '''SEND_FEEDBACK.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenParameters",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "type": "type", "value": "value"},
)
class SeldonDeploymentSpecPredictorsGraphChildrenParameters:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "SeldonDeploymentSpecPredictorsGraphChildrenParametersType",
        value: builtins.str,
    ) -> None:
        '''
        :param name: 
        :param type: 
        :param value: 

        :schema: SeldonDeploymentSpecPredictorsGraphChildrenParameters
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__beb72bda8b15f443977f2b68a9681a5b52fcec57b4b433fb2de64ea8130b47db)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenParameters#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> "SeldonDeploymentSpecPredictorsGraphChildrenParametersType":
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenParameters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("SeldonDeploymentSpecPredictorsGraphChildrenParametersType", result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphChildrenParameters#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsGraphChildrenParameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenParametersType"
)
class SeldonDeploymentSpecPredictorsGraphChildrenParametersType(enum.Enum):
    '''
    :schema: SeldonDeploymentSpecPredictorsGraphChildrenParametersType
    '''

    INT = "INT"
    '''INT.'''
    FLOAT = "FLOAT"
    '''FLOAT.'''
    DOUBLE = "DOUBLE"
    '''DOUBLE.'''
    STRING = "STRING"
    '''STRING.'''
    BOOL = "BOOL"
    '''BOOL.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphChildrenType"
)
class SeldonDeploymentSpecPredictorsGraphChildrenType(enum.Enum):
    '''
    :schema: SeldonDeploymentSpecPredictorsGraphChildrenType
    '''

    UNKNOWN_UNDERSCORE_TYPE = "UNKNOWN_UNDERSCORE_TYPE"
    '''UNKNOWN_TYPE.'''
    ROUTER = "ROUTER"
    '''ROUTER.'''
    COMBINER = "COMBINER"
    '''COMBINER.'''
    MODEL = "MODEL"
    '''MODEL.'''
    TRANSFORMER = "TRANSFORMER"
    '''TRANSFORMER.'''
    OUTPUT_UNDERSCORE_TRANSFORMER = "OUTPUT_UNDERSCORE_TRANSFORMER"
    '''OUTPUT_TRANSFORMER.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphEndpoint",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_port": "grpcPort",
        "http_port": "httpPort",
        "service_host": "serviceHost",
        "service_port": "servicePort",
        "type": "type",
    },
)
class SeldonDeploymentSpecPredictorsGraphEndpoint:
    def __init__(
        self,
        *,
        grpc_port: typing.Optional[jsii.Number] = None,
        http_port: typing.Optional[jsii.Number] = None,
        service_host: typing.Optional[builtins.str] = None,
        service_port: typing.Optional[jsii.Number] = None,
        type: typing.Optional["SeldonDeploymentSpecPredictorsGraphEndpointType"] = None,
    ) -> None:
        '''
        :param grpc_port: 
        :param http_port: 
        :param service_host: 
        :param service_port: 
        :param type: 

        :schema: SeldonDeploymentSpecPredictorsGraphEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__08bdf91b8d233bbc212ffb3cb860c45d9f50769eb9e9ceaf1866abecb8191235)
            check_type(argname="argument grpc_port", value=grpc_port, expected_type=type_hints["grpc_port"])
            check_type(argname="argument http_port", value=http_port, expected_type=type_hints["http_port"])
            check_type(argname="argument service_host", value=service_host, expected_type=type_hints["service_host"])
            check_type(argname="argument service_port", value=service_port, expected_type=type_hints["service_port"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_port is not None:
            self._values["grpc_port"] = grpc_port
        if http_port is not None:
            self._values["http_port"] = http_port
        if service_host is not None:
            self._values["service_host"] = service_host
        if service_port is not None:
            self._values["service_port"] = service_port
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def grpc_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphEndpoint#grpcPort
        '''
        result = self._values.get("grpc_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphEndpoint#httpPort
        '''
        result = self._values.get("http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def service_host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphEndpoint#service_host
        '''
        result = self._values.get("service_host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphEndpoint#service_port
        '''
        result = self._values.get("service_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphEndpointType"]:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphEndpoint#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphEndpointType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsGraphEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphEndpointType"
)
class SeldonDeploymentSpecPredictorsGraphEndpointType(enum.Enum):
    '''
    :schema: SeldonDeploymentSpecPredictorsGraphEndpointType
    '''

    REST = "REST"
    '''REST.'''
    GRPC = "GRPC"
    '''GRPC.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphLogger",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "url": "url"},
)
class SeldonDeploymentSpecPredictorsGraphLogger:
    def __init__(
        self,
        *,
        mode: typing.Optional["SeldonDeploymentSpecPredictorsGraphLoggerMode"] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Request/response payload logging by the executor.

        :param mode: Which payloads to log.
        :param url: URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentSpecPredictorsGraphLogger
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__34c6f722e1568833b63a4b2b6852e9389e0d504cfba60cb3a62bba7ce87ed843)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def mode(self) -> typing.Optional["SeldonDeploymentSpecPredictorsGraphLoggerMode"]:
        '''Which payloads to log.

        :schema: SeldonDeploymentSpecPredictorsGraphLogger#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SeldonDeploymentSpecPredictorsGraphLoggerMode"], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentSpecPredictorsGraphLogger#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsGraphLogger(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphLoggerMode"
)
class SeldonDeploymentSpecPredictorsGraphLoggerMode(enum.Enum):
    '''Which payloads to log.

    :schema: SeldonDeploymentSpecPredictorsGraphLoggerMode
    '''

    ALL = "ALL"
    '''all.'''
    REQUEST = "REQUEST"
    '''request.'''
    RESPONSE = "RESPONSE"
    '''response.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphMethods"
)
class SeldonDeploymentSpecPredictorsGraphMethods(enum.Enum):
    '''
    :schema: SeldonDeploymentSpecPredictorsGraphMethods
    '''

    TRANSFORM_UNDERSCORE_INPUT = "TRANSFORM_UNDERSCORE_INPUT"
    '''TRANSFORM_INPUT.'''
    TRANSFORM_UNDERSCORE_OUTPUT = "TRANSFORM_UNDERSCORE_OUTPUT"
    '''TRANSFORM_OUTPUT.'''
    ROUTE = "ROUTE"
    '''ROUTE.'''
    AGGREGATE = "AGGREGATE"
    '''AGGREGATE.'''
    SEND_UNDERSCORE_FEEDBACK = "SEND_UNDERSCORE_FEEDBACK"
    '''SEND_FEEDBACK.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphParameters",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "type": "type", "value": "value"},
)
class SeldonDeploymentSpecPredictorsGraphParameters:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "SeldonDeploymentSpecPredictorsGraphParametersType",
        value: builtins.str,
    ) -> None:
        '''
        :param name: 
        :param type: 
        :param value: 

        :schema: SeldonDeploymentSpecPredictorsGraphParameters
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c2d5d91cf7c72754caab6a64b967f3dd2e40f316b3340d88548fbfe555d941a2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphParameters#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> "SeldonDeploymentSpecPredictorsGraphParametersType":
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphParameters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("SeldonDeploymentSpecPredictorsGraphParametersType", result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentSpecPredictorsGraphParameters#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsGraphParameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphParametersType"
)
class SeldonDeploymentSpecPredictorsGraphParametersType(enum.Enum):
    '''
    :schema: SeldonDeploymentSpecPredictorsGraphParametersType
    '''

    INT = "INT"
    '''INT.'''
    FLOAT = "FLOAT"
    '''FLOAT.'''
    DOUBLE = "DOUBLE"
    '''DOUBLE.'''
    STRING = "STRING"
    '''STRING.'''
    BOOL = "BOOL"
    '''BOOL.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsGraphType"
)
class SeldonDeploymentSpecPredictorsGraphType(enum.Enum):
    '''
    :schema: SeldonDeploymentSpecPredictorsGraphType
    '''

    UNKNOWN_UNDERSCORE_TYPE = "UNKNOWN_UNDERSCORE_TYPE"
    '''UNKNOWN_TYPE.'''
    ROUTER = "ROUTER"
    '''ROUTER.'''
    COMBINER = "COMBINER"
    '''COMBINER.'''
    MODEL = "MODEL"
    '''MODEL.'''
    TRANSFORMER = "TRANSFORMER"
    '''TRANSFORMER.'''
    OUTPUT_UNDERSCORE_TRANSFORMER = "OUTPUT_UNDERSCORE_TRANSFORMER"
    '''OUTPUT_TRANSFORMER.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsSsl",
    jsii_struct_bases=[],
    name_mapping={"cert_secret_name": "certSecretName"},
)
class SeldonDeploymentSpecPredictorsSsl:
    def __init__(
        self,
        *,
        cert_secret_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param cert_secret_name: 

        :schema: SeldonDeploymentSpecPredictorsSsl
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__19291ba174663822e729aeab138042627de597c0bdff30858e2d1d79cca8f45b)
            check_type(argname="argument cert_secret_name", value=cert_secret_name, expected_type=type_hints["cert_secret_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert_secret_name is not None:
            self._values["cert_secret_name"] = cert_secret_name

    @builtins.property
    def cert_secret_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentSpecPredictorsSsl#certSecretName
        '''
        result = self._values.get("cert_secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsSsl(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsSvcOrchSpec",
    jsii_struct_bases=[],
    name_mapping={"env": "env", "replicas": "replicas", "resources": "resources"},
)
class SeldonDeploymentSpecPredictorsSvcOrchSpec:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentSpecPredictorsSvcOrchSpecEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        replicas: typing.Optional[jsii.Number] = None,
        resources: typing.Any = None,
    ) -> None:
        '''
        :param env: 
        :param replicas: 
        :param resources: core/v1 ResourceRequirements of the executor.

        :schema: SeldonDeploymentSpecPredictorsSvcOrchSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d2bc99124a4d9b044655cc09be8809ceacf8fbe04e6945b738a4a2ec80ba830d)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env
        if replicas is not None:
            self._values["replicas"] = replicas
        if resources is not None:
            self._values["resources"] = resources

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentSpecPredictorsSvcOrchSpecEnv"]]:
        '''
        :schema: SeldonDeploymentSpecPredictorsSvcOrchSpec#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentSpecPredictorsSvcOrchSpecEnv"]], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentSpecPredictorsSvcOrchSpec#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def resources(self) -> typing.Any:
        '''core/v1 ResourceRequirements of the executor.

        :schema: SeldonDeploymentSpecPredictorsSvcOrchSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsSvcOrchSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecPredictorsSvcOrchSpecEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class SeldonDeploymentSpecPredictorsSvcOrchSpecEnv:
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
        :param value_from: core/v1 EnvVarSource.

        :schema: SeldonDeploymentSpecPredictorsSvcOrchSpecEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__75382f5ad1d89fae6b2a51502b2643a2898409d8a6263b2b0fbf2e4f9736346c)
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
        :schema: SeldonDeploymentSpecPredictorsSvcOrchSpecEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentSpecPredictorsSvcOrchSpecEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Any:
        '''core/v1 EnvVarSource.

        :schema: SeldonDeploymentSpecPredictorsSvcOrchSpecEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentSpecPredictorsSvcOrchSpecEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecProtocol")
class SeldonDeploymentSpecProtocol(enum.Enum):
    '''
    :schema: SeldonDeploymentSpecProtocol
    '''

    SELDON = "SELDON"
    '''seldon.'''
    TENSORFLOW = "TENSORFLOW"
    '''tensorflow.'''
    KFSERVING = "KFSERVING"
    '''kfserving.'''
    V2 = "V2"
    '''v2.'''


@jsii.enum(jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecServerType")
class SeldonDeploymentSpecServerType(enum.Enum):
    '''
    :schema: SeldonDeploymentSpecServerType
    '''

    REST = "REST"
    '''rest.'''
    GRPC = "GRPC"
    '''grpc.'''


@jsii.enum(jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentSpecTransport")
class SeldonDeploymentSpecTransport(enum.Enum):
    '''
    :schema: SeldonDeploymentSpecTransport
    '''

    REST = "REST"
    '''rest.'''
    GRPC = "GRPC"
    '''grpc.'''


class SeldonDeploymentV1Alpha2(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2",
):
    '''SeldonDeployment: an inference graph served behind the gateway.

    :schema: SeldonDeploymentV1Alpha2
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SeldonDeploymentV1Alpha2Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "SeldonDeploymentV1Alpha2" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b8f4653e9c1492cb805ec4214539e7a5e639334c8c5aed5d1678bdd11844153c)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = SeldonDeploymentV1Alpha2Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SeldonDeploymentV1Alpha2Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "SeldonDeploymentV1Alpha2".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = SeldonDeploymentV1Alpha2Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "SeldonDeploymentV1Alpha2".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class SeldonDeploymentV1Alpha2Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SeldonDeploymentV1Alpha2Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SeldonDeployment: an inference graph served behind the gateway.

        :param metadata: 
        :param spec: 

        :schema: SeldonDeploymentV1Alpha2
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = SeldonDeploymentV1Alpha2Spec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__da78644af402d4dede128d93c8fdcb552831a270ca75aad5594f524746954294)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: SeldonDeploymentV1Alpha2#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["SeldonDeploymentV1Alpha2Spec"]:
        '''
        :schema: SeldonDeploymentV1Alpha2#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2Spec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2Spec",
    jsii_struct_bases=[],
    name_mapping={
        "predictors": "predictors",
        "annotations": "annotations",
        "name": "name",
        "oauth_key": "oauthKey",
        "oauth_secret": "oauthSecret",
        "protocol": "protocol",
        "replicas": "replicas",
        "server_type": "serverType",
        "transport": "transport",
    },
)
class SeldonDeploymentV1Alpha2Spec:
    def __init__(
        self,
        *,
        predictors: typing.Sequence[typing.Union["SeldonDeploymentV1Alpha2SpecPredictors", typing.Dict[builtins.str, typing.Any]]],
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
        oauth_key: typing.Optional[builtins.str] = None,
        oauth_secret: typing.Optional[builtins.str] = None,
        protocol: typing.Optional["SeldonDeploymentV1Alpha2SpecProtocol"] = None,
        replicas: typing.Optional[jsii.Number] = None,
        server_type: typing.Optional["SeldonDeploymentV1Alpha2SpecServerType"] = None,
        transport: typing.Optional["SeldonDeploymentV1Alpha2SpecTransport"] = None,
    ) -> None:
        '''
        :param predictors: 
        :param annotations: 
        :param name: Deprecated upstream.
        :param oauth_key: 
        :param oauth_secret: 
        :param protocol: 
        :param replicas: 
        :param server_type: 
        :param transport: 

        :schema: SeldonDeploymentV1Alpha2Spec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8d45b77f15ca6c04e54f4eb6355098fbc00966ce49590397c9a1dd3c1fdeef48)
            check_type(argname="argument predictors", value=predictors, expected_type=type_hints["predictors"])
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument oauth_key", value=oauth_key, expected_type=type_hints["oauth_key"])
            check_type(argname="argument oauth_secret", value=oauth_secret, expected_type=type_hints["oauth_secret"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument server_type", value=server_type, expected_type=type_hints["server_type"])
            check_type(argname="argument transport", value=transport, expected_type=type_hints["transport"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "predictors": predictors,
        }
        if annotations is not None:
            self._values["annotations"] = annotations
        if name is not None:
            self._values["name"] = name
        if oauth_key is not None:
            self._values["oauth_key"] = oauth_key
        if oauth_secret is not None:
            self._values["oauth_secret"] = oauth_secret
        if protocol is not None:
            self._values["protocol"] = protocol
        if replicas is not None:
            self._values["replicas"] = replicas
        if server_type is not None:
            self._values["server_type"] = server_type
        if transport is not None:
            self._values["transport"] = transport

    @builtins.property
    def predictors(self) -> typing.List["SeldonDeploymentV1Alpha2SpecPredictors"]:
        '''
        :schema: SeldonDeploymentV1Alpha2Spec#predictors
        '''
        result = self._values.get("predictors")
        assert result is not None, "Required property 'predictors' is missing"
        return typing.cast(typing.List["SeldonDeploymentV1Alpha2SpecPredictors"], result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SeldonDeploymentV1Alpha2Spec#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Deprecated upstream.

        :schema: SeldonDeploymentV1Alpha2Spec#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oauth_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha2Spec#oauth_key
        '''
        result = self._values.get("oauth_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oauth_secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha2Spec#oauth_secret
        '''
        result = self._values.get("oauth_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional["SeldonDeploymentV1Alpha2SpecProtocol"]:
        '''
        :schema: SeldonDeploymentV1Alpha2Spec#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecProtocol"], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2Spec#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def server_type(self) -> typing.Optional["SeldonDeploymentV1Alpha2SpecServerType"]:
        '''
        :schema: SeldonDeploymentV1Alpha2Spec#serverType
        '''
        result = self._values.get("server_type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecServerType"], result)

    @builtins.property
    def transport(self) -> typing.Optional["SeldonDeploymentV1Alpha2SpecTransport"]:
        '''
        :schema: SeldonDeploymentV1Alpha2Spec#transport
        '''
        result = self._values.get("transport")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecTransport"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictors",
    jsii_struct_bases=[],
    name_mapping={
        "graph": "graph",
        "name": "name",
        "annotations": "annotations",
        "component_specs": "componentSpecs",
        "engine_resources": "engineResources",
        "explainer": "explainer",
        "labels": "labels",
        "progress_deadline_seconds": "progressDeadlineSeconds",
        "replicas": "replicas",
        "shadow": "shadow",
        "ssl": "ssl",
        "svc_orch_spec": "svcOrchSpec",
        "traffic": "traffic",
    },
)
class SeldonDeploymentV1Alpha2SpecPredictors:
    def __init__(
        self,
        *,
        graph: typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsGraph", typing.Dict[builtins.str, typing.Any]],
        name: builtins.str,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        component_specs: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecs", typing.Dict[builtins.str, typing.Any]]]] = None,
        engine_resources: typing.Any = None,
        explainer: typing.Any = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        progress_deadline_seconds: typing.Optional[jsii.Number] = None,
        replicas: typing.Optional[jsii.Number] = None,
        shadow: typing.Optional[builtins.bool] = None,
        ssl: typing.Optional[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsSsl", typing.Dict[builtins.str, typing.Any]]] = None,
        svc_orch_spec: typing.Optional[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        traffic: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param graph: 
        :param name: 
        :param annotations: 
        :param component_specs: 
        :param engine_resources: core/v1 ResourceRequirements (deprecated: use svcOrchSpec.resources).
        :param explainer: Alibi explainer of the predictor (not used by the platform's models).
        :param labels: 
        :param progress_deadline_seconds: 
        :param replicas: 
        :param shadow: 
        :param ssl: 
        :param svc_orch_spec: 
        :param traffic: Percent of traffic (weights of all predictors add to 100).

        :schema: SeldonDeploymentV1Alpha2SpecPredictors
        '''
        if isinstance(graph, dict):
            graph = SeldonDeploymentV1Alpha2SpecPredictorsGraph(**graph)
        if isinstance(ssl, dict):
            ssl = SeldonDeploymentV1Alpha2SpecPredictorsSsl(**ssl)
        if isinstance(svc_orch_spec, dict):
            svc_orch_spec = SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpec(**svc_orch_spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__20632494f11f81e0243b7f3ac6bdf4eda27f38135c7815c5b7dc1a1f803035e3)
            check_type(argname="argument graph", value=graph, expected_type=type_hints["graph"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument component_specs", value=component_specs, expected_type=type_hints["component_specs"])
            check_type(argname="argument engine_resources", value=engine_resources, expected_type=type_hints["engine_resources"])
            check_type(argname="argument explainer", value=explainer, expected_type=type_hints["explainer"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument progress_deadline_seconds", value=progress_deadline_seconds, expected_type=type_hints["progress_deadline_seconds"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument shadow", value=shadow, expected_type=type_hints["shadow"])
            check_type(argname="argument ssl", value=ssl, expected_type=type_hints["ssl"])
            check_type(argname="argument svc_orch_spec", value=svc_orch_spec, expected_type=type_hints["svc_orch_spec"])
            check_type(argname="argument traffic", value=traffic, expected_type=type_hints["traffic"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "graph": graph,
            "name": name,
        }
        if annotations is not None:
            self._values["annotations"] = annotations
        if component_specs is not None:
            self._values["component_specs"] = component_specs
        if engine_resources is not None:
            self._values["engine_resources"] = engine_resources
        if explainer is not None:
            self._values["explainer"] = explainer
        if labels is not None:
            self._values["labels"] = labels
        if progress_deadline_seconds is not None:
            self._values["progress_deadline_seconds"] = progress_deadline_seconds
        if replicas is not None:
            self._values["replicas"] = replicas
        if shadow is not None:
            self._values["shadow"] = shadow
        if ssl is not None:
            self._values["ssl"] = ssl
        if svc_orch_spec is not None:
            self._values["svc_orch_spec"] = svc_orch_spec
        if traffic is not None:
            self._values["traffic"] = traffic

    @builtins.property
    def graph(self) -> "SeldonDeploymentV1Alpha2SpecPredictorsGraph":
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictors#graph
        '''
        result = self._values.get("graph")
        assert result is not None, "Required property 'graph' is missing"
        return typing.cast("SeldonDeploymentV1Alpha2SpecPredictorsGraph", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictors#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictors#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def component_specs(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecs"]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictors#componentSpecs
        '''
        result = self._values.get("component_specs")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecs"]], result)

    @builtins.property
    def engine_resources(self) -> typing.Any:
        '''core/v1 ResourceRequirements (deprecated: use svcOrchSpec.resources).

        :schema: SeldonDeploymentV1Alpha2SpecPredictors#engineResources
        '''
        result = self._values.get("engine_resources")
        return typing.cast(typing.Any, result)

    @builtins.property
    def explainer(self) -> typing.Any:
        '''Alibi explainer of the predictor (not used by the platform's models).

        :schema: SeldonDeploymentV1Alpha2SpecPredictors#explainer
        '''
        result = self._values.get("explainer")
        return typing.cast(typing.Any, result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictors#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def progress_deadline_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictors#progressDeadlineSeconds
        '''
        result = self._values.get("progress_deadline_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictors#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def shadow(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictors#shadow
        '''
        result = self._values.get("shadow")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ssl(self) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsSsl"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictors#ssl
        '''
        result = self._values.get("ssl")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsSsl"], result)

    @builtins.property
    def svc_orch_spec(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpec"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictors#svcOrchSpec
        '''
        result = self._values.get("svc_orch_spec")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpec"], result)

    @builtins.property
    def traffic(self) -> typing.Optional[jsii.Number]:
        '''Percent of traffic (weights of all predictors add to 100).

        :schema: SeldonDeploymentV1Alpha2SpecPredictors#traffic
        '''
        result = self._values.get("traffic")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecs",
    jsii_struct_bases=[],
    name_mapping={
        "hpa_spec": "hpaSpec",
        "keda_spec": "kedaSpec",
        "metadata": "metadata",
        "pdb_spec": "pdbSpec",
        "replicas": "replicas",
        "spec": "spec",
    },
)
class SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecs:
    def __init__(
        self,
        *,
        hpa_spec: typing.Optional[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsHpaSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        keda_spec: typing.Any = None,
        metadata: typing.Optional[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        pdb_spec: typing.Optional[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        replicas: typing.Optional[jsii.Number] = None,
        spec: typing.Any = None,
    ) -> None:
        '''
        :param hpa_spec: 
        :param keda_spec: KEDA ScaledObject spec (KEDA is not enabled on this platform).
        :param metadata: 
        :param pdb_spec: 
        :param replicas: 
        :param spec: A core/v1 PodSpec; the gates validate it against the cluster's Pod schema.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecs
        '''
        if isinstance(hpa_spec, dict):
            hpa_spec = SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsHpaSpec(**hpa_spec)
        if isinstance(metadata, dict):
            metadata = SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsMetadata(**metadata)
        if isinstance(pdb_spec, dict):
            pdb_spec = SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpec(**pdb_spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee5a42dd17a5320651704696549dfd955a997fe6aead47fc2a964d2e450b7c0c)
            check_type(argname="argument hpa_spec", value=hpa_spec, expected_type=type_hints["hpa_spec"])
            check_type(argname="argument keda_spec", value=keda_spec, expected_type=type_hints["keda_spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument pdb_spec", value=pdb_spec, expected_type=type_hints["pdb_spec"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hpa_spec is not None:
            self._values["hpa_spec"] = hpa_spec
        if keda_spec is not None:
            self._values["keda_spec"] = keda_spec
        if metadata is not None:
            self._values["metadata"] = metadata
        if pdb_spec is not None:
            self._values["pdb_spec"] = pdb_spec
        if replicas is not None:
            self._values["replicas"] = replicas
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def hpa_spec(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsHpaSpec"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecs#hpaSpec
        '''
        result = self._values.get("hpa_spec")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsHpaSpec"], result)

    @builtins.property
    def keda_spec(self) -> typing.Any:
        '''KEDA ScaledObject spec (KEDA is not enabled on this platform).

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecs#kedaSpec
        '''
        result = self._values.get("keda_spec")
        return typing.cast(typing.Any, result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsMetadata"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecs#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsMetadata"], result)

    @builtins.property
    def pdb_spec(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpec"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecs#pdbSpec
        '''
        result = self._values.get("pdb_spec")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpec"], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecs#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''A core/v1 PodSpec;

        the gates validate it against the cluster's Pod schema.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecs#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsHpaSpec",
    jsii_struct_bases=[],
    name_mapping={
        "max_replicas": "maxReplicas",
        "metrics": "metrics",
        "metricsv2": "metricsv2",
        "min_replicas": "minReplicas",
    },
)
class SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsHpaSpec:
    def __init__(
        self,
        *,
        max_replicas: jsii.Number,
        metrics: typing.Optional[typing.Sequence[typing.Any]] = None,
        metricsv2: typing.Optional[typing.Sequence[typing.Any]] = None,
        min_replicas: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param max_replicas: 
        :param metrics: 
        :param metricsv2: 
        :param min_replicas: 

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsHpaSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c185c0aed67b9eaa10d8932e8d2928fa1c0e41b7598821b9086c92a514c31d76)
            check_type(argname="argument max_replicas", value=max_replicas, expected_type=type_hints["max_replicas"])
            check_type(argname="argument metrics", value=metrics, expected_type=type_hints["metrics"])
            check_type(argname="argument metricsv2", value=metricsv2, expected_type=type_hints["metricsv2"])
            check_type(argname="argument min_replicas", value=min_replicas, expected_type=type_hints["min_replicas"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "max_replicas": max_replicas,
        }
        if metrics is not None:
            self._values["metrics"] = metrics
        if metricsv2 is not None:
            self._values["metricsv2"] = metricsv2
        if min_replicas is not None:
            self._values["min_replicas"] = min_replicas

    @builtins.property
    def max_replicas(self) -> jsii.Number:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsHpaSpec#maxReplicas
        '''
        result = self._values.get("max_replicas")
        assert result is not None, "Required property 'max_replicas' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def metrics(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsHpaSpec#metrics
        '''
        result = self._values.get("metrics")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def metricsv2(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsHpaSpec#metricsv2
        '''
        result = self._values.get("metricsv2")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def min_replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsHpaSpec#minReplicas
        '''
        result = self._values.get("min_replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsHpaSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels", "name": "name"},
)
class SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param annotations: 
        :param labels: 
        :param name: 

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a687b73bb6300f29a5d8c4b17d97e841171f0ebf8dad207a1d0708a5517e1df8)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsMetadata#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpec",
    jsii_struct_bases=[],
    name_mapping={
        "max_unavailable": "maxUnavailable",
        "min_available": "minAvailable",
    },
)
class SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpec:
    def __init__(
        self,
        *,
        max_unavailable: typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMaxUnavailable"] = None,
        min_available: typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMinAvailable"] = None,
    ) -> None:
        '''
        :param max_unavailable: 
        :param min_available: 

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__90fea23737e6161382a96ff2a223265747ee302c522358514f61d36058dd5171)
            check_type(argname="argument max_unavailable", value=max_unavailable, expected_type=type_hints["max_unavailable"])
            check_type(argname="argument min_available", value=min_available, expected_type=type_hints["min_available"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_unavailable is not None:
            self._values["max_unavailable"] = max_unavailable
        if min_available is not None:
            self._values["min_available"] = min_available

    @builtins.property
    def max_unavailable(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMaxUnavailable"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpec#maxUnavailable
        '''
        result = self._values.get("max_unavailable")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMaxUnavailable"], result)

    @builtins.property
    def min_available(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMinAvailable"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpec#minAvailable
        '''
        result = self._values.get("min_available")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMinAvailable"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMaxUnavailable(
    metaclass=jsii.JSIIMeta,
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMaxUnavailable",
):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMaxUnavailable
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMaxUnavailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5e6e9cc4fc2a988575219ef7fbb6c5e80491dfcabd5424b43fe7908d40ffc7e6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMaxUnavailable", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMaxUnavailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2ee476c83ad32390eee451518c5d57bc4b2b94c7893d42fd8ebba41c9da411a4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMaxUnavailable", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMinAvailable(
    metaclass=jsii.JSIIMeta,
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMinAvailable",
):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMinAvailable
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMinAvailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__85c89e9e83a01a000c01582dd77eed06d445db4959db6835054970b7c027c3a5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMinAvailable", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMinAvailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e0adf7e1c06bb2839a8c24f2700feb161475415fb92387d0333ddbf2861d892d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMinAvailable", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraph",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "children": "children",
        "endpoint": "endpoint",
        "env_secret_ref_name": "envSecretRefName",
        "implementation": "implementation",
        "logger": "logger",
        "methods": "methods",
        "model_uri": "modelUri",
        "parameters": "parameters",
        "service_account_name": "serviceAccountName",
        "storage_initializer_image": "storageInitializerImage",
        "type": "type",
    },
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraph:
    def __init__(
        self,
        *,
        name: builtins.str,
        children: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren", typing.Dict[builtins.str, typing.Any]]]] = None,
        endpoint: typing.Optional[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        env_secret_ref_name: typing.Optional[builtins.str] = None,
        implementation: typing.Optional[builtins.str] = None,
        logger: typing.Optional[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsGraphLogger", typing.Dict[builtins.str, typing.Any]]] = None,
        methods: typing.Optional[typing.Sequence["SeldonDeploymentV1Alpha2SpecPredictorsGraphMethods"]] = None,
        model_uri: typing.Optional[builtins.str] = None,
        parameters: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsGraphParameters", typing.Dict[builtins.str, typing.Any]]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        storage_initializer_image: typing.Optional[builtins.str] = None,
        type: typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphType"] = None,
    ) -> None:
        '''
        :param name: Unit name; a componentSpecs container of the same name implements it.
        :param children: 
        :param endpoint: 
        :param env_secret_ref_name: 
        :param implementation: Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.
        :param logger: Request/response payload logging by the executor.
        :param methods: 
        :param model_uri: Where the artifact is (s3://, gs://, pvc://).
        :param parameters: 
        :param service_account_name: Service account of the unit's pods (its AWS identity).
        :param storage_initializer_image: 
        :param type: 

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraph
        '''
        if isinstance(endpoint, dict):
            endpoint = SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpoint(**endpoint)
        if isinstance(logger, dict):
            logger = SeldonDeploymentV1Alpha2SpecPredictorsGraphLogger(**logger)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__145c205b4adeba90409457928bbf30e4d9981dd1c45e0f325d64ddcd39f51cb4)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument children", value=children, expected_type=type_hints["children"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument env_secret_ref_name", value=env_secret_ref_name, expected_type=type_hints["env_secret_ref_name"])
            check_type(argname="argument implementation", value=implementation, expected_type=type_hints["implementation"])
            check_type(argname="argument logger", value=logger, expected_type=type_hints["logger"])
            check_type(argname="argument methods", value=methods, expected_type=type_hints["methods"])
            check_type(argname="argument model_uri", value=model_uri, expected_type=type_hints["model_uri"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument storage_initializer_image", value=storage_initializer_image, expected_type=type_hints["storage_initializer_image"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if children is not None:
            self._values["children"] = children
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if env_secret_ref_name is not None:
            self._values["env_secret_ref_name"] = env_secret_ref_name
        if implementation is not None:
            self._values["implementation"] = implementation
        if logger is not None:
            self._values["logger"] = logger
        if methods is not None:
            self._values["methods"] = methods
        if model_uri is not None:
            self._values["model_uri"] = model_uri
        if parameters is not None:
            self._values["parameters"] = parameters
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if storage_initializer_image is not None:
            self._values["storage_initializer_image"] = storage_initializer_image
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Unit name;

        a componentSpecs container of the same name implements it.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraph#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def children(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren"]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraph#children
        '''
        result = self._values.get("children")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren"]], result)

    @builtins.property
    def endpoint(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpoint"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraph#endpoint
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpoint"], result)

    @builtins.property
    def env_secret_ref_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraph#envSecretRefName
        '''
        result = self._values.get("env_secret_ref_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def implementation(self) -> typing.Optional[builtins.str]:
        '''Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraph#implementation
        '''
        result = self._values.get("implementation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def logger(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphLogger"]:
        '''Request/response payload logging by the executor.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraph#logger
        '''
        result = self._values.get("logger")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphLogger"], result)

    @builtins.property
    def methods(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphMethods"]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraph#methods
        '''
        result = self._values.get("methods")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphMethods"]], result)

    @builtins.property
    def model_uri(self) -> typing.Optional[builtins.str]:
        '''Where the artifact is (s3://, gs://, pvc://).

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraph#modelUri
        '''
        result = self._values.get("model_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def parameters(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphParameters"]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraph#parameters
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphParameters"]], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''Service account of the unit's pods (its AWS identity).

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraph#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_initializer_image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraph#storageInitializerImage
        '''
        result = self._values.get("storage_initializer_image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphType"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraph#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsGraph(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "children": "children",
        "endpoint": "endpoint",
        "env_secret_ref_name": "envSecretRefName",
        "implementation": "implementation",
        "logger": "logger",
        "methods": "methods",
        "model_uri": "modelUri",
        "parameters": "parameters",
        "service_account_name": "serviceAccountName",
        "storage_initializer_image": "storageInitializerImage",
        "type": "type",
    },
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren:
    def __init__(
        self,
        *,
        name: builtins.str,
        children: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren", typing.Dict[builtins.str, typing.Any]]]] = None,
        endpoint: typing.Optional[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        env_secret_ref_name: typing.Optional[builtins.str] = None,
        implementation: typing.Optional[builtins.str] = None,
        logger: typing.Optional[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLogger", typing.Dict[builtins.str, typing.Any]]] = None,
        methods: typing.Optional[typing.Sequence["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenMethods"]] = None,
        model_uri: typing.Optional[builtins.str] = None,
        parameters: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParameters", typing.Dict[builtins.str, typing.Any]]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        storage_initializer_image: typing.Optional[builtins.str] = None,
        type: typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenType"] = None,
    ) -> None:
        '''
        :param name: Unit name; a componentSpecs container of the same name implements it.
        :param children: 
        :param endpoint: 
        :param env_secret_ref_name: 
        :param implementation: Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.
        :param logger: Request/response payload logging by the executor.
        :param methods: 
        :param model_uri: Where the artifact is (s3://, gs://, pvc://).
        :param parameters: 
        :param service_account_name: Service account of the unit's pods (its AWS identity).
        :param storage_initializer_image: 
        :param type: 

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren
        '''
        if isinstance(endpoint, dict):
            endpoint = SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpoint(**endpoint)
        if isinstance(logger, dict):
            logger = SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLogger(**logger)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7fef3a80dbbb83fce7c9d593073351bc600ebc4951fbb2e0713b7a434b9f79dc)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument children", value=children, expected_type=type_hints["children"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument env_secret_ref_name", value=env_secret_ref_name, expected_type=type_hints["env_secret_ref_name"])
            check_type(argname="argument implementation", value=implementation, expected_type=type_hints["implementation"])
            check_type(argname="argument logger", value=logger, expected_type=type_hints["logger"])
            check_type(argname="argument methods", value=methods, expected_type=type_hints["methods"])
            check_type(argname="argument model_uri", value=model_uri, expected_type=type_hints["model_uri"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument storage_initializer_image", value=storage_initializer_image, expected_type=type_hints["storage_initializer_image"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if children is not None:
            self._values["children"] = children
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if env_secret_ref_name is not None:
            self._values["env_secret_ref_name"] = env_secret_ref_name
        if implementation is not None:
            self._values["implementation"] = implementation
        if logger is not None:
            self._values["logger"] = logger
        if methods is not None:
            self._values["methods"] = methods
        if model_uri is not None:
            self._values["model_uri"] = model_uri
        if parameters is not None:
            self._values["parameters"] = parameters
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if storage_initializer_image is not None:
            self._values["storage_initializer_image"] = storage_initializer_image
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Unit name;

        a componentSpecs container of the same name implements it.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def children(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren"]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren#children
        '''
        result = self._values.get("children")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren"]], result)

    @builtins.property
    def endpoint(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpoint"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren#endpoint
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpoint"], result)

    @builtins.property
    def env_secret_ref_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren#envSecretRefName
        '''
        result = self._values.get("env_secret_ref_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def implementation(self) -> typing.Optional[builtins.str]:
        '''Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren#implementation
        '''
        result = self._values.get("implementation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def logger(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLogger"]:
        '''Request/response payload logging by the executor.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren#logger
        '''
        result = self._values.get("logger")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLogger"], result)

    @builtins.property
    def methods(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenMethods"]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren#methods
        '''
        result = self._values.get("methods")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenMethods"]], result)

    @builtins.property
    def model_uri(self) -> typing.Optional[builtins.str]:
        '''Where the artifact is (s3://, gs://, pvc://).

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren#modelUri
        '''
        result = self._values.get("model_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def parameters(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParameters"]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren#parameters
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParameters"]], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''Service account of the unit's pods (its AWS identity).

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_initializer_image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren#storageInitializerImage
        '''
        result = self._values.get("storage_initializer_image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenType"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "children": "children",
        "endpoint": "endpoint",
        "env_secret_ref_name": "envSecretRefName",
        "implementation": "implementation",
        "logger": "logger",
        "methods": "methods",
        "model_uri": "modelUri",
        "parameters": "parameters",
        "service_account_name": "serviceAccountName",
        "storage_initializer_image": "storageInitializerImage",
        "type": "type",
    },
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren:
    def __init__(
        self,
        *,
        name: builtins.str,
        children: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren", typing.Dict[builtins.str, typing.Any]]]] = None,
        endpoint: typing.Optional[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        env_secret_ref_name: typing.Optional[builtins.str] = None,
        implementation: typing.Optional[builtins.str] = None,
        logger: typing.Optional[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLogger", typing.Dict[builtins.str, typing.Any]]] = None,
        methods: typing.Optional[typing.Sequence["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenMethods"]] = None,
        model_uri: typing.Optional[builtins.str] = None,
        parameters: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParameters", typing.Dict[builtins.str, typing.Any]]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        storage_initializer_image: typing.Optional[builtins.str] = None,
        type: typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenType"] = None,
    ) -> None:
        '''
        :param name: Unit name; a componentSpecs container of the same name implements it.
        :param children: 
        :param endpoint: 
        :param env_secret_ref_name: 
        :param implementation: Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.
        :param logger: Request/response payload logging by the executor.
        :param methods: 
        :param model_uri: Where the artifact is (s3://, gs://, pvc://).
        :param parameters: 
        :param service_account_name: Service account of the unit's pods (its AWS identity).
        :param storage_initializer_image: 
        :param type: 

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren
        '''
        if isinstance(endpoint, dict):
            endpoint = SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpoint(**endpoint)
        if isinstance(logger, dict):
            logger = SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLogger(**logger)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f7c9e4f95945cb43a1bd66c3bc21f845adbc9419d03cc56972f3621a5e73776c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument children", value=children, expected_type=type_hints["children"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument env_secret_ref_name", value=env_secret_ref_name, expected_type=type_hints["env_secret_ref_name"])
            check_type(argname="argument implementation", value=implementation, expected_type=type_hints["implementation"])
            check_type(argname="argument logger", value=logger, expected_type=type_hints["logger"])
            check_type(argname="argument methods", value=methods, expected_type=type_hints["methods"])
            check_type(argname="argument model_uri", value=model_uri, expected_type=type_hints["model_uri"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument storage_initializer_image", value=storage_initializer_image, expected_type=type_hints["storage_initializer_image"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if children is not None:
            self._values["children"] = children
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if env_secret_ref_name is not None:
            self._values["env_secret_ref_name"] = env_secret_ref_name
        if implementation is not None:
            self._values["implementation"] = implementation
        if logger is not None:
            self._values["logger"] = logger
        if methods is not None:
            self._values["methods"] = methods
        if model_uri is not None:
            self._values["model_uri"] = model_uri
        if parameters is not None:
            self._values["parameters"] = parameters
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if storage_initializer_image is not None:
            self._values["storage_initializer_image"] = storage_initializer_image
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Unit name;

        a componentSpecs container of the same name implements it.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def children(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren"]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren#children
        '''
        result = self._values.get("children")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren"]], result)

    @builtins.property
    def endpoint(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpoint"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren#endpoint
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpoint"], result)

    @builtins.property
    def env_secret_ref_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren#envSecretRefName
        '''
        result = self._values.get("env_secret_ref_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def implementation(self) -> typing.Optional[builtins.str]:
        '''Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren#implementation
        '''
        result = self._values.get("implementation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def logger(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLogger"]:
        '''Request/response payload logging by the executor.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren#logger
        '''
        result = self._values.get("logger")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLogger"], result)

    @builtins.property
    def methods(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenMethods"]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren#methods
        '''
        result = self._values.get("methods")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenMethods"]], result)

    @builtins.property
    def model_uri(self) -> typing.Optional[builtins.str]:
        '''Where the artifact is (s3://, gs://, pvc://).

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren#modelUri
        '''
        result = self._values.get("model_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def parameters(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParameters"]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren#parameters
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParameters"]], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''Service account of the unit's pods (its AWS identity).

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_initializer_image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren#storageInitializerImage
        '''
        result = self._values.get("storage_initializer_image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenType"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "children": "children",
        "endpoint": "endpoint",
        "env_secret_ref_name": "envSecretRefName",
        "implementation": "implementation",
        "logger": "logger",
        "methods": "methods",
        "model_uri": "modelUri",
        "parameters": "parameters",
        "service_account_name": "serviceAccountName",
        "storage_initializer_image": "storageInitializerImage",
        "type": "type",
    },
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren:
    def __init__(
        self,
        *,
        name: builtins.str,
        children: typing.Optional[typing.Sequence[typing.Any]] = None,
        endpoint: typing.Optional[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        env_secret_ref_name: typing.Optional[builtins.str] = None,
        implementation: typing.Optional[builtins.str] = None,
        logger: typing.Optional[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLogger", typing.Dict[builtins.str, typing.Any]]] = None,
        methods: typing.Optional[typing.Sequence["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenMethods"]] = None,
        model_uri: typing.Optional[builtins.str] = None,
        parameters: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParameters", typing.Dict[builtins.str, typing.Any]]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        storage_initializer_image: typing.Optional[builtins.str] = None,
        type: typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenType"] = None,
    ) -> None:
        '''
        :param name: Unit name; a componentSpecs container of the same name implements it.
        :param children: 
        :param endpoint: 
        :param env_secret_ref_name: 
        :param implementation: Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.
        :param logger: Request/response payload logging by the executor.
        :param methods: 
        :param model_uri: Where the artifact is (s3://, gs://, pvc://).
        :param parameters: 
        :param service_account_name: Service account of the unit's pods (its AWS identity).
        :param storage_initializer_image: 
        :param type: 

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren
        '''
        if isinstance(endpoint, dict):
            endpoint = SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpoint(**endpoint)
        if isinstance(logger, dict):
            logger = SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLogger(**logger)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b0f80a7a025a696e7c6c4864c95eb95083768cae9e0ec59f321f0a87aa9d8cc6)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument children", value=children, expected_type=type_hints["children"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument env_secret_ref_name", value=env_secret_ref_name, expected_type=type_hints["env_secret_ref_name"])
            check_type(argname="argument implementation", value=implementation, expected_type=type_hints["implementation"])
            check_type(argname="argument logger", value=logger, expected_type=type_hints["logger"])
            check_type(argname="argument methods", value=methods, expected_type=type_hints["methods"])
            check_type(argname="argument model_uri", value=model_uri, expected_type=type_hints["model_uri"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument storage_initializer_image", value=storage_initializer_image, expected_type=type_hints["storage_initializer_image"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if children is not None:
            self._values["children"] = children
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if env_secret_ref_name is not None:
            self._values["env_secret_ref_name"] = env_secret_ref_name
        if implementation is not None:
            self._values["implementation"] = implementation
        if logger is not None:
            self._values["logger"] = logger
        if methods is not None:
            self._values["methods"] = methods
        if model_uri is not None:
            self._values["model_uri"] = model_uri
        if parameters is not None:
            self._values["parameters"] = parameters
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if storage_initializer_image is not None:
            self._values["storage_initializer_image"] = storage_initializer_image
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Unit name;

        a componentSpecs container of the same name implements it.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def children(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren#children
        '''
        result = self._values.get("children")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def endpoint(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpoint"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren#endpoint
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpoint"], result)

    @builtins.property
    def env_secret_ref_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren#envSecretRefName
        '''
        result = self._values.get("env_secret_ref_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def implementation(self) -> typing.Optional[builtins.str]:
        '''Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren#implementation
        '''
        result = self._values.get("implementation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def logger(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLogger"]:
        '''Request/response payload logging by the executor.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren#logger
        '''
        result = self._values.get("logger")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLogger"], result)

    @builtins.property
    def methods(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenMethods"]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren#methods
        '''
        result = self._values.get("methods")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenMethods"]], result)

    @builtins.property
    def model_uri(self) -> typing.Optional[builtins.str]:
        '''Where the artifact is (s3://, gs://, pvc://).

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren#modelUri
        '''
        result = self._values.get("model_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def parameters(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParameters"]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren#parameters
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParameters"]], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''Service account of the unit's pods (its AWS identity).

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_initializer_image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren#storageInitializerImage
        '''
        result = self._values.get("storage_initializer_image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenType"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpoint",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_port": "grpcPort",
        "http_port": "httpPort",
        "service_host": "serviceHost",
        "service_port": "servicePort",
        "type": "type",
    },
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpoint:
    def __init__(
        self,
        *,
        grpc_port: typing.Optional[jsii.Number] = None,
        http_port: typing.Optional[jsii.Number] = None,
        service_host: typing.Optional[builtins.str] = None,
        service_port: typing.Optional[jsii.Number] = None,
        type: typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpointType"] = None,
    ) -> None:
        '''
        :param grpc_port: 
        :param http_port: 
        :param service_host: 
        :param service_port: 
        :param type: 

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__88cb398d81c658e1352db06eb12e2453adf27e4a1aaccd954fcb7d1346242dc6)
            check_type(argname="argument grpc_port", value=grpc_port, expected_type=type_hints["grpc_port"])
            check_type(argname="argument http_port", value=http_port, expected_type=type_hints["http_port"])
            check_type(argname="argument service_host", value=service_host, expected_type=type_hints["service_host"])
            check_type(argname="argument service_port", value=service_port, expected_type=type_hints["service_port"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_port is not None:
            self._values["grpc_port"] = grpc_port
        if http_port is not None:
            self._values["http_port"] = http_port
        if service_host is not None:
            self._values["service_host"] = service_host
        if service_port is not None:
            self._values["service_port"] = service_port
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def grpc_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpoint#grpcPort
        '''
        result = self._values.get("grpc_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpoint#httpPort
        '''
        result = self._values.get("http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def service_host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpoint#service_host
        '''
        result = self._values.get("service_host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpoint#service_port
        '''
        result = self._values.get("service_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpointType"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpoint#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpointType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpointType"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpointType(
    enum.Enum,
):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpointType
    '''

    REST = "REST"
    '''REST.'''
    GRPC = "GRPC"
    '''GRPC.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLogger",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "url": "url"},
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLogger:
    def __init__(
        self,
        *,
        mode: typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLoggerMode"] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Request/response payload logging by the executor.

        :param mode: Which payloads to log.
        :param url: URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLogger
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__19225237fa6b211d42c69f8fd2025042366b01c910ce485fe762850b3de119c6)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def mode(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLoggerMode"]:
        '''Which payloads to log.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLogger#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLoggerMode"], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLogger#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLogger(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLoggerMode"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLoggerMode(
    enum.Enum,
):
    '''Which payloads to log.

    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLoggerMode
    '''

    ALL = "ALL"
    '''all.'''
    REQUEST = "REQUEST"
    '''request.'''
    RESPONSE = "RESPONSE"
    '''response.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenMethods"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenMethods(
    enum.Enum,
):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenMethods
    '''

    TRANSFORM_UNDERSCORE_INPUT = "TRANSFORM_UNDERSCORE_INPUT"
    '''TRANSFORM_INPUT.'''
    TRANSFORM_UNDERSCORE_OUTPUT = "TRANSFORM_UNDERSCORE_OUTPUT"
    '''TRANSFORM_OUTPUT.'''
    ROUTE = "ROUTE"
    '''ROUTE.'''
    AGGREGATE = "AGGREGATE"
    '''AGGREGATE.'''
    SEND_UNDERSCORE_FEEDBACK = "SEND_UNDERSCORE_FEEDBACK"
    '''SEND_FEEDBACK.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParameters",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "type": "type", "value": "value"},
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParameters:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParametersType",
        value: builtins.str,
    ) -> None:
        '''
        :param name: 
        :param type: 
        :param value: 

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParameters
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__58282f8cbfdce6aed4c83ee17baa7688df577fcc00a2f0feb9508775b64d3047)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParameters#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(
        self,
    ) -> "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParametersType":
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParameters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParametersType", result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParameters#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParametersType"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParametersType(
    enum.Enum,
):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParametersType
    '''

    INT = "INT"
    '''INT.'''
    FLOAT = "FLOAT"
    '''FLOAT.'''
    DOUBLE = "DOUBLE"
    '''DOUBLE.'''
    STRING = "STRING"
    '''STRING.'''
    BOOL = "BOOL"
    '''BOOL.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenType"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenType(
    enum.Enum,
):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenType
    '''

    UNKNOWN_UNDERSCORE_TYPE = "UNKNOWN_UNDERSCORE_TYPE"
    '''UNKNOWN_TYPE.'''
    ROUTER = "ROUTER"
    '''ROUTER.'''
    COMBINER = "COMBINER"
    '''COMBINER.'''
    MODEL = "MODEL"
    '''MODEL.'''
    TRANSFORMER = "TRANSFORMER"
    '''TRANSFORMER.'''
    OUTPUT_UNDERSCORE_TRANSFORMER = "OUTPUT_UNDERSCORE_TRANSFORMER"
    '''OUTPUT_TRANSFORMER.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpoint",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_port": "grpcPort",
        "http_port": "httpPort",
        "service_host": "serviceHost",
        "service_port": "servicePort",
        "type": "type",
    },
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpoint:
    def __init__(
        self,
        *,
        grpc_port: typing.Optional[jsii.Number] = None,
        http_port: typing.Optional[jsii.Number] = None,
        service_host: typing.Optional[builtins.str] = None,
        service_port: typing.Optional[jsii.Number] = None,
        type: typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpointType"] = None,
    ) -> None:
        '''
        :param grpc_port: 
        :param http_port: 
        :param service_host: 
        :param service_port: 
        :param type: 

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__85e8852ad586ee2c181138f86253d71240fd1d967bfae2adea0e99dc3708a747)
            check_type(argname="argument grpc_port", value=grpc_port, expected_type=type_hints["grpc_port"])
            check_type(argname="argument http_port", value=http_port, expected_type=type_hints["http_port"])
            check_type(argname="argument service_host", value=service_host, expected_type=type_hints["service_host"])
            check_type(argname="argument service_port", value=service_port, expected_type=type_hints["service_port"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_port is not None:
            self._values["grpc_port"] = grpc_port
        if http_port is not None:
            self._values["http_port"] = http_port
        if service_host is not None:
            self._values["service_host"] = service_host
        if service_port is not None:
            self._values["service_port"] = service_port
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def grpc_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpoint#grpcPort
        '''
        result = self._values.get("grpc_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpoint#httpPort
        '''
        result = self._values.get("http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def service_host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpoint#service_host
        '''
        result = self._values.get("service_host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpoint#service_port
        '''
        result = self._values.get("service_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpointType"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpoint#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpointType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpointType"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpointType(
    enum.Enum,
):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpointType
    '''

    REST = "REST"
    '''REST.'''
    GRPC = "GRPC"
    '''GRPC.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLogger",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "url": "url"},
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLogger:
    def __init__(
        self,
        *,
        mode: typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLoggerMode"] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Request/response payload logging by the executor.

        :param mode: Which payloads to log.
        :param url: URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLogger
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9c6a297cc55b088303061ed56116c04d352a0b4b49cb53b04df2fd663bdd8723)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def mode(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLoggerMode"]:
        '''Which payloads to log.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLogger#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLoggerMode"], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLogger#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLogger(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLoggerMode"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLoggerMode(enum.Enum):
    '''Which payloads to log.

    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLoggerMode
    '''

    ALL = "ALL"
    '''all.'''
    REQUEST = "REQUEST"
    '''request.'''
    RESPONSE = "RESPONSE"
    '''response.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenMethods"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenMethods(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenMethods
    '''

    TRANSFORM_UNDERSCORE_INPUT = "TRANSFORM_UNDERSCORE_INPUT"
    '''TRANSFORM_INPUT.'''
    TRANSFORM_UNDERSCORE_OUTPUT = "TRANSFORM_UNDERSCORE_OUTPUT"
    '''TRANSFORM_OUTPUT.'''
    ROUTE = "ROUTE"
    '''ROUTE.'''
    AGGREGATE = "AGGREGATE"
    '''AGGREGATE.'''
    SEND_UNDERSCORE_FEEDBACK = "SEND_UNDERSCORE_FEEDBACK"
    '''SEND_FEEDBACK.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParameters",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "type": "type", "value": "value"},
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParameters:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParametersType",
        value: builtins.str,
    ) -> None:
        '''
        :param name: 
        :param type: 
        :param value: 

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParameters
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d4cf685cd03428a89e78b74c03fac62ba1ecd3b58a080b4c5609569fc5a07d55)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParameters#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(
        self,
    ) -> "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParametersType":
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParameters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParametersType", result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParameters#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParametersType"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParametersType(
    enum.Enum,
):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParametersType
    '''

    INT = "INT"
    '''INT.'''
    FLOAT = "FLOAT"
    '''FLOAT.'''
    DOUBLE = "DOUBLE"
    '''DOUBLE.'''
    STRING = "STRING"
    '''STRING.'''
    BOOL = "BOOL"
    '''BOOL.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenType"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenType(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenType
    '''

    UNKNOWN_UNDERSCORE_TYPE = "UNKNOWN_UNDERSCORE_TYPE"
    '''UNKNOWN_TYPE.'''
    ROUTER = "ROUTER"
    '''ROUTER.'''
    COMBINER = "COMBINER"
    '''COMBINER.'''
    MODEL = "MODEL"
    '''MODEL.'''
    TRANSFORMER = "TRANSFORMER"
    '''TRANSFORMER.'''
    OUTPUT_UNDERSCORE_TRANSFORMER = "OUTPUT_UNDERSCORE_TRANSFORMER"
    '''OUTPUT_TRANSFORMER.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpoint",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_port": "grpcPort",
        "http_port": "httpPort",
        "service_host": "serviceHost",
        "service_port": "servicePort",
        "type": "type",
    },
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpoint:
    def __init__(
        self,
        *,
        grpc_port: typing.Optional[jsii.Number] = None,
        http_port: typing.Optional[jsii.Number] = None,
        service_host: typing.Optional[builtins.str] = None,
        service_port: typing.Optional[jsii.Number] = None,
        type: typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpointType"] = None,
    ) -> None:
        '''
        :param grpc_port: 
        :param http_port: 
        :param service_host: 
        :param service_port: 
        :param type: 

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8ececcc9843960a05a7df7bb743d1a3280b683414b534d630fbc471827b31560)
            check_type(argname="argument grpc_port", value=grpc_port, expected_type=type_hints["grpc_port"])
            check_type(argname="argument http_port", value=http_port, expected_type=type_hints["http_port"])
            check_type(argname="argument service_host", value=service_host, expected_type=type_hints["service_host"])
            check_type(argname="argument service_port", value=service_port, expected_type=type_hints["service_port"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_port is not None:
            self._values["grpc_port"] = grpc_port
        if http_port is not None:
            self._values["http_port"] = http_port
        if service_host is not None:
            self._values["service_host"] = service_host
        if service_port is not None:
            self._values["service_port"] = service_port
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def grpc_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpoint#grpcPort
        '''
        result = self._values.get("grpc_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpoint#httpPort
        '''
        result = self._values.get("http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def service_host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpoint#service_host
        '''
        result = self._values.get("service_host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpoint#service_port
        '''
        result = self._values.get("service_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpointType"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpoint#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpointType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpointType"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpointType(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpointType
    '''

    REST = "REST"
    '''REST.'''
    GRPC = "GRPC"
    '''GRPC.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLogger",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "url": "url"},
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLogger:
    def __init__(
        self,
        *,
        mode: typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLoggerMode"] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Request/response payload logging by the executor.

        :param mode: Which payloads to log.
        :param url: URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLogger
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__25a9c5d187c43c5c6b7dd0488f49206ffce9dbf904c7ae9e9e2077bb025ae39c)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def mode(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLoggerMode"]:
        '''Which payloads to log.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLogger#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLoggerMode"], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLogger#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLogger(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLoggerMode"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLoggerMode(enum.Enum):
    '''Which payloads to log.

    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLoggerMode
    '''

    ALL = "ALL"
    '''all.'''
    REQUEST = "REQUEST"
    '''request.'''
    RESPONSE = "RESPONSE"
    '''response.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenMethods"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenMethods(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenMethods
    '''

    TRANSFORM_UNDERSCORE_INPUT = "TRANSFORM_UNDERSCORE_INPUT"
    '''TRANSFORM_INPUT.'''
    TRANSFORM_UNDERSCORE_OUTPUT = "TRANSFORM_UNDERSCORE_OUTPUT"
    '''TRANSFORM_OUTPUT.'''
    ROUTE = "ROUTE"
    '''ROUTE.'''
    AGGREGATE = "AGGREGATE"
    '''AGGREGATE.'''
    SEND_UNDERSCORE_FEEDBACK = "SEND_UNDERSCORE_FEEDBACK"
    '''SEND_FEEDBACK.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParameters",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "type": "type", "value": "value"},
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParameters:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParametersType",
        value: builtins.str,
    ) -> None:
        '''
        :param name: 
        :param type: 
        :param value: 

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParameters
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3ba4fcec3590c16e8e542be9e291253872735f20e4725f238ebbae8cde69cbd6)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParameters#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(
        self,
    ) -> "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParametersType":
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParameters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParametersType", result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParameters#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParametersType"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParametersType(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParametersType
    '''

    INT = "INT"
    '''INT.'''
    FLOAT = "FLOAT"
    '''FLOAT.'''
    DOUBLE = "DOUBLE"
    '''DOUBLE.'''
    STRING = "STRING"
    '''STRING.'''
    BOOL = "BOOL"
    '''BOOL.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenType"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenType(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenType
    '''

    UNKNOWN_UNDERSCORE_TYPE = "UNKNOWN_UNDERSCORE_TYPE"
    '''UNKNOWN_TYPE.'''
    ROUTER = "ROUTER"
    '''ROUTER.'''
    COMBINER = "COMBINER"
    '''COMBINER.'''
    MODEL = "MODEL"
    '''MODEL.'''
    TRANSFORMER = "TRANSFORMER"
    '''TRANSFORMER.'''
    OUTPUT_UNDERSCORE_TRANSFORMER = "OUTPUT_UNDERSCORE_TRANSFORMER"
    '''OUTPUT_TRANSFORMER.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpoint",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_port": "grpcPort",
        "http_port": "httpPort",
        "service_host": "serviceHost",
        "service_port": "servicePort",
        "type": "type",
    },
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpoint:
    def __init__(
        self,
        *,
        grpc_port: typing.Optional[jsii.Number] = None,
        http_port: typing.Optional[jsii.Number] = None,
        service_host: typing.Optional[builtins.str] = None,
        service_port: typing.Optional[jsii.Number] = None,
        type: typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpointType"] = None,
    ) -> None:
        '''
        :param grpc_port: 
        :param http_port: 
        :param service_host: 
        :param service_port: 
        :param type: 

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5b53df89edebf5f0d066f4ab9fc612fb472c32f0b42d31cb426ca73460da575a)
            check_type(argname="argument grpc_port", value=grpc_port, expected_type=type_hints["grpc_port"])
            check_type(argname="argument http_port", value=http_port, expected_type=type_hints["http_port"])
            check_type(argname="argument service_host", value=service_host, expected_type=type_hints["service_host"])
            check_type(argname="argument service_port", value=service_port, expected_type=type_hints["service_port"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_port is not None:
            self._values["grpc_port"] = grpc_port
        if http_port is not None:
            self._values["http_port"] = http_port
        if service_host is not None:
            self._values["service_host"] = service_host
        if service_port is not None:
            self._values["service_port"] = service_port
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def grpc_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpoint#grpcPort
        '''
        result = self._values.get("grpc_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpoint#httpPort
        '''
        result = self._values.get("http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def service_host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpoint#service_host
        '''
        result = self._values.get("service_host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpoint#service_port
        '''
        result = self._values.get("service_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpointType"]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpoint#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpointType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpointType"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpointType(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpointType
    '''

    REST = "REST"
    '''REST.'''
    GRPC = "GRPC"
    '''GRPC.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphLogger",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "url": "url"},
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphLogger:
    def __init__(
        self,
        *,
        mode: typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphLoggerMode"] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Request/response payload logging by the executor.

        :param mode: Which payloads to log.
        :param url: URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphLogger
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5974f5fc31385deaedcd4a26adc40378e529717f96df7b282aaf7bdcc8470193)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def mode(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphLoggerMode"]:
        '''Which payloads to log.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphLogger#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha2SpecPredictorsGraphLoggerMode"], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphLogger#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsGraphLogger(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphLoggerMode"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphLoggerMode(enum.Enum):
    '''Which payloads to log.

    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphLoggerMode
    '''

    ALL = "ALL"
    '''all.'''
    REQUEST = "REQUEST"
    '''request.'''
    RESPONSE = "RESPONSE"
    '''response.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphMethods"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphMethods(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphMethods
    '''

    TRANSFORM_UNDERSCORE_INPUT = "TRANSFORM_UNDERSCORE_INPUT"
    '''TRANSFORM_INPUT.'''
    TRANSFORM_UNDERSCORE_OUTPUT = "TRANSFORM_UNDERSCORE_OUTPUT"
    '''TRANSFORM_OUTPUT.'''
    ROUTE = "ROUTE"
    '''ROUTE.'''
    AGGREGATE = "AGGREGATE"
    '''AGGREGATE.'''
    SEND_UNDERSCORE_FEEDBACK = "SEND_UNDERSCORE_FEEDBACK"
    '''SEND_FEEDBACK.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphParameters",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "type": "type", "value": "value"},
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphParameters:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "SeldonDeploymentV1Alpha2SpecPredictorsGraphParametersType",
        value: builtins.str,
    ) -> None:
        '''
        :param name: 
        :param type: 
        :param value: 

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphParameters
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__201e0a71db21b636900ac120734f976d208014b85da5e5b0e050be081a307455)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphParameters#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> "SeldonDeploymentV1Alpha2SpecPredictorsGraphParametersType":
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphParameters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("SeldonDeploymentV1Alpha2SpecPredictorsGraphParametersType", result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphParameters#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsGraphParameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphParametersType"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphParametersType(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphParametersType
    '''

    INT = "INT"
    '''INT.'''
    FLOAT = "FLOAT"
    '''FLOAT.'''
    DOUBLE = "DOUBLE"
    '''DOUBLE.'''
    STRING = "STRING"
    '''STRING.'''
    BOOL = "BOOL"
    '''BOOL.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsGraphType"
)
class SeldonDeploymentV1Alpha2SpecPredictorsGraphType(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecPredictorsGraphType
    '''

    UNKNOWN_UNDERSCORE_TYPE = "UNKNOWN_UNDERSCORE_TYPE"
    '''UNKNOWN_TYPE.'''
    ROUTER = "ROUTER"
    '''ROUTER.'''
    COMBINER = "COMBINER"
    '''COMBINER.'''
    MODEL = "MODEL"
    '''MODEL.'''
    TRANSFORMER = "TRANSFORMER"
    '''TRANSFORMER.'''
    OUTPUT_UNDERSCORE_TRANSFORMER = "OUTPUT_UNDERSCORE_TRANSFORMER"
    '''OUTPUT_TRANSFORMER.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsSsl",
    jsii_struct_bases=[],
    name_mapping={"cert_secret_name": "certSecretName"},
)
class SeldonDeploymentV1Alpha2SpecPredictorsSsl:
    def __init__(
        self,
        *,
        cert_secret_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param cert_secret_name: 

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsSsl
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4c7810bec51fc1cc38fc9522449e600cdbfe30e26fb97518b9caaca5dad7e330)
            check_type(argname="argument cert_secret_name", value=cert_secret_name, expected_type=type_hints["cert_secret_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert_secret_name is not None:
            self._values["cert_secret_name"] = cert_secret_name

    @builtins.property
    def cert_secret_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsSsl#certSecretName
        '''
        result = self._values.get("cert_secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsSsl(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpec",
    jsii_struct_bases=[],
    name_mapping={"env": "env", "replicas": "replicas", "resources": "resources"},
)
class SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpec:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpecEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        replicas: typing.Optional[jsii.Number] = None,
        resources: typing.Any = None,
    ) -> None:
        '''
        :param env: 
        :param replicas: 
        :param resources: core/v1 ResourceRequirements of the executor.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__68bb8c797e686b243aeac938837e7003f372f842a4013e9e8e345092d547971f)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env
        if replicas is not None:
            self._values["replicas"] = replicas
        if resources is not None:
            self._values["resources"] = resources

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpecEnv"]]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpec#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpecEnv"]], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpec#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def resources(self) -> typing.Any:
        '''core/v1 ResourceRequirements of the executor.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpecEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpecEnv:
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
        :param value_from: core/v1 EnvVarSource.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpecEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__143a4eb86587c894411bb474c9a6e213fd950036e59ea6b7a91375f64c668e4d)
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
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpecEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpecEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Any:
        '''core/v1 EnvVarSource.

        :schema: SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpecEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpecEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecProtocol"
)
class SeldonDeploymentV1Alpha2SpecProtocol(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecProtocol
    '''

    SELDON = "SELDON"
    '''seldon.'''
    TENSORFLOW = "TENSORFLOW"
    '''tensorflow.'''
    KFSERVING = "KFSERVING"
    '''kfserving.'''
    V2 = "V2"
    '''v2.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecServerType"
)
class SeldonDeploymentV1Alpha2SpecServerType(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecServerType
    '''

    REST = "REST"
    '''rest.'''
    GRPC = "GRPC"
    '''grpc.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha2SpecTransport"
)
class SeldonDeploymentV1Alpha2SpecTransport(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha2SpecTransport
    '''

    REST = "REST"
    '''rest.'''
    GRPC = "GRPC"
    '''grpc.'''


class SeldonDeploymentV1Alpha3(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3",
):
    '''SeldonDeployment: an inference graph served behind the gateway.

    :schema: SeldonDeploymentV1Alpha3
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SeldonDeploymentV1Alpha3Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "SeldonDeploymentV1Alpha3" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__66e772f55139277483b1c68557a631b8dde6eb5ca528848538c7a7dc0beeff0d)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = SeldonDeploymentV1Alpha3Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SeldonDeploymentV1Alpha3Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "SeldonDeploymentV1Alpha3".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = SeldonDeploymentV1Alpha3Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "SeldonDeploymentV1Alpha3".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class SeldonDeploymentV1Alpha3Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SeldonDeploymentV1Alpha3Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SeldonDeployment: an inference graph served behind the gateway.

        :param metadata: 
        :param spec: 

        :schema: SeldonDeploymentV1Alpha3
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = SeldonDeploymentV1Alpha3Spec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bca5f62e73fcf719db804f91f891a3bed2cc9863a6c820450e3e9fd9d7aba26b)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: SeldonDeploymentV1Alpha3#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["SeldonDeploymentV1Alpha3Spec"]:
        '''
        :schema: SeldonDeploymentV1Alpha3#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3Spec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3Spec",
    jsii_struct_bases=[],
    name_mapping={
        "predictors": "predictors",
        "annotations": "annotations",
        "name": "name",
        "oauth_key": "oauthKey",
        "oauth_secret": "oauthSecret",
        "protocol": "protocol",
        "replicas": "replicas",
        "server_type": "serverType",
        "transport": "transport",
    },
)
class SeldonDeploymentV1Alpha3Spec:
    def __init__(
        self,
        *,
        predictors: typing.Sequence[typing.Union["SeldonDeploymentV1Alpha3SpecPredictors", typing.Dict[builtins.str, typing.Any]]],
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
        oauth_key: typing.Optional[builtins.str] = None,
        oauth_secret: typing.Optional[builtins.str] = None,
        protocol: typing.Optional["SeldonDeploymentV1Alpha3SpecProtocol"] = None,
        replicas: typing.Optional[jsii.Number] = None,
        server_type: typing.Optional["SeldonDeploymentV1Alpha3SpecServerType"] = None,
        transport: typing.Optional["SeldonDeploymentV1Alpha3SpecTransport"] = None,
    ) -> None:
        '''
        :param predictors: 
        :param annotations: 
        :param name: Deprecated upstream.
        :param oauth_key: 
        :param oauth_secret: 
        :param protocol: 
        :param replicas: 
        :param server_type: 
        :param transport: 

        :schema: SeldonDeploymentV1Alpha3Spec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dcfa245c642842cb6c0881984001613312cf841250b3bc94228151a28a9b2f37)
            check_type(argname="argument predictors", value=predictors, expected_type=type_hints["predictors"])
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument oauth_key", value=oauth_key, expected_type=type_hints["oauth_key"])
            check_type(argname="argument oauth_secret", value=oauth_secret, expected_type=type_hints["oauth_secret"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument server_type", value=server_type, expected_type=type_hints["server_type"])
            check_type(argname="argument transport", value=transport, expected_type=type_hints["transport"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "predictors": predictors,
        }
        if annotations is not None:
            self._values["annotations"] = annotations
        if name is not None:
            self._values["name"] = name
        if oauth_key is not None:
            self._values["oauth_key"] = oauth_key
        if oauth_secret is not None:
            self._values["oauth_secret"] = oauth_secret
        if protocol is not None:
            self._values["protocol"] = protocol
        if replicas is not None:
            self._values["replicas"] = replicas
        if server_type is not None:
            self._values["server_type"] = server_type
        if transport is not None:
            self._values["transport"] = transport

    @builtins.property
    def predictors(self) -> typing.List["SeldonDeploymentV1Alpha3SpecPredictors"]:
        '''
        :schema: SeldonDeploymentV1Alpha3Spec#predictors
        '''
        result = self._values.get("predictors")
        assert result is not None, "Required property 'predictors' is missing"
        return typing.cast(typing.List["SeldonDeploymentV1Alpha3SpecPredictors"], result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SeldonDeploymentV1Alpha3Spec#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Deprecated upstream.

        :schema: SeldonDeploymentV1Alpha3Spec#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oauth_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha3Spec#oauth_key
        '''
        result = self._values.get("oauth_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oauth_secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha3Spec#oauth_secret
        '''
        result = self._values.get("oauth_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional["SeldonDeploymentV1Alpha3SpecProtocol"]:
        '''
        :schema: SeldonDeploymentV1Alpha3Spec#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecProtocol"], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3Spec#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def server_type(self) -> typing.Optional["SeldonDeploymentV1Alpha3SpecServerType"]:
        '''
        :schema: SeldonDeploymentV1Alpha3Spec#serverType
        '''
        result = self._values.get("server_type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecServerType"], result)

    @builtins.property
    def transport(self) -> typing.Optional["SeldonDeploymentV1Alpha3SpecTransport"]:
        '''
        :schema: SeldonDeploymentV1Alpha3Spec#transport
        '''
        result = self._values.get("transport")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecTransport"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictors",
    jsii_struct_bases=[],
    name_mapping={
        "graph": "graph",
        "name": "name",
        "annotations": "annotations",
        "component_specs": "componentSpecs",
        "engine_resources": "engineResources",
        "explainer": "explainer",
        "labels": "labels",
        "progress_deadline_seconds": "progressDeadlineSeconds",
        "replicas": "replicas",
        "shadow": "shadow",
        "ssl": "ssl",
        "svc_orch_spec": "svcOrchSpec",
        "traffic": "traffic",
    },
)
class SeldonDeploymentV1Alpha3SpecPredictors:
    def __init__(
        self,
        *,
        graph: typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsGraph", typing.Dict[builtins.str, typing.Any]],
        name: builtins.str,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        component_specs: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecs", typing.Dict[builtins.str, typing.Any]]]] = None,
        engine_resources: typing.Any = None,
        explainer: typing.Any = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        progress_deadline_seconds: typing.Optional[jsii.Number] = None,
        replicas: typing.Optional[jsii.Number] = None,
        shadow: typing.Optional[builtins.bool] = None,
        ssl: typing.Optional[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsSsl", typing.Dict[builtins.str, typing.Any]]] = None,
        svc_orch_spec: typing.Optional[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        traffic: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param graph: 
        :param name: 
        :param annotations: 
        :param component_specs: 
        :param engine_resources: core/v1 ResourceRequirements (deprecated: use svcOrchSpec.resources).
        :param explainer: Alibi explainer of the predictor (not used by the platform's models).
        :param labels: 
        :param progress_deadline_seconds: 
        :param replicas: 
        :param shadow: 
        :param ssl: 
        :param svc_orch_spec: 
        :param traffic: Percent of traffic (weights of all predictors add to 100).

        :schema: SeldonDeploymentV1Alpha3SpecPredictors
        '''
        if isinstance(graph, dict):
            graph = SeldonDeploymentV1Alpha3SpecPredictorsGraph(**graph)
        if isinstance(ssl, dict):
            ssl = SeldonDeploymentV1Alpha3SpecPredictorsSsl(**ssl)
        if isinstance(svc_orch_spec, dict):
            svc_orch_spec = SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpec(**svc_orch_spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__000634e7ffedda8ba49d712c47a871214dc45c39870e48ba8a3f5c59c0f685a6)
            check_type(argname="argument graph", value=graph, expected_type=type_hints["graph"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument component_specs", value=component_specs, expected_type=type_hints["component_specs"])
            check_type(argname="argument engine_resources", value=engine_resources, expected_type=type_hints["engine_resources"])
            check_type(argname="argument explainer", value=explainer, expected_type=type_hints["explainer"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument progress_deadline_seconds", value=progress_deadline_seconds, expected_type=type_hints["progress_deadline_seconds"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument shadow", value=shadow, expected_type=type_hints["shadow"])
            check_type(argname="argument ssl", value=ssl, expected_type=type_hints["ssl"])
            check_type(argname="argument svc_orch_spec", value=svc_orch_spec, expected_type=type_hints["svc_orch_spec"])
            check_type(argname="argument traffic", value=traffic, expected_type=type_hints["traffic"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "graph": graph,
            "name": name,
        }
        if annotations is not None:
            self._values["annotations"] = annotations
        if component_specs is not None:
            self._values["component_specs"] = component_specs
        if engine_resources is not None:
            self._values["engine_resources"] = engine_resources
        if explainer is not None:
            self._values["explainer"] = explainer
        if labels is not None:
            self._values["labels"] = labels
        if progress_deadline_seconds is not None:
            self._values["progress_deadline_seconds"] = progress_deadline_seconds
        if replicas is not None:
            self._values["replicas"] = replicas
        if shadow is not None:
            self._values["shadow"] = shadow
        if ssl is not None:
            self._values["ssl"] = ssl
        if svc_orch_spec is not None:
            self._values["svc_orch_spec"] = svc_orch_spec
        if traffic is not None:
            self._values["traffic"] = traffic

    @builtins.property
    def graph(self) -> "SeldonDeploymentV1Alpha3SpecPredictorsGraph":
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictors#graph
        '''
        result = self._values.get("graph")
        assert result is not None, "Required property 'graph' is missing"
        return typing.cast("SeldonDeploymentV1Alpha3SpecPredictorsGraph", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictors#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictors#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def component_specs(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecs"]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictors#componentSpecs
        '''
        result = self._values.get("component_specs")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecs"]], result)

    @builtins.property
    def engine_resources(self) -> typing.Any:
        '''core/v1 ResourceRequirements (deprecated: use svcOrchSpec.resources).

        :schema: SeldonDeploymentV1Alpha3SpecPredictors#engineResources
        '''
        result = self._values.get("engine_resources")
        return typing.cast(typing.Any, result)

    @builtins.property
    def explainer(self) -> typing.Any:
        '''Alibi explainer of the predictor (not used by the platform's models).

        :schema: SeldonDeploymentV1Alpha3SpecPredictors#explainer
        '''
        result = self._values.get("explainer")
        return typing.cast(typing.Any, result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictors#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def progress_deadline_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictors#progressDeadlineSeconds
        '''
        result = self._values.get("progress_deadline_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictors#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def shadow(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictors#shadow
        '''
        result = self._values.get("shadow")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ssl(self) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsSsl"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictors#ssl
        '''
        result = self._values.get("ssl")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsSsl"], result)

    @builtins.property
    def svc_orch_spec(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpec"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictors#svcOrchSpec
        '''
        result = self._values.get("svc_orch_spec")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpec"], result)

    @builtins.property
    def traffic(self) -> typing.Optional[jsii.Number]:
        '''Percent of traffic (weights of all predictors add to 100).

        :schema: SeldonDeploymentV1Alpha3SpecPredictors#traffic
        '''
        result = self._values.get("traffic")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecs",
    jsii_struct_bases=[],
    name_mapping={
        "hpa_spec": "hpaSpec",
        "keda_spec": "kedaSpec",
        "metadata": "metadata",
        "pdb_spec": "pdbSpec",
        "replicas": "replicas",
        "spec": "spec",
    },
)
class SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecs:
    def __init__(
        self,
        *,
        hpa_spec: typing.Optional[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsHpaSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        keda_spec: typing.Any = None,
        metadata: typing.Optional[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        pdb_spec: typing.Optional[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        replicas: typing.Optional[jsii.Number] = None,
        spec: typing.Any = None,
    ) -> None:
        '''
        :param hpa_spec: 
        :param keda_spec: KEDA ScaledObject spec (KEDA is not enabled on this platform).
        :param metadata: 
        :param pdb_spec: 
        :param replicas: 
        :param spec: A core/v1 PodSpec; the gates validate it against the cluster's Pod schema.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecs
        '''
        if isinstance(hpa_spec, dict):
            hpa_spec = SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsHpaSpec(**hpa_spec)
        if isinstance(metadata, dict):
            metadata = SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsMetadata(**metadata)
        if isinstance(pdb_spec, dict):
            pdb_spec = SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpec(**pdb_spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0fef28cd4a76b21fd6f454fcbcf6cfa62bcf9fc85e8dcb0a1dc83e093fc75590)
            check_type(argname="argument hpa_spec", value=hpa_spec, expected_type=type_hints["hpa_spec"])
            check_type(argname="argument keda_spec", value=keda_spec, expected_type=type_hints["keda_spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument pdb_spec", value=pdb_spec, expected_type=type_hints["pdb_spec"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hpa_spec is not None:
            self._values["hpa_spec"] = hpa_spec
        if keda_spec is not None:
            self._values["keda_spec"] = keda_spec
        if metadata is not None:
            self._values["metadata"] = metadata
        if pdb_spec is not None:
            self._values["pdb_spec"] = pdb_spec
        if replicas is not None:
            self._values["replicas"] = replicas
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def hpa_spec(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsHpaSpec"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecs#hpaSpec
        '''
        result = self._values.get("hpa_spec")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsHpaSpec"], result)

    @builtins.property
    def keda_spec(self) -> typing.Any:
        '''KEDA ScaledObject spec (KEDA is not enabled on this platform).

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecs#kedaSpec
        '''
        result = self._values.get("keda_spec")
        return typing.cast(typing.Any, result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsMetadata"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecs#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsMetadata"], result)

    @builtins.property
    def pdb_spec(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpec"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecs#pdbSpec
        '''
        result = self._values.get("pdb_spec")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpec"], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecs#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''A core/v1 PodSpec;

        the gates validate it against the cluster's Pod schema.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecs#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsHpaSpec",
    jsii_struct_bases=[],
    name_mapping={
        "max_replicas": "maxReplicas",
        "metrics": "metrics",
        "metricsv2": "metricsv2",
        "min_replicas": "minReplicas",
    },
)
class SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsHpaSpec:
    def __init__(
        self,
        *,
        max_replicas: jsii.Number,
        metrics: typing.Optional[typing.Sequence[typing.Any]] = None,
        metricsv2: typing.Optional[typing.Sequence[typing.Any]] = None,
        min_replicas: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param max_replicas: 
        :param metrics: 
        :param metricsv2: 
        :param min_replicas: 

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsHpaSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1ec544e515ac39258c1f08349853ab9836ca88b5da7cc45fd4bc095e47bcfc3f)
            check_type(argname="argument max_replicas", value=max_replicas, expected_type=type_hints["max_replicas"])
            check_type(argname="argument metrics", value=metrics, expected_type=type_hints["metrics"])
            check_type(argname="argument metricsv2", value=metricsv2, expected_type=type_hints["metricsv2"])
            check_type(argname="argument min_replicas", value=min_replicas, expected_type=type_hints["min_replicas"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "max_replicas": max_replicas,
        }
        if metrics is not None:
            self._values["metrics"] = metrics
        if metricsv2 is not None:
            self._values["metricsv2"] = metricsv2
        if min_replicas is not None:
            self._values["min_replicas"] = min_replicas

    @builtins.property
    def max_replicas(self) -> jsii.Number:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsHpaSpec#maxReplicas
        '''
        result = self._values.get("max_replicas")
        assert result is not None, "Required property 'max_replicas' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def metrics(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsHpaSpec#metrics
        '''
        result = self._values.get("metrics")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def metricsv2(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsHpaSpec#metricsv2
        '''
        result = self._values.get("metricsv2")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def min_replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsHpaSpec#minReplicas
        '''
        result = self._values.get("min_replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsHpaSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels", "name": "name"},
)
class SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param annotations: 
        :param labels: 
        :param name: 

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__15cf9c007b66a45dc4155b52ceb95bb7ae0692535d421077c809793d5d6f747e)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsMetadata#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpec",
    jsii_struct_bases=[],
    name_mapping={
        "max_unavailable": "maxUnavailable",
        "min_available": "minAvailable",
    },
)
class SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpec:
    def __init__(
        self,
        *,
        max_unavailable: typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMaxUnavailable"] = None,
        min_available: typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMinAvailable"] = None,
    ) -> None:
        '''
        :param max_unavailable: 
        :param min_available: 

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__19ab5cc98c5d950b9ea62980c7c02066b06fc29dcad4015d14c60f85b2c9afd8)
            check_type(argname="argument max_unavailable", value=max_unavailable, expected_type=type_hints["max_unavailable"])
            check_type(argname="argument min_available", value=min_available, expected_type=type_hints["min_available"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_unavailable is not None:
            self._values["max_unavailable"] = max_unavailable
        if min_available is not None:
            self._values["min_available"] = min_available

    @builtins.property
    def max_unavailable(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMaxUnavailable"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpec#maxUnavailable
        '''
        result = self._values.get("max_unavailable")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMaxUnavailable"], result)

    @builtins.property
    def min_available(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMinAvailable"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpec#minAvailable
        '''
        result = self._values.get("min_available")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMinAvailable"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMaxUnavailable(
    metaclass=jsii.JSIIMeta,
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMaxUnavailable",
):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMaxUnavailable
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMaxUnavailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3a6d242e158515ebb73206c6f2a05409f283606840b954ef3cbc1f4f9dc299fa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMaxUnavailable", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMaxUnavailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__caba56befb14407973f772c10e4eaa0a837b860b4211c6ec5985e93bd4075c0e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMaxUnavailable", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMinAvailable(
    metaclass=jsii.JSIIMeta,
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMinAvailable",
):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMinAvailable
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMinAvailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fb5594315a661b4282f16234b764ddec16f90ed6fb09b281cad7bb439782df4d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMinAvailable", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMinAvailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__109999197d7a59173bb4a739cee1115a44b9e519d76815b53a72e40b2e8cb18c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMinAvailable", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraph",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "children": "children",
        "endpoint": "endpoint",
        "env_secret_ref_name": "envSecretRefName",
        "implementation": "implementation",
        "logger": "logger",
        "methods": "methods",
        "model_uri": "modelUri",
        "parameters": "parameters",
        "service_account_name": "serviceAccountName",
        "storage_initializer_image": "storageInitializerImage",
        "type": "type",
    },
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraph:
    def __init__(
        self,
        *,
        name: builtins.str,
        children: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren", typing.Dict[builtins.str, typing.Any]]]] = None,
        endpoint: typing.Optional[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        env_secret_ref_name: typing.Optional[builtins.str] = None,
        implementation: typing.Optional[builtins.str] = None,
        logger: typing.Optional[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsGraphLogger", typing.Dict[builtins.str, typing.Any]]] = None,
        methods: typing.Optional[typing.Sequence["SeldonDeploymentV1Alpha3SpecPredictorsGraphMethods"]] = None,
        model_uri: typing.Optional[builtins.str] = None,
        parameters: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsGraphParameters", typing.Dict[builtins.str, typing.Any]]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        storage_initializer_image: typing.Optional[builtins.str] = None,
        type: typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphType"] = None,
    ) -> None:
        '''
        :param name: Unit name; a componentSpecs container of the same name implements it.
        :param children: 
        :param endpoint: 
        :param env_secret_ref_name: 
        :param implementation: Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.
        :param logger: Request/response payload logging by the executor.
        :param methods: 
        :param model_uri: Where the artifact is (s3://, gs://, pvc://).
        :param parameters: 
        :param service_account_name: Service account of the unit's pods (its AWS identity).
        :param storage_initializer_image: 
        :param type: 

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraph
        '''
        if isinstance(endpoint, dict):
            endpoint = SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpoint(**endpoint)
        if isinstance(logger, dict):
            logger = SeldonDeploymentV1Alpha3SpecPredictorsGraphLogger(**logger)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__736876b4a35776fac6bb5601f733a6f2ea6383076a69f0aff4394b56bbfc1bbc)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument children", value=children, expected_type=type_hints["children"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument env_secret_ref_name", value=env_secret_ref_name, expected_type=type_hints["env_secret_ref_name"])
            check_type(argname="argument implementation", value=implementation, expected_type=type_hints["implementation"])
            check_type(argname="argument logger", value=logger, expected_type=type_hints["logger"])
            check_type(argname="argument methods", value=methods, expected_type=type_hints["methods"])
            check_type(argname="argument model_uri", value=model_uri, expected_type=type_hints["model_uri"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument storage_initializer_image", value=storage_initializer_image, expected_type=type_hints["storage_initializer_image"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if children is not None:
            self._values["children"] = children
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if env_secret_ref_name is not None:
            self._values["env_secret_ref_name"] = env_secret_ref_name
        if implementation is not None:
            self._values["implementation"] = implementation
        if logger is not None:
            self._values["logger"] = logger
        if methods is not None:
            self._values["methods"] = methods
        if model_uri is not None:
            self._values["model_uri"] = model_uri
        if parameters is not None:
            self._values["parameters"] = parameters
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if storage_initializer_image is not None:
            self._values["storage_initializer_image"] = storage_initializer_image
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Unit name;

        a componentSpecs container of the same name implements it.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraph#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def children(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren"]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraph#children
        '''
        result = self._values.get("children")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren"]], result)

    @builtins.property
    def endpoint(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpoint"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraph#endpoint
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpoint"], result)

    @builtins.property
    def env_secret_ref_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraph#envSecretRefName
        '''
        result = self._values.get("env_secret_ref_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def implementation(self) -> typing.Optional[builtins.str]:
        '''Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraph#implementation
        '''
        result = self._values.get("implementation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def logger(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphLogger"]:
        '''Request/response payload logging by the executor.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraph#logger
        '''
        result = self._values.get("logger")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphLogger"], result)

    @builtins.property
    def methods(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphMethods"]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraph#methods
        '''
        result = self._values.get("methods")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphMethods"]], result)

    @builtins.property
    def model_uri(self) -> typing.Optional[builtins.str]:
        '''Where the artifact is (s3://, gs://, pvc://).

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraph#modelUri
        '''
        result = self._values.get("model_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def parameters(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphParameters"]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraph#parameters
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphParameters"]], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''Service account of the unit's pods (its AWS identity).

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraph#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_initializer_image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraph#storageInitializerImage
        '''
        result = self._values.get("storage_initializer_image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphType"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraph#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsGraph(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "children": "children",
        "endpoint": "endpoint",
        "env_secret_ref_name": "envSecretRefName",
        "implementation": "implementation",
        "logger": "logger",
        "methods": "methods",
        "model_uri": "modelUri",
        "parameters": "parameters",
        "service_account_name": "serviceAccountName",
        "storage_initializer_image": "storageInitializerImage",
        "type": "type",
    },
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren:
    def __init__(
        self,
        *,
        name: builtins.str,
        children: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren", typing.Dict[builtins.str, typing.Any]]]] = None,
        endpoint: typing.Optional[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        env_secret_ref_name: typing.Optional[builtins.str] = None,
        implementation: typing.Optional[builtins.str] = None,
        logger: typing.Optional[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLogger", typing.Dict[builtins.str, typing.Any]]] = None,
        methods: typing.Optional[typing.Sequence["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenMethods"]] = None,
        model_uri: typing.Optional[builtins.str] = None,
        parameters: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParameters", typing.Dict[builtins.str, typing.Any]]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        storage_initializer_image: typing.Optional[builtins.str] = None,
        type: typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenType"] = None,
    ) -> None:
        '''
        :param name: Unit name; a componentSpecs container of the same name implements it.
        :param children: 
        :param endpoint: 
        :param env_secret_ref_name: 
        :param implementation: Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.
        :param logger: Request/response payload logging by the executor.
        :param methods: 
        :param model_uri: Where the artifact is (s3://, gs://, pvc://).
        :param parameters: 
        :param service_account_name: Service account of the unit's pods (its AWS identity).
        :param storage_initializer_image: 
        :param type: 

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren
        '''
        if isinstance(endpoint, dict):
            endpoint = SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpoint(**endpoint)
        if isinstance(logger, dict):
            logger = SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLogger(**logger)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__90301d6495a8a8e59c83063465542cd4fead661c6468489892166a5eb0d0068e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument children", value=children, expected_type=type_hints["children"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument env_secret_ref_name", value=env_secret_ref_name, expected_type=type_hints["env_secret_ref_name"])
            check_type(argname="argument implementation", value=implementation, expected_type=type_hints["implementation"])
            check_type(argname="argument logger", value=logger, expected_type=type_hints["logger"])
            check_type(argname="argument methods", value=methods, expected_type=type_hints["methods"])
            check_type(argname="argument model_uri", value=model_uri, expected_type=type_hints["model_uri"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument storage_initializer_image", value=storage_initializer_image, expected_type=type_hints["storage_initializer_image"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if children is not None:
            self._values["children"] = children
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if env_secret_ref_name is not None:
            self._values["env_secret_ref_name"] = env_secret_ref_name
        if implementation is not None:
            self._values["implementation"] = implementation
        if logger is not None:
            self._values["logger"] = logger
        if methods is not None:
            self._values["methods"] = methods
        if model_uri is not None:
            self._values["model_uri"] = model_uri
        if parameters is not None:
            self._values["parameters"] = parameters
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if storage_initializer_image is not None:
            self._values["storage_initializer_image"] = storage_initializer_image
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Unit name;

        a componentSpecs container of the same name implements it.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def children(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren"]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren#children
        '''
        result = self._values.get("children")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren"]], result)

    @builtins.property
    def endpoint(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpoint"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren#endpoint
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpoint"], result)

    @builtins.property
    def env_secret_ref_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren#envSecretRefName
        '''
        result = self._values.get("env_secret_ref_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def implementation(self) -> typing.Optional[builtins.str]:
        '''Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren#implementation
        '''
        result = self._values.get("implementation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def logger(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLogger"]:
        '''Request/response payload logging by the executor.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren#logger
        '''
        result = self._values.get("logger")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLogger"], result)

    @builtins.property
    def methods(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenMethods"]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren#methods
        '''
        result = self._values.get("methods")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenMethods"]], result)

    @builtins.property
    def model_uri(self) -> typing.Optional[builtins.str]:
        '''Where the artifact is (s3://, gs://, pvc://).

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren#modelUri
        '''
        result = self._values.get("model_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def parameters(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParameters"]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren#parameters
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParameters"]], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''Service account of the unit's pods (its AWS identity).

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_initializer_image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren#storageInitializerImage
        '''
        result = self._values.get("storage_initializer_image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenType"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "children": "children",
        "endpoint": "endpoint",
        "env_secret_ref_name": "envSecretRefName",
        "implementation": "implementation",
        "logger": "logger",
        "methods": "methods",
        "model_uri": "modelUri",
        "parameters": "parameters",
        "service_account_name": "serviceAccountName",
        "storage_initializer_image": "storageInitializerImage",
        "type": "type",
    },
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren:
    def __init__(
        self,
        *,
        name: builtins.str,
        children: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren", typing.Dict[builtins.str, typing.Any]]]] = None,
        endpoint: typing.Optional[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        env_secret_ref_name: typing.Optional[builtins.str] = None,
        implementation: typing.Optional[builtins.str] = None,
        logger: typing.Optional[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLogger", typing.Dict[builtins.str, typing.Any]]] = None,
        methods: typing.Optional[typing.Sequence["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenMethods"]] = None,
        model_uri: typing.Optional[builtins.str] = None,
        parameters: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParameters", typing.Dict[builtins.str, typing.Any]]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        storage_initializer_image: typing.Optional[builtins.str] = None,
        type: typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenType"] = None,
    ) -> None:
        '''
        :param name: Unit name; a componentSpecs container of the same name implements it.
        :param children: 
        :param endpoint: 
        :param env_secret_ref_name: 
        :param implementation: Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.
        :param logger: Request/response payload logging by the executor.
        :param methods: 
        :param model_uri: Where the artifact is (s3://, gs://, pvc://).
        :param parameters: 
        :param service_account_name: Service account of the unit's pods (its AWS identity).
        :param storage_initializer_image: 
        :param type: 

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren
        '''
        if isinstance(endpoint, dict):
            endpoint = SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpoint(**endpoint)
        if isinstance(logger, dict):
            logger = SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLogger(**logger)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e5fd726f55280ad0b02783a829db775f58520bad74d0f5ca172c76e24443ef38)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument children", value=children, expected_type=type_hints["children"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument env_secret_ref_name", value=env_secret_ref_name, expected_type=type_hints["env_secret_ref_name"])
            check_type(argname="argument implementation", value=implementation, expected_type=type_hints["implementation"])
            check_type(argname="argument logger", value=logger, expected_type=type_hints["logger"])
            check_type(argname="argument methods", value=methods, expected_type=type_hints["methods"])
            check_type(argname="argument model_uri", value=model_uri, expected_type=type_hints["model_uri"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument storage_initializer_image", value=storage_initializer_image, expected_type=type_hints["storage_initializer_image"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if children is not None:
            self._values["children"] = children
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if env_secret_ref_name is not None:
            self._values["env_secret_ref_name"] = env_secret_ref_name
        if implementation is not None:
            self._values["implementation"] = implementation
        if logger is not None:
            self._values["logger"] = logger
        if methods is not None:
            self._values["methods"] = methods
        if model_uri is not None:
            self._values["model_uri"] = model_uri
        if parameters is not None:
            self._values["parameters"] = parameters
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if storage_initializer_image is not None:
            self._values["storage_initializer_image"] = storage_initializer_image
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Unit name;

        a componentSpecs container of the same name implements it.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def children(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren"]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren#children
        '''
        result = self._values.get("children")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren"]], result)

    @builtins.property
    def endpoint(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpoint"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren#endpoint
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpoint"], result)

    @builtins.property
    def env_secret_ref_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren#envSecretRefName
        '''
        result = self._values.get("env_secret_ref_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def implementation(self) -> typing.Optional[builtins.str]:
        '''Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren#implementation
        '''
        result = self._values.get("implementation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def logger(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLogger"]:
        '''Request/response payload logging by the executor.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren#logger
        '''
        result = self._values.get("logger")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLogger"], result)

    @builtins.property
    def methods(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenMethods"]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren#methods
        '''
        result = self._values.get("methods")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenMethods"]], result)

    @builtins.property
    def model_uri(self) -> typing.Optional[builtins.str]:
        '''Where the artifact is (s3://, gs://, pvc://).

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren#modelUri
        '''
        result = self._values.get("model_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def parameters(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParameters"]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren#parameters
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParameters"]], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''Service account of the unit's pods (its AWS identity).

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_initializer_image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren#storageInitializerImage
        '''
        result = self._values.get("storage_initializer_image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenType"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "children": "children",
        "endpoint": "endpoint",
        "env_secret_ref_name": "envSecretRefName",
        "implementation": "implementation",
        "logger": "logger",
        "methods": "methods",
        "model_uri": "modelUri",
        "parameters": "parameters",
        "service_account_name": "serviceAccountName",
        "storage_initializer_image": "storageInitializerImage",
        "type": "type",
    },
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren:
    def __init__(
        self,
        *,
        name: builtins.str,
        children: typing.Optional[typing.Sequence[typing.Any]] = None,
        endpoint: typing.Optional[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        env_secret_ref_name: typing.Optional[builtins.str] = None,
        implementation: typing.Optional[builtins.str] = None,
        logger: typing.Optional[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLogger", typing.Dict[builtins.str, typing.Any]]] = None,
        methods: typing.Optional[typing.Sequence["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenMethods"]] = None,
        model_uri: typing.Optional[builtins.str] = None,
        parameters: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParameters", typing.Dict[builtins.str, typing.Any]]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        storage_initializer_image: typing.Optional[builtins.str] = None,
        type: typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenType"] = None,
    ) -> None:
        '''
        :param name: Unit name; a componentSpecs container of the same name implements it.
        :param children: 
        :param endpoint: 
        :param env_secret_ref_name: 
        :param implementation: Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.
        :param logger: Request/response payload logging by the executor.
        :param methods: 
        :param model_uri: Where the artifact is (s3://, gs://, pvc://).
        :param parameters: 
        :param service_account_name: Service account of the unit's pods (its AWS identity).
        :param storage_initializer_image: 
        :param type: 

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren
        '''
        if isinstance(endpoint, dict):
            endpoint = SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpoint(**endpoint)
        if isinstance(logger, dict):
            logger = SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLogger(**logger)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b3b40b8ef8ead9a556a3d875735d09f9dbe41cbbad2a560e003e41dacf145889)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument children", value=children, expected_type=type_hints["children"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument env_secret_ref_name", value=env_secret_ref_name, expected_type=type_hints["env_secret_ref_name"])
            check_type(argname="argument implementation", value=implementation, expected_type=type_hints["implementation"])
            check_type(argname="argument logger", value=logger, expected_type=type_hints["logger"])
            check_type(argname="argument methods", value=methods, expected_type=type_hints["methods"])
            check_type(argname="argument model_uri", value=model_uri, expected_type=type_hints["model_uri"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument storage_initializer_image", value=storage_initializer_image, expected_type=type_hints["storage_initializer_image"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if children is not None:
            self._values["children"] = children
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if env_secret_ref_name is not None:
            self._values["env_secret_ref_name"] = env_secret_ref_name
        if implementation is not None:
            self._values["implementation"] = implementation
        if logger is not None:
            self._values["logger"] = logger
        if methods is not None:
            self._values["methods"] = methods
        if model_uri is not None:
            self._values["model_uri"] = model_uri
        if parameters is not None:
            self._values["parameters"] = parameters
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if storage_initializer_image is not None:
            self._values["storage_initializer_image"] = storage_initializer_image
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Unit name;

        a componentSpecs container of the same name implements it.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def children(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren#children
        '''
        result = self._values.get("children")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def endpoint(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpoint"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren#endpoint
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpoint"], result)

    @builtins.property
    def env_secret_ref_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren#envSecretRefName
        '''
        result = self._values.get("env_secret_ref_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def implementation(self) -> typing.Optional[builtins.str]:
        '''Prepackaged server (SKLEARN_SERVER, ...) or a built-in unit.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren#implementation
        '''
        result = self._values.get("implementation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def logger(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLogger"]:
        '''Request/response payload logging by the executor.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren#logger
        '''
        result = self._values.get("logger")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLogger"], result)

    @builtins.property
    def methods(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenMethods"]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren#methods
        '''
        result = self._values.get("methods")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenMethods"]], result)

    @builtins.property
    def model_uri(self) -> typing.Optional[builtins.str]:
        '''Where the artifact is (s3://, gs://, pvc://).

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren#modelUri
        '''
        result = self._values.get("model_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def parameters(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParameters"]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren#parameters
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParameters"]], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''Service account of the unit's pods (its AWS identity).

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_initializer_image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren#storageInitializerImage
        '''
        result = self._values.get("storage_initializer_image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenType"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpoint",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_port": "grpcPort",
        "http_port": "httpPort",
        "service_host": "serviceHost",
        "service_port": "servicePort",
        "type": "type",
    },
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpoint:
    def __init__(
        self,
        *,
        grpc_port: typing.Optional[jsii.Number] = None,
        http_port: typing.Optional[jsii.Number] = None,
        service_host: typing.Optional[builtins.str] = None,
        service_port: typing.Optional[jsii.Number] = None,
        type: typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpointType"] = None,
    ) -> None:
        '''
        :param grpc_port: 
        :param http_port: 
        :param service_host: 
        :param service_port: 
        :param type: 

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__81382caa11dbc8b06d9f5dc609cd15b0c6108d957c0fc96ebd5a7e5af4e22e40)
            check_type(argname="argument grpc_port", value=grpc_port, expected_type=type_hints["grpc_port"])
            check_type(argname="argument http_port", value=http_port, expected_type=type_hints["http_port"])
            check_type(argname="argument service_host", value=service_host, expected_type=type_hints["service_host"])
            check_type(argname="argument service_port", value=service_port, expected_type=type_hints["service_port"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_port is not None:
            self._values["grpc_port"] = grpc_port
        if http_port is not None:
            self._values["http_port"] = http_port
        if service_host is not None:
            self._values["service_host"] = service_host
        if service_port is not None:
            self._values["service_port"] = service_port
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def grpc_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpoint#grpcPort
        '''
        result = self._values.get("grpc_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpoint#httpPort
        '''
        result = self._values.get("http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def service_host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpoint#service_host
        '''
        result = self._values.get("service_host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpoint#service_port
        '''
        result = self._values.get("service_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpointType"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpoint#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpointType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpointType"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpointType(
    enum.Enum,
):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpointType
    '''

    REST = "REST"
    '''REST.'''
    GRPC = "GRPC"
    '''GRPC.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLogger",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "url": "url"},
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLogger:
    def __init__(
        self,
        *,
        mode: typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLoggerMode"] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Request/response payload logging by the executor.

        :param mode: Which payloads to log.
        :param url: URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLogger
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__54f4b5e51e503ec59500f529ee014adfac7167358128024041362c020f69d251)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def mode(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLoggerMode"]:
        '''Which payloads to log.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLogger#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLoggerMode"], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLogger#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLogger(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLoggerMode"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLoggerMode(
    enum.Enum,
):
    '''Which payloads to log.

    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLoggerMode
    '''

    ALL = "ALL"
    '''all.'''
    REQUEST = "REQUEST"
    '''request.'''
    RESPONSE = "RESPONSE"
    '''response.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenMethods"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenMethods(
    enum.Enum,
):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenMethods
    '''

    TRANSFORM_UNDERSCORE_INPUT = "TRANSFORM_UNDERSCORE_INPUT"
    '''TRANSFORM_INPUT.'''
    TRANSFORM_UNDERSCORE_OUTPUT = "TRANSFORM_UNDERSCORE_OUTPUT"
    '''TRANSFORM_OUTPUT.'''
    ROUTE = "ROUTE"
    '''ROUTE.'''
    AGGREGATE = "AGGREGATE"
    '''AGGREGATE.'''
    SEND_UNDERSCORE_FEEDBACK = "SEND_UNDERSCORE_FEEDBACK"
    '''SEND_FEEDBACK.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParameters",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "type": "type", "value": "value"},
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParameters:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParametersType",
        value: builtins.str,
    ) -> None:
        '''
        :param name: 
        :param type: 
        :param value: 

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParameters
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__72e9408ce496c7d99987a87b9f45cfe186b5b5a9a389be57be53f709780603cf)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParameters#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(
        self,
    ) -> "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParametersType":
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParameters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParametersType", result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParameters#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParametersType"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParametersType(
    enum.Enum,
):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParametersType
    '''

    INT = "INT"
    '''INT.'''
    FLOAT = "FLOAT"
    '''FLOAT.'''
    DOUBLE = "DOUBLE"
    '''DOUBLE.'''
    STRING = "STRING"
    '''STRING.'''
    BOOL = "BOOL"
    '''BOOL.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenType"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenType(
    enum.Enum,
):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenType
    '''

    UNKNOWN_UNDERSCORE_TYPE = "UNKNOWN_UNDERSCORE_TYPE"
    '''UNKNOWN_TYPE.'''
    ROUTER = "ROUTER"
    '''ROUTER.'''
    COMBINER = "COMBINER"
    '''COMBINER.'''
    MODEL = "MODEL"
    '''MODEL.'''
    TRANSFORMER = "TRANSFORMER"
    '''TRANSFORMER.'''
    OUTPUT_UNDERSCORE_TRANSFORMER = "OUTPUT_UNDERSCORE_TRANSFORMER"
    '''OUTPUT_TRANSFORMER.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpoint",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_port": "grpcPort",
        "http_port": "httpPort",
        "service_host": "serviceHost",
        "service_port": "servicePort",
        "type": "type",
    },
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpoint:
    def __init__(
        self,
        *,
        grpc_port: typing.Optional[jsii.Number] = None,
        http_port: typing.Optional[jsii.Number] = None,
        service_host: typing.Optional[builtins.str] = None,
        service_port: typing.Optional[jsii.Number] = None,
        type: typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpointType"] = None,
    ) -> None:
        '''
        :param grpc_port: 
        :param http_port: 
        :param service_host: 
        :param service_port: 
        :param type: 

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d113c1c4154860a2089f4bbd011707dacf7e3d74efe5b0cc375be6a7db3163bb)
            check_type(argname="argument grpc_port", value=grpc_port, expected_type=type_hints["grpc_port"])
            check_type(argname="argument http_port", value=http_port, expected_type=type_hints["http_port"])
            check_type(argname="argument service_host", value=service_host, expected_type=type_hints["service_host"])
            check_type(argname="argument service_port", value=service_port, expected_type=type_hints["service_port"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_port is not None:
            self._values["grpc_port"] = grpc_port
        if http_port is not None:
            self._values["http_port"] = http_port
        if service_host is not None:
            self._values["service_host"] = service_host
        if service_port is not None:
            self._values["service_port"] = service_port
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def grpc_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpoint#grpcPort
        '''
        result = self._values.get("grpc_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpoint#httpPort
        '''
        result = self._values.get("http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def service_host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpoint#service_host
        '''
        result = self._values.get("service_host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpoint#service_port
        '''
        result = self._values.get("service_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpointType"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpoint#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpointType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpointType"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpointType(
    enum.Enum,
):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpointType
    '''

    REST = "REST"
    '''REST.'''
    GRPC = "GRPC"
    '''GRPC.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLogger",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "url": "url"},
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLogger:
    def __init__(
        self,
        *,
        mode: typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLoggerMode"] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Request/response payload logging by the executor.

        :param mode: Which payloads to log.
        :param url: URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLogger
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a9e98d21fd2c0a78eabb7db16d2da8300e05dc9213740ecfcf072e2ac76931b0)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def mode(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLoggerMode"]:
        '''Which payloads to log.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLogger#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLoggerMode"], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLogger#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLogger(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLoggerMode"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLoggerMode(enum.Enum):
    '''Which payloads to log.

    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLoggerMode
    '''

    ALL = "ALL"
    '''all.'''
    REQUEST = "REQUEST"
    '''request.'''
    RESPONSE = "RESPONSE"
    '''response.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenMethods"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenMethods(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenMethods
    '''

    TRANSFORM_UNDERSCORE_INPUT = "TRANSFORM_UNDERSCORE_INPUT"
    '''TRANSFORM_INPUT.'''
    TRANSFORM_UNDERSCORE_OUTPUT = "TRANSFORM_UNDERSCORE_OUTPUT"
    '''TRANSFORM_OUTPUT.'''
    ROUTE = "ROUTE"
    '''ROUTE.'''
    AGGREGATE = "AGGREGATE"
    '''AGGREGATE.'''
    SEND_UNDERSCORE_FEEDBACK = "SEND_UNDERSCORE_FEEDBACK"
    '''SEND_FEEDBACK.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParameters",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "type": "type", "value": "value"},
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParameters:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParametersType",
        value: builtins.str,
    ) -> None:
        '''
        :param name: 
        :param type: 
        :param value: 

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParameters
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ed71c099914296fa6b657a79bcb99a7c34758c8bc9a4b30296e1db203d1940e6)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParameters#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(
        self,
    ) -> "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParametersType":
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParameters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParametersType", result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParameters#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParametersType"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParametersType(
    enum.Enum,
):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParametersType
    '''

    INT = "INT"
    '''INT.'''
    FLOAT = "FLOAT"
    '''FLOAT.'''
    DOUBLE = "DOUBLE"
    '''DOUBLE.'''
    STRING = "STRING"
    '''STRING.'''
    BOOL = "BOOL"
    '''BOOL.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenType"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenType(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenType
    '''

    UNKNOWN_UNDERSCORE_TYPE = "UNKNOWN_UNDERSCORE_TYPE"
    '''UNKNOWN_TYPE.'''
    ROUTER = "ROUTER"
    '''ROUTER.'''
    COMBINER = "COMBINER"
    '''COMBINER.'''
    MODEL = "MODEL"
    '''MODEL.'''
    TRANSFORMER = "TRANSFORMER"
    '''TRANSFORMER.'''
    OUTPUT_UNDERSCORE_TRANSFORMER = "OUTPUT_UNDERSCORE_TRANSFORMER"
    '''OUTPUT_TRANSFORMER.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpoint",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_port": "grpcPort",
        "http_port": "httpPort",
        "service_host": "serviceHost",
        "service_port": "servicePort",
        "type": "type",
    },
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpoint:
    def __init__(
        self,
        *,
        grpc_port: typing.Optional[jsii.Number] = None,
        http_port: typing.Optional[jsii.Number] = None,
        service_host: typing.Optional[builtins.str] = None,
        service_port: typing.Optional[jsii.Number] = None,
        type: typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpointType"] = None,
    ) -> None:
        '''
        :param grpc_port: 
        :param http_port: 
        :param service_host: 
        :param service_port: 
        :param type: 

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7dcd159c9d33f142c5ba406d17ffd496a980cb7ffdde0025a419b65782e3d508)
            check_type(argname="argument grpc_port", value=grpc_port, expected_type=type_hints["grpc_port"])
            check_type(argname="argument http_port", value=http_port, expected_type=type_hints["http_port"])
            check_type(argname="argument service_host", value=service_host, expected_type=type_hints["service_host"])
            check_type(argname="argument service_port", value=service_port, expected_type=type_hints["service_port"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_port is not None:
            self._values["grpc_port"] = grpc_port
        if http_port is not None:
            self._values["http_port"] = http_port
        if service_host is not None:
            self._values["service_host"] = service_host
        if service_port is not None:
            self._values["service_port"] = service_port
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def grpc_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpoint#grpcPort
        '''
        result = self._values.get("grpc_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpoint#httpPort
        '''
        result = self._values.get("http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def service_host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpoint#service_host
        '''
        result = self._values.get("service_host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpoint#service_port
        '''
        result = self._values.get("service_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpointType"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpoint#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpointType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpointType"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpointType(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpointType
    '''

    REST = "REST"
    '''REST.'''
    GRPC = "GRPC"
    '''GRPC.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLogger",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "url": "url"},
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLogger:
    def __init__(
        self,
        *,
        mode: typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLoggerMode"] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Request/response payload logging by the executor.

        :param mode: Which payloads to log.
        :param url: URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLogger
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__75b8d4292952e57760bd4723f25e6d5a93202bd1e4d41a3638af3d3c76784d71)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def mode(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLoggerMode"]:
        '''Which payloads to log.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLogger#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLoggerMode"], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLogger#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLogger(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLoggerMode"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLoggerMode(enum.Enum):
    '''Which payloads to log.

    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLoggerMode
    '''

    ALL = "ALL"
    '''all.'''
    REQUEST = "REQUEST"
    '''request.'''
    RESPONSE = "RESPONSE"
    '''response.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenMethods"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenMethods(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenMethods
    '''

    TRANSFORM_UNDERSCORE_INPUT = "TRANSFORM_UNDERSCORE_INPUT"
    '''TRANSFORM_INPUT.'''
    TRANSFORM_UNDERSCORE_OUTPUT = "TRANSFORM_UNDERSCORE_OUTPUT"
    '''TRANSFORM_OUTPUT.'''
    ROUTE = "ROUTE"
    '''ROUTE.'''
    AGGREGATE = "AGGREGATE"
    '''AGGREGATE.'''
    SEND_UNDERSCORE_FEEDBACK = "SEND_UNDERSCORE_FEEDBACK"
    '''SEND_FEEDBACK.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParameters",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "type": "type", "value": "value"},
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParameters:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParametersType",
        value: builtins.str,
    ) -> None:
        '''
        :param name: 
        :param type: 
        :param value: 

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParameters
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e0e3afc2b40bc16f335bcddc28b1ee402e354deaa03c6c189a88897cd3fe1379)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParameters#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(
        self,
    ) -> "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParametersType":
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParameters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParametersType", result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParameters#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParametersType"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParametersType(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParametersType
    '''

    INT = "INT"
    '''INT.'''
    FLOAT = "FLOAT"
    '''FLOAT.'''
    DOUBLE = "DOUBLE"
    '''DOUBLE.'''
    STRING = "STRING"
    '''STRING.'''
    BOOL = "BOOL"
    '''BOOL.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenType"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenType(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenType
    '''

    UNKNOWN_UNDERSCORE_TYPE = "UNKNOWN_UNDERSCORE_TYPE"
    '''UNKNOWN_TYPE.'''
    ROUTER = "ROUTER"
    '''ROUTER.'''
    COMBINER = "COMBINER"
    '''COMBINER.'''
    MODEL = "MODEL"
    '''MODEL.'''
    TRANSFORMER = "TRANSFORMER"
    '''TRANSFORMER.'''
    OUTPUT_UNDERSCORE_TRANSFORMER = "OUTPUT_UNDERSCORE_TRANSFORMER"
    '''OUTPUT_TRANSFORMER.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpoint",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_port": "grpcPort",
        "http_port": "httpPort",
        "service_host": "serviceHost",
        "service_port": "servicePort",
        "type": "type",
    },
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpoint:
    def __init__(
        self,
        *,
        grpc_port: typing.Optional[jsii.Number] = None,
        http_port: typing.Optional[jsii.Number] = None,
        service_host: typing.Optional[builtins.str] = None,
        service_port: typing.Optional[jsii.Number] = None,
        type: typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpointType"] = None,
    ) -> None:
        '''
        :param grpc_port: 
        :param http_port: 
        :param service_host: 
        :param service_port: 
        :param type: 

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ddbc9c9b527349082297820084f6221489446c45d22d7af873aa3e6273b17e57)
            check_type(argname="argument grpc_port", value=grpc_port, expected_type=type_hints["grpc_port"])
            check_type(argname="argument http_port", value=http_port, expected_type=type_hints["http_port"])
            check_type(argname="argument service_host", value=service_host, expected_type=type_hints["service_host"])
            check_type(argname="argument service_port", value=service_port, expected_type=type_hints["service_port"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_port is not None:
            self._values["grpc_port"] = grpc_port
        if http_port is not None:
            self._values["http_port"] = http_port
        if service_host is not None:
            self._values["service_host"] = service_host
        if service_port is not None:
            self._values["service_port"] = service_port
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def grpc_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpoint#grpcPort
        '''
        result = self._values.get("grpc_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpoint#httpPort
        '''
        result = self._values.get("http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def service_host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpoint#service_host
        '''
        result = self._values.get("service_host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpoint#service_port
        '''
        result = self._values.get("service_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpointType"]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpoint#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpointType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpointType"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpointType(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpointType
    '''

    REST = "REST"
    '''REST.'''
    GRPC = "GRPC"
    '''GRPC.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphLogger",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "url": "url"},
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphLogger:
    def __init__(
        self,
        *,
        mode: typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphLoggerMode"] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Request/response payload logging by the executor.

        :param mode: Which payloads to log.
        :param url: URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphLogger
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__369cab796c0ab7c4a58408757aee8d9bae2e291d2cfbdf1493419cdaddd6a6cb)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def mode(
        self,
    ) -> typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphLoggerMode"]:
        '''Which payloads to log.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphLogger#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SeldonDeploymentV1Alpha3SpecPredictorsGraphLoggerMode"], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''URL the executor posts request/response CloudEvents to.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphLogger#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsGraphLogger(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphLoggerMode"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphLoggerMode(enum.Enum):
    '''Which payloads to log.

    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphLoggerMode
    '''

    ALL = "ALL"
    '''all.'''
    REQUEST = "REQUEST"
    '''request.'''
    RESPONSE = "RESPONSE"
    '''response.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphMethods"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphMethods(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphMethods
    '''

    TRANSFORM_UNDERSCORE_INPUT = "TRANSFORM_UNDERSCORE_INPUT"
    '''TRANSFORM_INPUT.'''
    TRANSFORM_UNDERSCORE_OUTPUT = "TRANSFORM_UNDERSCORE_OUTPUT"
    '''TRANSFORM_OUTPUT.'''
    ROUTE = "ROUTE"
    '''ROUTE.'''
    AGGREGATE = "AGGREGATE"
    '''AGGREGATE.'''
    SEND_UNDERSCORE_FEEDBACK = "SEND_UNDERSCORE_FEEDBACK"
    '''SEND_FEEDBACK.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphParameters",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "type": "type", "value": "value"},
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphParameters:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "SeldonDeploymentV1Alpha3SpecPredictorsGraphParametersType",
        value: builtins.str,
    ) -> None:
        '''
        :param name: 
        :param type: 
        :param value: 

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphParameters
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a3bd2537671ff234cda9337fbfa8c166b98d4a27f43473c4fc2c9d37d03c0471)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphParameters#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> "SeldonDeploymentV1Alpha3SpecPredictorsGraphParametersType":
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphParameters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("SeldonDeploymentV1Alpha3SpecPredictorsGraphParametersType", result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphParameters#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsGraphParameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphParametersType"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphParametersType(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphParametersType
    '''

    INT = "INT"
    '''INT.'''
    FLOAT = "FLOAT"
    '''FLOAT.'''
    DOUBLE = "DOUBLE"
    '''DOUBLE.'''
    STRING = "STRING"
    '''STRING.'''
    BOOL = "BOOL"
    '''BOOL.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsGraphType"
)
class SeldonDeploymentV1Alpha3SpecPredictorsGraphType(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecPredictorsGraphType
    '''

    UNKNOWN_UNDERSCORE_TYPE = "UNKNOWN_UNDERSCORE_TYPE"
    '''UNKNOWN_TYPE.'''
    ROUTER = "ROUTER"
    '''ROUTER.'''
    COMBINER = "COMBINER"
    '''COMBINER.'''
    MODEL = "MODEL"
    '''MODEL.'''
    TRANSFORMER = "TRANSFORMER"
    '''TRANSFORMER.'''
    OUTPUT_UNDERSCORE_TRANSFORMER = "OUTPUT_UNDERSCORE_TRANSFORMER"
    '''OUTPUT_TRANSFORMER.'''


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsSsl",
    jsii_struct_bases=[],
    name_mapping={"cert_secret_name": "certSecretName"},
)
class SeldonDeploymentV1Alpha3SpecPredictorsSsl:
    def __init__(
        self,
        *,
        cert_secret_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param cert_secret_name: 

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsSsl
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d25761ac0a500a3971adf8183c8bde5672f391a2ac42e16d6aa7c667ccb4ebf7)
            check_type(argname="argument cert_secret_name", value=cert_secret_name, expected_type=type_hints["cert_secret_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert_secret_name is not None:
            self._values["cert_secret_name"] = cert_secret_name

    @builtins.property
    def cert_secret_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsSsl#certSecretName
        '''
        result = self._values.get("cert_secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsSsl(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpec",
    jsii_struct_bases=[],
    name_mapping={"env": "env", "replicas": "replicas", "resources": "resources"},
)
class SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpec:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpecEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        replicas: typing.Optional[jsii.Number] = None,
        resources: typing.Any = None,
    ) -> None:
        '''
        :param env: 
        :param replicas: 
        :param resources: core/v1 ResourceRequirements of the executor.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__45902d902e8e05d4140564b9d4547c986f95bff7655754f56809445141e36e37)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env
        if replicas is not None:
            self._values["replicas"] = replicas
        if resources is not None:
            self._values["resources"] = resources

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpecEnv"]]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpec#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpecEnv"]], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpec#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def resources(self) -> typing.Any:
        '''core/v1 ResourceRequirements of the executor.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpecEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpecEnv:
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
        :param value_from: core/v1 EnvVarSource.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpecEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d92531062890e425819f55d95321aa04e01d98415d23e2a54b6545ca9bdbae91)
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
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpecEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpecEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Any:
        '''core/v1 EnvVarSource.

        :schema: SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpecEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpecEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecProtocol"
)
class SeldonDeploymentV1Alpha3SpecProtocol(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecProtocol
    '''

    SELDON = "SELDON"
    '''seldon.'''
    TENSORFLOW = "TENSORFLOW"
    '''tensorflow.'''
    KFSERVING = "KFSERVING"
    '''kfserving.'''
    V2 = "V2"
    '''v2.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecServerType"
)
class SeldonDeploymentV1Alpha3SpecServerType(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecServerType
    '''

    REST = "REST"
    '''rest.'''
    GRPC = "GRPC"
    '''grpc.'''


@jsii.enum(
    jsii_type="seldon_ioseldonmachinelearning.SeldonDeploymentV1Alpha3SpecTransport"
)
class SeldonDeploymentV1Alpha3SpecTransport(enum.Enum):
    '''
    :schema: SeldonDeploymentV1Alpha3SpecTransport
    '''

    REST = "REST"
    '''rest.'''
    GRPC = "GRPC"
    '''grpc.'''


__all__ = [
    "SeldonDeployment",
    "SeldonDeploymentProps",
    "SeldonDeploymentSpec",
    "SeldonDeploymentSpecPredictors",
    "SeldonDeploymentSpecPredictorsComponentSpecs",
    "SeldonDeploymentSpecPredictorsComponentSpecsHpaSpec",
    "SeldonDeploymentSpecPredictorsComponentSpecsMetadata",
    "SeldonDeploymentSpecPredictorsComponentSpecsPdbSpec",
    "SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMaxUnavailable",
    "SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMinAvailable",
    "SeldonDeploymentSpecPredictorsGraph",
    "SeldonDeploymentSpecPredictorsGraphChildren",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildren",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpoint",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpointType",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLogger",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLoggerMode",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenMethods",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParameters",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParametersType",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenType",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpoint",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpointType",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildrenLogger",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildrenLoggerMode",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildrenMethods",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildrenParameters",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildrenParametersType",
    "SeldonDeploymentSpecPredictorsGraphChildrenChildrenType",
    "SeldonDeploymentSpecPredictorsGraphChildrenEndpoint",
    "SeldonDeploymentSpecPredictorsGraphChildrenEndpointType",
    "SeldonDeploymentSpecPredictorsGraphChildrenLogger",
    "SeldonDeploymentSpecPredictorsGraphChildrenLoggerMode",
    "SeldonDeploymentSpecPredictorsGraphChildrenMethods",
    "SeldonDeploymentSpecPredictorsGraphChildrenParameters",
    "SeldonDeploymentSpecPredictorsGraphChildrenParametersType",
    "SeldonDeploymentSpecPredictorsGraphChildrenType",
    "SeldonDeploymentSpecPredictorsGraphEndpoint",
    "SeldonDeploymentSpecPredictorsGraphEndpointType",
    "SeldonDeploymentSpecPredictorsGraphLogger",
    "SeldonDeploymentSpecPredictorsGraphLoggerMode",
    "SeldonDeploymentSpecPredictorsGraphMethods",
    "SeldonDeploymentSpecPredictorsGraphParameters",
    "SeldonDeploymentSpecPredictorsGraphParametersType",
    "SeldonDeploymentSpecPredictorsGraphType",
    "SeldonDeploymentSpecPredictorsSsl",
    "SeldonDeploymentSpecPredictorsSvcOrchSpec",
    "SeldonDeploymentSpecPredictorsSvcOrchSpecEnv",
    "SeldonDeploymentSpecProtocol",
    "SeldonDeploymentSpecServerType",
    "SeldonDeploymentSpecTransport",
    "SeldonDeploymentV1Alpha2",
    "SeldonDeploymentV1Alpha2Props",
    "SeldonDeploymentV1Alpha2Spec",
    "SeldonDeploymentV1Alpha2SpecPredictors",
    "SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecs",
    "SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsHpaSpec",
    "SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsMetadata",
    "SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpec",
    "SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMaxUnavailable",
    "SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMinAvailable",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraph",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpoint",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpointType",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLogger",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLoggerMode",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenMethods",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParameters",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParametersType",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenType",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpoint",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpointType",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLogger",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLoggerMode",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenMethods",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParameters",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParametersType",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenType",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpoint",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpointType",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLogger",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLoggerMode",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenMethods",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParameters",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParametersType",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenType",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpoint",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpointType",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphLogger",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphLoggerMode",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphMethods",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphParameters",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphParametersType",
    "SeldonDeploymentV1Alpha2SpecPredictorsGraphType",
    "SeldonDeploymentV1Alpha2SpecPredictorsSsl",
    "SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpec",
    "SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpecEnv",
    "SeldonDeploymentV1Alpha2SpecProtocol",
    "SeldonDeploymentV1Alpha2SpecServerType",
    "SeldonDeploymentV1Alpha2SpecTransport",
    "SeldonDeploymentV1Alpha3",
    "SeldonDeploymentV1Alpha3Props",
    "SeldonDeploymentV1Alpha3Spec",
    "SeldonDeploymentV1Alpha3SpecPredictors",
    "SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecs",
    "SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsHpaSpec",
    "SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsMetadata",
    "SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpec",
    "SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMaxUnavailable",
    "SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMinAvailable",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraph",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpoint",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpointType",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLogger",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLoggerMode",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenMethods",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParameters",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParametersType",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenType",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpoint",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpointType",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLogger",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLoggerMode",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenMethods",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParameters",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParametersType",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenType",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpoint",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpointType",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLogger",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLoggerMode",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenMethods",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParameters",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParametersType",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenType",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpoint",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpointType",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphLogger",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphLoggerMode",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphMethods",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphParameters",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphParametersType",
    "SeldonDeploymentV1Alpha3SpecPredictorsGraphType",
    "SeldonDeploymentV1Alpha3SpecPredictorsSsl",
    "SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpec",
    "SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpecEnv",
    "SeldonDeploymentV1Alpha3SpecProtocol",
    "SeldonDeploymentV1Alpha3SpecServerType",
    "SeldonDeploymentV1Alpha3SpecTransport",
]

publication.publish()

def _typecheckingstub__4616cab3a465171f60f49c0d7d044a957d327dddf7818adc30a16cf85f12a63e(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SeldonDeploymentSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c04feb5a0a38d517ce68019a445fcc245e8045a5914d862e0231da572956f8f0(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SeldonDeploymentSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b2dffa8fa752e11f38e7013138b1dd97b9f0a6702bacf0d319ec1b261a76109(
    *,
    predictors: typing.Sequence[typing.Union[SeldonDeploymentSpecPredictors, typing.Dict[builtins.str, typing.Any]]],
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    oauth_key: typing.Optional[builtins.str] = None,
    oauth_secret: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[SeldonDeploymentSpecProtocol] = None,
    replicas: typing.Optional[jsii.Number] = None,
    server_type: typing.Optional[SeldonDeploymentSpecServerType] = None,
    transport: typing.Optional[SeldonDeploymentSpecTransport] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29bc5196d3f292d5e4a3c350e600c56d05c9904d1dd6037da7a7127bfdbd2b79(
    *,
    graph: typing.Union[SeldonDeploymentSpecPredictorsGraph, typing.Dict[builtins.str, typing.Any]],
    name: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    component_specs: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentSpecPredictorsComponentSpecs, typing.Dict[builtins.str, typing.Any]]]] = None,
    engine_resources: typing.Any = None,
    explainer: typing.Any = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    progress_deadline_seconds: typing.Optional[jsii.Number] = None,
    replicas: typing.Optional[jsii.Number] = None,
    shadow: typing.Optional[builtins.bool] = None,
    ssl: typing.Optional[typing.Union[SeldonDeploymentSpecPredictorsSsl, typing.Dict[builtins.str, typing.Any]]] = None,
    svc_orch_spec: typing.Optional[typing.Union[SeldonDeploymentSpecPredictorsSvcOrchSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    traffic: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf8e133600e73cb974182b7ec2cb74beae12bace2fe5e3d78d805b4ced78ed9c(
    *,
    hpa_spec: typing.Optional[typing.Union[SeldonDeploymentSpecPredictorsComponentSpecsHpaSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    keda_spec: typing.Any = None,
    metadata: typing.Optional[typing.Union[SeldonDeploymentSpecPredictorsComponentSpecsMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    pdb_spec: typing.Optional[typing.Union[SeldonDeploymentSpecPredictorsComponentSpecsPdbSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    replicas: typing.Optional[jsii.Number] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb25443afdaa04506dee4aef47fa5391c379cbe2d8195c232e515f33dfeb77cc(
    *,
    max_replicas: jsii.Number,
    metrics: typing.Optional[typing.Sequence[typing.Any]] = None,
    metricsv2: typing.Optional[typing.Sequence[typing.Any]] = None,
    min_replicas: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e3823c67424bbf18bb04aef080184b508067af3cd409d2e576797801e51ead4(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f66ddebe526d7493a3e207b2305fc35460a6b8be1e1dcf9c087a2aaaca7eb5c(
    *,
    max_unavailable: typing.Optional[SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMaxUnavailable] = None,
    min_available: typing.Optional[SeldonDeploymentSpecPredictorsComponentSpecsPdbSpecMinAvailable] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b2a243a050b7c7edd0526e11594334e56f51648c3881f1473612f6a6ada967c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de6839e6a10a04b30534cf42fc2e69324dd14012069c49f8b492b3b851c335b2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd7f27bd26e05c72c9c123885fbf4e7dc2d33ef4504cedb04e47901e315b6a56(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df5e7d5f62b4346271f05493cec2651e62bb527565e3829556e47528690c0331(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6709739ce6dbfd05361f876bb47ed41586dfa15f714a513f60c2fe2c4cf1bf9a(
    *,
    name: builtins.str,
    children: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentSpecPredictorsGraphChildren, typing.Dict[builtins.str, typing.Any]]]] = None,
    endpoint: typing.Optional[typing.Union[SeldonDeploymentSpecPredictorsGraphEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    env_secret_ref_name: typing.Optional[builtins.str] = None,
    implementation: typing.Optional[builtins.str] = None,
    logger: typing.Optional[typing.Union[SeldonDeploymentSpecPredictorsGraphLogger, typing.Dict[builtins.str, typing.Any]]] = None,
    methods: typing.Optional[typing.Sequence[SeldonDeploymentSpecPredictorsGraphMethods]] = None,
    model_uri: typing.Optional[builtins.str] = None,
    parameters: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentSpecPredictorsGraphParameters, typing.Dict[builtins.str, typing.Any]]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    storage_initializer_image: typing.Optional[builtins.str] = None,
    type: typing.Optional[SeldonDeploymentSpecPredictorsGraphType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec98f3574a3b09d12a6b001b490cc726c28522f35bb86783b274474f0f1722c2(
    *,
    name: builtins.str,
    children: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentSpecPredictorsGraphChildrenChildren, typing.Dict[builtins.str, typing.Any]]]] = None,
    endpoint: typing.Optional[typing.Union[SeldonDeploymentSpecPredictorsGraphChildrenEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    env_secret_ref_name: typing.Optional[builtins.str] = None,
    implementation: typing.Optional[builtins.str] = None,
    logger: typing.Optional[typing.Union[SeldonDeploymentSpecPredictorsGraphChildrenLogger, typing.Dict[builtins.str, typing.Any]]] = None,
    methods: typing.Optional[typing.Sequence[SeldonDeploymentSpecPredictorsGraphChildrenMethods]] = None,
    model_uri: typing.Optional[builtins.str] = None,
    parameters: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentSpecPredictorsGraphChildrenParameters, typing.Dict[builtins.str, typing.Any]]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    storage_initializer_image: typing.Optional[builtins.str] = None,
    type: typing.Optional[SeldonDeploymentSpecPredictorsGraphChildrenType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2781fc52c46c223941e44d68709cad7354bc0a9076f5b87706689224aeed917d(
    *,
    name: builtins.str,
    children: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildren, typing.Dict[builtins.str, typing.Any]]]] = None,
    endpoint: typing.Optional[typing.Union[SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    env_secret_ref_name: typing.Optional[builtins.str] = None,
    implementation: typing.Optional[builtins.str] = None,
    logger: typing.Optional[typing.Union[SeldonDeploymentSpecPredictorsGraphChildrenChildrenLogger, typing.Dict[builtins.str, typing.Any]]] = None,
    methods: typing.Optional[typing.Sequence[SeldonDeploymentSpecPredictorsGraphChildrenChildrenMethods]] = None,
    model_uri: typing.Optional[builtins.str] = None,
    parameters: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentSpecPredictorsGraphChildrenChildrenParameters, typing.Dict[builtins.str, typing.Any]]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    storage_initializer_image: typing.Optional[builtins.str] = None,
    type: typing.Optional[SeldonDeploymentSpecPredictorsGraphChildrenChildrenType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29b7742d915c3de82325f867b9040584c3a25d410c3ab9b53be59ca001b05423(
    *,
    name: builtins.str,
    children: typing.Optional[typing.Sequence[typing.Any]] = None,
    endpoint: typing.Optional[typing.Union[SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    env_secret_ref_name: typing.Optional[builtins.str] = None,
    implementation: typing.Optional[builtins.str] = None,
    logger: typing.Optional[typing.Union[SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLogger, typing.Dict[builtins.str, typing.Any]]] = None,
    methods: typing.Optional[typing.Sequence[SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenMethods]] = None,
    model_uri: typing.Optional[builtins.str] = None,
    parameters: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParameters, typing.Dict[builtins.str, typing.Any]]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    storage_initializer_image: typing.Optional[builtins.str] = None,
    type: typing.Optional[SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d59ea2ed00c2894e349785bf568dcf0f875305289719e8bf8da93a57d53b29d1(
    *,
    grpc_port: typing.Optional[jsii.Number] = None,
    http_port: typing.Optional[jsii.Number] = None,
    service_host: typing.Optional[builtins.str] = None,
    service_port: typing.Optional[jsii.Number] = None,
    type: typing.Optional[SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenEndpointType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3149ba8da297a9d5e33576889cdf97d784b35cb9bc32f3b34e2d87ba590fb9d(
    *,
    mode: typing.Optional[SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenLoggerMode] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91c916187ed5dcd0f67188ed1c4dc4bfdd3329994ec77854fc3a91475ede1358(
    *,
    name: builtins.str,
    type: SeldonDeploymentSpecPredictorsGraphChildrenChildrenChildrenParametersType,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00532c4ee06ceb39d6c63de92327d19a49664e52790a18d7762fd27fa749c69e(
    *,
    grpc_port: typing.Optional[jsii.Number] = None,
    http_port: typing.Optional[jsii.Number] = None,
    service_host: typing.Optional[builtins.str] = None,
    service_port: typing.Optional[jsii.Number] = None,
    type: typing.Optional[SeldonDeploymentSpecPredictorsGraphChildrenChildrenEndpointType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dc876162aa00133a9411e26795a474a988ec678a180c4a2a5a32d7352627a2a2(
    *,
    mode: typing.Optional[SeldonDeploymentSpecPredictorsGraphChildrenChildrenLoggerMode] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4afa8fd9ac0449a27e7feaa81a926e05515ef0f84bf186dab8bc4c5045a80b38(
    *,
    name: builtins.str,
    type: SeldonDeploymentSpecPredictorsGraphChildrenChildrenParametersType,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86be2770536153a7ffeadb6fa02cb11fc6f42b2555d14446311b2d0d4ec38290(
    *,
    grpc_port: typing.Optional[jsii.Number] = None,
    http_port: typing.Optional[jsii.Number] = None,
    service_host: typing.Optional[builtins.str] = None,
    service_port: typing.Optional[jsii.Number] = None,
    type: typing.Optional[SeldonDeploymentSpecPredictorsGraphChildrenEndpointType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39149b2f627acafee6c15fed9191c5317d82faee8c4d531e76fa215499801d1f(
    *,
    mode: typing.Optional[SeldonDeploymentSpecPredictorsGraphChildrenLoggerMode] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__beb72bda8b15f443977f2b68a9681a5b52fcec57b4b433fb2de64ea8130b47db(
    *,
    name: builtins.str,
    type: SeldonDeploymentSpecPredictorsGraphChildrenParametersType,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__08bdf91b8d233bbc212ffb3cb860c45d9f50769eb9e9ceaf1866abecb8191235(
    *,
    grpc_port: typing.Optional[jsii.Number] = None,
    http_port: typing.Optional[jsii.Number] = None,
    service_host: typing.Optional[builtins.str] = None,
    service_port: typing.Optional[jsii.Number] = None,
    type: typing.Optional[SeldonDeploymentSpecPredictorsGraphEndpointType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34c6f722e1568833b63a4b2b6852e9389e0d504cfba60cb3a62bba7ce87ed843(
    *,
    mode: typing.Optional[SeldonDeploymentSpecPredictorsGraphLoggerMode] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2d5d91cf7c72754caab6a64b967f3dd2e40f316b3340d88548fbfe555d941a2(
    *,
    name: builtins.str,
    type: SeldonDeploymentSpecPredictorsGraphParametersType,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19291ba174663822e729aeab138042627de597c0bdff30858e2d1d79cca8f45b(
    *,
    cert_secret_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d2bc99124a4d9b044655cc09be8809ceacf8fbe04e6945b738a4a2ec80ba830d(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentSpecPredictorsSvcOrchSpecEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    replicas: typing.Optional[jsii.Number] = None,
    resources: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__75382f5ad1d89fae6b2a51502b2643a2898409d8a6263b2b0fbf2e4f9736346c(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8f4653e9c1492cb805ec4214539e7a5e639334c8c5aed5d1678bdd11844153c(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SeldonDeploymentV1Alpha2Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da78644af402d4dede128d93c8fdcb552831a270ca75aad5594f524746954294(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SeldonDeploymentV1Alpha2Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d45b77f15ca6c04e54f4eb6355098fbc00966ce49590397c9a1dd3c1fdeef48(
    *,
    predictors: typing.Sequence[typing.Union[SeldonDeploymentV1Alpha2SpecPredictors, typing.Dict[builtins.str, typing.Any]]],
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    oauth_key: typing.Optional[builtins.str] = None,
    oauth_secret: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[SeldonDeploymentV1Alpha2SpecProtocol] = None,
    replicas: typing.Optional[jsii.Number] = None,
    server_type: typing.Optional[SeldonDeploymentV1Alpha2SpecServerType] = None,
    transport: typing.Optional[SeldonDeploymentV1Alpha2SpecTransport] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20632494f11f81e0243b7f3ac6bdf4eda27f38135c7815c5b7dc1a1f803035e3(
    *,
    graph: typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsGraph, typing.Dict[builtins.str, typing.Any]],
    name: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    component_specs: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecs, typing.Dict[builtins.str, typing.Any]]]] = None,
    engine_resources: typing.Any = None,
    explainer: typing.Any = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    progress_deadline_seconds: typing.Optional[jsii.Number] = None,
    replicas: typing.Optional[jsii.Number] = None,
    shadow: typing.Optional[builtins.bool] = None,
    ssl: typing.Optional[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsSsl, typing.Dict[builtins.str, typing.Any]]] = None,
    svc_orch_spec: typing.Optional[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    traffic: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee5a42dd17a5320651704696549dfd955a997fe6aead47fc2a964d2e450b7c0c(
    *,
    hpa_spec: typing.Optional[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsHpaSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    keda_spec: typing.Any = None,
    metadata: typing.Optional[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    pdb_spec: typing.Optional[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    replicas: typing.Optional[jsii.Number] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c185c0aed67b9eaa10d8932e8d2928fa1c0e41b7598821b9086c92a514c31d76(
    *,
    max_replicas: jsii.Number,
    metrics: typing.Optional[typing.Sequence[typing.Any]] = None,
    metricsv2: typing.Optional[typing.Sequence[typing.Any]] = None,
    min_replicas: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a687b73bb6300f29a5d8c4b17d97e841171f0ebf8dad207a1d0708a5517e1df8(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90fea23737e6161382a96ff2a223265747ee302c522358514f61d36058dd5171(
    *,
    max_unavailable: typing.Optional[SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMaxUnavailable] = None,
    min_available: typing.Optional[SeldonDeploymentV1Alpha2SpecPredictorsComponentSpecsPdbSpecMinAvailable] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e6e9cc4fc2a988575219ef7fbb6c5e80491dfcabd5424b43fe7908d40ffc7e6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ee476c83ad32390eee451518c5d57bc4b2b94c7893d42fd8ebba41c9da411a4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85c89e9e83a01a000c01582dd77eed06d445db4959db6835054970b7c027c3a5(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e0adf7e1c06bb2839a8c24f2700feb161475415fb92387d0333ddbf2861d892d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__145c205b4adeba90409457928bbf30e4d9981dd1c45e0f325d64ddcd39f51cb4(
    *,
    name: builtins.str,
    children: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildren, typing.Dict[builtins.str, typing.Any]]]] = None,
    endpoint: typing.Optional[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    env_secret_ref_name: typing.Optional[builtins.str] = None,
    implementation: typing.Optional[builtins.str] = None,
    logger: typing.Optional[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsGraphLogger, typing.Dict[builtins.str, typing.Any]]] = None,
    methods: typing.Optional[typing.Sequence[SeldonDeploymentV1Alpha2SpecPredictorsGraphMethods]] = None,
    model_uri: typing.Optional[builtins.str] = None,
    parameters: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsGraphParameters, typing.Dict[builtins.str, typing.Any]]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    storage_initializer_image: typing.Optional[builtins.str] = None,
    type: typing.Optional[SeldonDeploymentV1Alpha2SpecPredictorsGraphType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7fef3a80dbbb83fce7c9d593073351bc600ebc4951fbb2e0713b7a434b9f79dc(
    *,
    name: builtins.str,
    children: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildren, typing.Dict[builtins.str, typing.Any]]]] = None,
    endpoint: typing.Optional[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    env_secret_ref_name: typing.Optional[builtins.str] = None,
    implementation: typing.Optional[builtins.str] = None,
    logger: typing.Optional[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLogger, typing.Dict[builtins.str, typing.Any]]] = None,
    methods: typing.Optional[typing.Sequence[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenMethods]] = None,
    model_uri: typing.Optional[builtins.str] = None,
    parameters: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParameters, typing.Dict[builtins.str, typing.Any]]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    storage_initializer_image: typing.Optional[builtins.str] = None,
    type: typing.Optional[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7c9e4f95945cb43a1bd66c3bc21f845adbc9419d03cc56972f3621a5e73776c(
    *,
    name: builtins.str,
    children: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildren, typing.Dict[builtins.str, typing.Any]]]] = None,
    endpoint: typing.Optional[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    env_secret_ref_name: typing.Optional[builtins.str] = None,
    implementation: typing.Optional[builtins.str] = None,
    logger: typing.Optional[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLogger, typing.Dict[builtins.str, typing.Any]]] = None,
    methods: typing.Optional[typing.Sequence[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenMethods]] = None,
    model_uri: typing.Optional[builtins.str] = None,
    parameters: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParameters, typing.Dict[builtins.str, typing.Any]]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    storage_initializer_image: typing.Optional[builtins.str] = None,
    type: typing.Optional[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0f80a7a025a696e7c6c4864c95eb95083768cae9e0ec59f321f0a87aa9d8cc6(
    *,
    name: builtins.str,
    children: typing.Optional[typing.Sequence[typing.Any]] = None,
    endpoint: typing.Optional[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    env_secret_ref_name: typing.Optional[builtins.str] = None,
    implementation: typing.Optional[builtins.str] = None,
    logger: typing.Optional[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLogger, typing.Dict[builtins.str, typing.Any]]] = None,
    methods: typing.Optional[typing.Sequence[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenMethods]] = None,
    model_uri: typing.Optional[builtins.str] = None,
    parameters: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParameters, typing.Dict[builtins.str, typing.Any]]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    storage_initializer_image: typing.Optional[builtins.str] = None,
    type: typing.Optional[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__88cb398d81c658e1352db06eb12e2453adf27e4a1aaccd954fcb7d1346242dc6(
    *,
    grpc_port: typing.Optional[jsii.Number] = None,
    http_port: typing.Optional[jsii.Number] = None,
    service_host: typing.Optional[builtins.str] = None,
    service_port: typing.Optional[jsii.Number] = None,
    type: typing.Optional[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenEndpointType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19225237fa6b211d42c69f8fd2025042366b01c910ce485fe762850b3de119c6(
    *,
    mode: typing.Optional[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenLoggerMode] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58282f8cbfdce6aed4c83ee17baa7688df577fcc00a2f0feb9508775b64d3047(
    *,
    name: builtins.str,
    type: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenChildrenParametersType,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85e8852ad586ee2c181138f86253d71240fd1d967bfae2adea0e99dc3708a747(
    *,
    grpc_port: typing.Optional[jsii.Number] = None,
    http_port: typing.Optional[jsii.Number] = None,
    service_host: typing.Optional[builtins.str] = None,
    service_port: typing.Optional[jsii.Number] = None,
    type: typing.Optional[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenEndpointType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c6a297cc55b088303061ed56116c04d352a0b4b49cb53b04df2fd663bdd8723(
    *,
    mode: typing.Optional[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenLoggerMode] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4cf685cd03428a89e78b74c03fac62ba1ecd3b58a080b4c5609569fc5a07d55(
    *,
    name: builtins.str,
    type: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenChildrenParametersType,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ececcc9843960a05a7df7bb743d1a3280b683414b534d630fbc471827b31560(
    *,
    grpc_port: typing.Optional[jsii.Number] = None,
    http_port: typing.Optional[jsii.Number] = None,
    service_host: typing.Optional[builtins.str] = None,
    service_port: typing.Optional[jsii.Number] = None,
    type: typing.Optional[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenEndpointType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25a9c5d187c43c5c6b7dd0488f49206ffce9dbf904c7ae9e9e2077bb025ae39c(
    *,
    mode: typing.Optional[SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenLoggerMode] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ba4fcec3590c16e8e542be9e291253872735f20e4725f238ebbae8cde69cbd6(
    *,
    name: builtins.str,
    type: SeldonDeploymentV1Alpha2SpecPredictorsGraphChildrenParametersType,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b53df89edebf5f0d066f4ab9fc612fb472c32f0b42d31cb426ca73460da575a(
    *,
    grpc_port: typing.Optional[jsii.Number] = None,
    http_port: typing.Optional[jsii.Number] = None,
    service_host: typing.Optional[builtins.str] = None,
    service_port: typing.Optional[jsii.Number] = None,
    type: typing.Optional[SeldonDeploymentV1Alpha2SpecPredictorsGraphEndpointType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5974f5fc31385deaedcd4a26adc40378e529717f96df7b282aaf7bdcc8470193(
    *,
    mode: typing.Optional[SeldonDeploymentV1Alpha2SpecPredictorsGraphLoggerMode] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__201e0a71db21b636900ac120734f976d208014b85da5e5b0e050be081a307455(
    *,
    name: builtins.str,
    type: SeldonDeploymentV1Alpha2SpecPredictorsGraphParametersType,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c7810bec51fc1cc38fc9522449e600cdbfe30e26fb97518b9caaca5dad7e330(
    *,
    cert_secret_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68bb8c797e686b243aeac938837e7003f372f842a4013e9e8e345092d547971f(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha2SpecPredictorsSvcOrchSpecEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    replicas: typing.Optional[jsii.Number] = None,
    resources: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__143a4eb86587c894411bb474c9a6e213fd950036e59ea6b7a91375f64c668e4d(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66e772f55139277483b1c68557a631b8dde6eb5ca528848538c7a7dc0beeff0d(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SeldonDeploymentV1Alpha3Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bca5f62e73fcf719db804f91f891a3bed2cc9863a6c820450e3e9fd9d7aba26b(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SeldonDeploymentV1Alpha3Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dcfa245c642842cb6c0881984001613312cf841250b3bc94228151a28a9b2f37(
    *,
    predictors: typing.Sequence[typing.Union[SeldonDeploymentV1Alpha3SpecPredictors, typing.Dict[builtins.str, typing.Any]]],
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    oauth_key: typing.Optional[builtins.str] = None,
    oauth_secret: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[SeldonDeploymentV1Alpha3SpecProtocol] = None,
    replicas: typing.Optional[jsii.Number] = None,
    server_type: typing.Optional[SeldonDeploymentV1Alpha3SpecServerType] = None,
    transport: typing.Optional[SeldonDeploymentV1Alpha3SpecTransport] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__000634e7ffedda8ba49d712c47a871214dc45c39870e48ba8a3f5c59c0f685a6(
    *,
    graph: typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsGraph, typing.Dict[builtins.str, typing.Any]],
    name: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    component_specs: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecs, typing.Dict[builtins.str, typing.Any]]]] = None,
    engine_resources: typing.Any = None,
    explainer: typing.Any = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    progress_deadline_seconds: typing.Optional[jsii.Number] = None,
    replicas: typing.Optional[jsii.Number] = None,
    shadow: typing.Optional[builtins.bool] = None,
    ssl: typing.Optional[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsSsl, typing.Dict[builtins.str, typing.Any]]] = None,
    svc_orch_spec: typing.Optional[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    traffic: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0fef28cd4a76b21fd6f454fcbcf6cfa62bcf9fc85e8dcb0a1dc83e093fc75590(
    *,
    hpa_spec: typing.Optional[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsHpaSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    keda_spec: typing.Any = None,
    metadata: typing.Optional[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    pdb_spec: typing.Optional[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    replicas: typing.Optional[jsii.Number] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ec544e515ac39258c1f08349853ab9836ca88b5da7cc45fd4bc095e47bcfc3f(
    *,
    max_replicas: jsii.Number,
    metrics: typing.Optional[typing.Sequence[typing.Any]] = None,
    metricsv2: typing.Optional[typing.Sequence[typing.Any]] = None,
    min_replicas: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15cf9c007b66a45dc4155b52ceb95bb7ae0692535d421077c809793d5d6f747e(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19ab5cc98c5d950b9ea62980c7c02066b06fc29dcad4015d14c60f85b2c9afd8(
    *,
    max_unavailable: typing.Optional[SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMaxUnavailable] = None,
    min_available: typing.Optional[SeldonDeploymentV1Alpha3SpecPredictorsComponentSpecsPdbSpecMinAvailable] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a6d242e158515ebb73206c6f2a05409f283606840b954ef3cbc1f4f9dc299fa(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__caba56befb14407973f772c10e4eaa0a837b860b4211c6ec5985e93bd4075c0e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb5594315a661b4282f16234b764ddec16f90ed6fb09b281cad7bb439782df4d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__109999197d7a59173bb4a739cee1115a44b9e519d76815b53a72e40b2e8cb18c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__736876b4a35776fac6bb5601f733a6f2ea6383076a69f0aff4394b56bbfc1bbc(
    *,
    name: builtins.str,
    children: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildren, typing.Dict[builtins.str, typing.Any]]]] = None,
    endpoint: typing.Optional[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    env_secret_ref_name: typing.Optional[builtins.str] = None,
    implementation: typing.Optional[builtins.str] = None,
    logger: typing.Optional[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsGraphLogger, typing.Dict[builtins.str, typing.Any]]] = None,
    methods: typing.Optional[typing.Sequence[SeldonDeploymentV1Alpha3SpecPredictorsGraphMethods]] = None,
    model_uri: typing.Optional[builtins.str] = None,
    parameters: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsGraphParameters, typing.Dict[builtins.str, typing.Any]]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    storage_initializer_image: typing.Optional[builtins.str] = None,
    type: typing.Optional[SeldonDeploymentV1Alpha3SpecPredictorsGraphType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90301d6495a8a8e59c83063465542cd4fead661c6468489892166a5eb0d0068e(
    *,
    name: builtins.str,
    children: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildren, typing.Dict[builtins.str, typing.Any]]]] = None,
    endpoint: typing.Optional[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    env_secret_ref_name: typing.Optional[builtins.str] = None,
    implementation: typing.Optional[builtins.str] = None,
    logger: typing.Optional[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLogger, typing.Dict[builtins.str, typing.Any]]] = None,
    methods: typing.Optional[typing.Sequence[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenMethods]] = None,
    model_uri: typing.Optional[builtins.str] = None,
    parameters: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParameters, typing.Dict[builtins.str, typing.Any]]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    storage_initializer_image: typing.Optional[builtins.str] = None,
    type: typing.Optional[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5fd726f55280ad0b02783a829db775f58520bad74d0f5ca172c76e24443ef38(
    *,
    name: builtins.str,
    children: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildren, typing.Dict[builtins.str, typing.Any]]]] = None,
    endpoint: typing.Optional[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    env_secret_ref_name: typing.Optional[builtins.str] = None,
    implementation: typing.Optional[builtins.str] = None,
    logger: typing.Optional[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLogger, typing.Dict[builtins.str, typing.Any]]] = None,
    methods: typing.Optional[typing.Sequence[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenMethods]] = None,
    model_uri: typing.Optional[builtins.str] = None,
    parameters: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParameters, typing.Dict[builtins.str, typing.Any]]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    storage_initializer_image: typing.Optional[builtins.str] = None,
    type: typing.Optional[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3b40b8ef8ead9a556a3d875735d09f9dbe41cbbad2a560e003e41dacf145889(
    *,
    name: builtins.str,
    children: typing.Optional[typing.Sequence[typing.Any]] = None,
    endpoint: typing.Optional[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    env_secret_ref_name: typing.Optional[builtins.str] = None,
    implementation: typing.Optional[builtins.str] = None,
    logger: typing.Optional[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLogger, typing.Dict[builtins.str, typing.Any]]] = None,
    methods: typing.Optional[typing.Sequence[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenMethods]] = None,
    model_uri: typing.Optional[builtins.str] = None,
    parameters: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParameters, typing.Dict[builtins.str, typing.Any]]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    storage_initializer_image: typing.Optional[builtins.str] = None,
    type: typing.Optional[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__81382caa11dbc8b06d9f5dc609cd15b0c6108d957c0fc96ebd5a7e5af4e22e40(
    *,
    grpc_port: typing.Optional[jsii.Number] = None,
    http_port: typing.Optional[jsii.Number] = None,
    service_host: typing.Optional[builtins.str] = None,
    service_port: typing.Optional[jsii.Number] = None,
    type: typing.Optional[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenEndpointType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54f4b5e51e503ec59500f529ee014adfac7167358128024041362c020f69d251(
    *,
    mode: typing.Optional[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenLoggerMode] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__72e9408ce496c7d99987a87b9f45cfe186b5b5a9a389be57be53f709780603cf(
    *,
    name: builtins.str,
    type: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenChildrenParametersType,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d113c1c4154860a2089f4bbd011707dacf7e3d74efe5b0cc375be6a7db3163bb(
    *,
    grpc_port: typing.Optional[jsii.Number] = None,
    http_port: typing.Optional[jsii.Number] = None,
    service_host: typing.Optional[builtins.str] = None,
    service_port: typing.Optional[jsii.Number] = None,
    type: typing.Optional[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenEndpointType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9e98d21fd2c0a78eabb7db16d2da8300e05dc9213740ecfcf072e2ac76931b0(
    *,
    mode: typing.Optional[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenLoggerMode] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed71c099914296fa6b657a79bcb99a7c34758c8bc9a4b30296e1db203d1940e6(
    *,
    name: builtins.str,
    type: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenChildrenParametersType,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7dcd159c9d33f142c5ba406d17ffd496a980cb7ffdde0025a419b65782e3d508(
    *,
    grpc_port: typing.Optional[jsii.Number] = None,
    http_port: typing.Optional[jsii.Number] = None,
    service_host: typing.Optional[builtins.str] = None,
    service_port: typing.Optional[jsii.Number] = None,
    type: typing.Optional[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenEndpointType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__75b8d4292952e57760bd4723f25e6d5a93202bd1e4d41a3638af3d3c76784d71(
    *,
    mode: typing.Optional[SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenLoggerMode] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e0e3afc2b40bc16f335bcddc28b1ee402e354deaa03c6c189a88897cd3fe1379(
    *,
    name: builtins.str,
    type: SeldonDeploymentV1Alpha3SpecPredictorsGraphChildrenParametersType,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ddbc9c9b527349082297820084f6221489446c45d22d7af873aa3e6273b17e57(
    *,
    grpc_port: typing.Optional[jsii.Number] = None,
    http_port: typing.Optional[jsii.Number] = None,
    service_host: typing.Optional[builtins.str] = None,
    service_port: typing.Optional[jsii.Number] = None,
    type: typing.Optional[SeldonDeploymentV1Alpha3SpecPredictorsGraphEndpointType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__369cab796c0ab7c4a58408757aee8d9bae2e291d2cfbdf1493419cdaddd6a6cb(
    *,
    mode: typing.Optional[SeldonDeploymentV1Alpha3SpecPredictorsGraphLoggerMode] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3bd2537671ff234cda9337fbfa8c166b98d4a27f43473c4fc2c9d37d03c0471(
    *,
    name: builtins.str,
    type: SeldonDeploymentV1Alpha3SpecPredictorsGraphParametersType,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d25761ac0a500a3971adf8183c8bde5672f391a2ac42e16d6aa7c667ccb4ebf7(
    *,
    cert_secret_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45902d902e8e05d4140564b9d4547c986f95bff7655754f56809445141e36e37(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[SeldonDeploymentV1Alpha3SpecPredictorsSvcOrchSpecEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    replicas: typing.Optional[jsii.Number] = None,
    resources: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d92531062890e425819f55d95321aa04e01d98415d23e2a54b6545ca9bdbae91(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass
