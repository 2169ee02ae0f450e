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


class AuthService(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="emissary_iogetambassador.AuthService",
):
    '''
    :schema: AuthService
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> None:
        '''Defines a "AuthService" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__27ad8aa25a0965aa4b3752a3d555a4243d1ee5fe8b9d789e0b5391f92e0d6925)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = AuthServiceProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "AuthService".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = AuthServiceProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "AuthService".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="emissary_iogetambassador.AuthServiceProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class AuthServiceProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: AuthService
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__11f393928f35996db348b76d9087ed161ec9b2e8978c134f0b6cc56b5507ff04)
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
        :schema: AuthService#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''
        :schema: AuthService#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AuthServiceProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class AuthServiceV2(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="emissary_iogetambassador.AuthServiceV2",
):
    '''
    :schema: AuthServiceV2
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> None:
        '''Defines a "AuthServiceV2" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__29c1fb0c4d737a67d7c625407c3efcf48994f2480bf95cb7f37e1c7b35be410f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = AuthServiceV2Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "AuthServiceV2".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = AuthServiceV2Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "AuthServiceV2".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="emissary_iogetambassador.AuthServiceV2Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class AuthServiceV2Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: AuthServiceV2
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c2668f3961fc49135f9fc227ab65f72dcf67954b973a6f913695019e88fe89a7)
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
        :schema: AuthServiceV2#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''
        :schema: AuthServiceV2#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AuthServiceV2Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class AuthServiceV3Alpha1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="emissary_iogetambassador.AuthServiceV3Alpha1",
):
    '''
    :schema: AuthServiceV3Alpha1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AuthServiceV3Alpha1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "AuthServiceV3Alpha1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86e288ddf21b74233183de0a3fdd34f9ad49df34e82ac5702161842a2b3305b2)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = AuthServiceV3Alpha1Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AuthServiceV3Alpha1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "AuthServiceV3Alpha1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = AuthServiceV3Alpha1Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "AuthServiceV3Alpha1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="emissary_iogetambassador.AuthServiceV3Alpha1Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class AuthServiceV3Alpha1Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AuthServiceV3Alpha1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: AuthServiceV3Alpha1
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = AuthServiceV3Alpha1Spec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6c31bdbc87ae408d13a59c9d5308da2243baf5a2fa69ad897e29b3049e30abad)
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
        :schema: AuthServiceV3Alpha1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["AuthServiceV3Alpha1Spec"]:
        '''
        :schema: AuthServiceV3Alpha1#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["AuthServiceV3Alpha1Spec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AuthServiceV3Alpha1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="emissary_iogetambassador.AuthServiceV3Alpha1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "auth_service": "authService",
        "add_auth_headers": "addAuthHeaders",
        "add_linkerd_headers": "addLinkerdHeaders",
        "allowed_authorization_headers": "allowedAuthorizationHeaders",
        "allowed_request_headers": "allowedRequestHeaders",
        "allow_request_body": "allowRequestBody",
        "ambassador_id": "ambassadorId",
        "circuit_breakers": "circuitBreakers",
        "failure_mode_allow": "failureModeAllow",
        "include_body": "includeBody",
        "path_prefix": "pathPrefix",
        "proto": "proto",
        "protocol_version": "protocolVersion",
        "stats_name": "statsName",
        "status_on_error": "statusOnError",
        "timeout_ms": "timeoutMs",
        "tls": "tls",
    },
)
class AuthServiceV3Alpha1Spec:
    def __init__(
        self,
        *,
        auth_service: builtins.str,
        add_auth_headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        add_linkerd_headers: typing.Optional[builtins.bool] = None,
        allowed_authorization_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        allowed_request_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_request_body: typing.Optional[builtins.bool] = None,
        ambassador_id: typing.Optional[typing.Sequence[builtins.str]] = None,
        circuit_breakers: typing.Optional[typing.Sequence[typing.Union["AuthServiceV3Alpha1SpecCircuitBreakers", typing.Dict[builtins.str, typing.Any]]]] = None,
        failure_mode_allow: typing.Optional[builtins.bool] = None,
        include_body: typing.Optional[typing.Union["AuthServiceV3Alpha1SpecIncludeBody", typing.Dict[builtins.str, typing.Any]]] = None,
        path_prefix: typing.Optional[builtins.str] = None,
        proto: typing.Optional["AuthServiceV3Alpha1SpecProto"] = None,
        protocol_version: typing.Optional["AuthServiceV3Alpha1SpecProtocolVersion"] = None,
        stats_name: typing.Optional[builtins.str] = None,
        status_on_error: typing.Optional[typing.Union["AuthServiceV3Alpha1SpecStatusOnError", typing.Dict[builtins.str, typing.Any]]] = None,
        timeout_ms: typing.Optional[jsii.Number] = None,
        tls: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param auth_service: 
        :param add_auth_headers: 
        :param add_linkerd_headers: 
        :param allowed_authorization_headers: 
        :param allowed_request_headers: 
        :param allow_request_body: 
        :param ambassador_id: 
        :param circuit_breakers: 
        :param failure_mode_allow: 
        :param include_body: 
        :param path_prefix: 
        :param proto: 
        :param protocol_version: 
        :param stats_name: 
        :param status_on_error: 
        :param timeout_ms: 
        :param tls: 

        :schema: AuthServiceV3Alpha1Spec
        '''
        if isinstance(include_body, dict):
            include_body = AuthServiceV3Alpha1SpecIncludeBody(**include_body)
        if isinstance(status_on_error, dict):
            status_on_error = AuthServiceV3Alpha1SpecStatusOnError(**status_on_error)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c8e3563606480e20b4148da2d2ec3dab2a7dbcbaa6438a7df5155289f3b2ea37)
            check_type(argname="argument auth_service", value=auth_service, expected_type=type_hints["auth_service"])
            check_type(argname="argument add_auth_headers", value=add_auth_headers, expected_type=type_hints["add_auth_headers"])
            check_type(argname="argument add_linkerd_headers", value=add_linkerd_headers, expected_type=type_hints["add_linkerd_headers"])
            check_type(argname="argument allowed_authorization_headers", value=allowed_authorization_headers, expected_type=type_hints["allowed_authorization_headers"])
            check_type(argname="argument allowed_request_headers", value=allowed_request_headers, expected_type=type_hints["allowed_request_headers"])
            check_type(argname="argument allow_request_body", value=allow_request_body, expected_type=type_hints["allow_request_body"])
            check_type(argname="argument ambassador_id", value=ambassador_id, expected_type=type_hints["ambassador_id"])
            check_type(argname="argument circuit_breakers", value=circuit_breakers, expected_type=type_hints["circuit_breakers"])
            check_type(argname="argument failure_mode_allow", value=failure_mode_allow, expected_type=type_hints["failure_mode_allow"])
            check_type(argname="argument include_body", value=include_body, expected_type=type_hints["include_body"])
            check_type(argname="argument path_prefix", value=path_prefix, expected_type=type_hints["path_prefix"])
            check_type(argname="argument proto", value=proto, expected_type=type_hints["proto"])
            check_type(argname="argument protocol_version", value=protocol_version, expected_type=type_hints["protocol_version"])
            check_type(argname="argument stats_name", value=stats_name, expected_type=type_hints["stats_name"])
            check_type(argname="argument status_on_error", value=status_on_error, expected_type=type_hints["status_on_error"])
            check_type(argname="argument timeout_ms", value=timeout_ms, expected_type=type_hints["timeout_ms"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "auth_service": auth_service,
        }
        if add_auth_headers is not None:
            self._values["add_auth_headers"] = add_auth_headers
        if add_linkerd_headers is not None:
            self._values["add_linkerd_headers"] = add_linkerd_headers
        if allowed_authorization_headers is not None:
            self._values["allowed_authorization_headers"] = allowed_authorization_headers
        if allowed_request_headers is not None:
            self._values["allowed_request_headers"] = allowed_request_headers
        if allow_request_body is not None:
            self._values["allow_request_body"] = allow_request_body
        if ambassador_id is not None:
            self._values["ambassador_id"] = ambassador_id
        if circuit_breakers is not None:
            self._values["circuit_breakers"] = circuit_breakers
        if failure_mode_allow is not None:
            self._values["failure_mode_allow"] = failure_mode_allow
        if include_body is not None:
            self._values["include_body"] = include_body
        if path_prefix is not None:
            self._values["path_prefix"] = path_prefix
        if proto is not None:
            self._values["proto"] = proto
        if protocol_version is not None:
            self._values["protocol_version"] = protocol_version
        if stats_name is not None:
            self._values["stats_name"] = stats_name
        if status_on_error is not None:
            self._values["status_on_error"] = status_on_error
        if timeout_ms is not None:
            self._values["timeout_ms"] = timeout_ms
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def auth_service(self) -> builtins.str:
        '''
        :schema: AuthServiceV3Alpha1Spec#auth_service
        '''
        result = self._values.get("auth_service")
        assert result is not None, "Required property 'auth_service' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def add_auth_headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: AuthServiceV3Alpha1Spec#add_auth_headers
        '''
        result = self._values.get("add_auth_headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def add_linkerd_headers(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: AuthServiceV3Alpha1Spec#add_linkerd_headers
        '''
        result = self._values.get("add_linkerd_headers")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allowed_authorization_headers(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: AuthServiceV3Alpha1Spec#allowed_authorization_headers
        '''
        result = self._values.get("allowed_authorization_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allowed_request_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: AuthServiceV3Alpha1Spec#allowed_request_headers
        '''
        result = self._values.get("allowed_request_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_request_body(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: AuthServiceV3Alpha1Spec#allow_request_body
        '''
        result = self._values.get("allow_request_body")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ambassador_id(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: AuthServiceV3Alpha1Spec#ambassador_id
        '''
        result = self._values.get("ambassador_id")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def circuit_breakers(
        self,
    ) -> typing.Optional[typing.List["AuthServiceV3Alpha1SpecCircuitBreakers"]]:
        '''
        :schema: AuthServiceV3Alpha1Spec#circuit_breakers
        '''
        result = self._values.get("circuit_breakers")
        return typing.cast(typing.Optional[typing.List["AuthServiceV3Alpha1SpecCircuitBreakers"]], result)

    @builtins.property
    def failure_mode_allow(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: AuthServiceV3Alpha1Spec#failure_mode_allow
        '''
        result = self._values.get("failure_mode_allow")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def include_body(self) -> typing.Optional["AuthServiceV3Alpha1SpecIncludeBody"]:
        '''
        :schema: AuthServiceV3Alpha1Spec#include_body
        '''
        result = self._values.get("include_body")
        return typing.cast(typing.Optional["AuthServiceV3Alpha1SpecIncludeBody"], result)

    @builtins.property
    def path_prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: AuthServiceV3Alpha1Spec#path_prefix
        '''
        result = self._values.get("path_prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proto(self) -> typing.Optional["AuthServiceV3Alpha1SpecProto"]:
        '''
        :schema: AuthServiceV3Alpha1Spec#proto
        '''
        result = self._values.get("proto")
        return typing.cast(typing.Optional["AuthServiceV3Alpha1SpecProto"], result)

    @builtins.property
    def protocol_version(
        self,
    ) -> typing.Optional["AuthServiceV3Alpha1SpecProtocolVersion"]:
        '''
        :schema: AuthServiceV3Alpha1Spec#protocol_version
        '''
        result = self._values.get("protocol_version")
        return typing.cast(typing.Optional["AuthServiceV3Alpha1SpecProtocolVersion"], result)

    @builtins.property
    def stats_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: AuthServiceV3Alpha1Spec#stats_name
        '''
        result = self._values.get("stats_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status_on_error(
        self,
    ) -> typing.Optional["AuthServiceV3Alpha1SpecStatusOnError"]:
        '''
        :schema: AuthServiceV3Alpha1Spec#status_on_error
        '''
        result = self._values.get("status_on_error")
        return typing.cast(typing.Optional["AuthServiceV3Alpha1SpecStatusOnError"], result)

    @builtins.property
    def timeout_ms(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: AuthServiceV3Alpha1Spec#timeout_ms
        '''
        result = self._values.get("timeout_ms")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tls(self) -> typing.Optional[builtins.str]:
        '''
        :schema: AuthServiceV3Alpha1Spec#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AuthServiceV3Alpha1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="emissary_iogetambassador.AuthServiceV3Alpha1SpecCircuitBreakers",
    jsii_struct_bases=[],
    name_mapping={
        "max_connections": "maxConnections",
        "max_pending_requests": "maxPendingRequests",
        "max_requests": "maxRequests",
        "max_retries": "maxRetries",
        "priority": "priority",
    },
)
class AuthServiceV3Alpha1SpecCircuitBreakers:
    def __init__(
        self,
        *,
        max_connections: typing.Optional[jsii.Number] = None,
        max_pending_requests: typing.Optional[jsii.Number] = None,
        max_requests: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        priority: typing.Optional["AuthServiceV3Alpha1SpecCircuitBreakersPriority"] = None,
    ) -> None:
        '''
        :param max_connections: 
        :param max_pending_requests: 
        :param max_requests: 
        :param max_retries: 
        :param priority: 

        :schema: AuthServiceV3Alpha1SpecCircuitBreakers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__160bbd0cb3cec750eebc8ea55553d3f495a2456409fde486be7901ef763a207c)
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument max_pending_requests", value=max_pending_requests, expected_type=type_hints["max_pending_requests"])
            check_type(argname="argument max_requests", value=max_requests, expected_type=type_hints["max_requests"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if max_pending_requests is not None:
            self._values["max_pending_requests"] = max_pending_requests
        if max_requests is not None:
            self._values["max_requests"] = max_requests
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if priority is not None:
            self._values["priority"] = priority

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: AuthServiceV3Alpha1SpecCircuitBreakers#max_connections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: AuthServiceV3Alpha1SpecCircuitBreakers#max_pending_requests
        '''
        result = self._values.get("max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: AuthServiceV3Alpha1SpecCircuitBreakers#max_requests
        '''
        result = self._values.get("max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: AuthServiceV3Alpha1SpecCircuitBreakers#max_retries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def priority(
        self,
    ) -> typing.Optional["AuthServiceV3Alpha1SpecCircuitBreakersPriority"]:
        '''
        :schema: AuthServiceV3Alpha1SpecCircuitBreakers#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional["AuthServiceV3Alpha1SpecCircuitBreakersPriority"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AuthServiceV3Alpha1SpecCircuitBreakers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="emissary_iogetambassador.AuthServiceV3Alpha1SpecCircuitBreakersPriority"
)
class AuthServiceV3Alpha1SpecCircuitBreakersPriority(enum.Enum):
    '''
    :schema: AuthServiceV3Alpha1SpecCircuitBreakersPriority
    '''

    DEFAULT = "DEFAULT"
    '''default.'''
    HIGH = "HIGH"
    '''high.'''


@jsii.data_type(
    jsii_type="emissary_iogetambassador.AuthServiceV3Alpha1SpecIncludeBody",
    jsii_struct_bases=[],
    name_mapping={"allow_partial": "allowPartial", "max_bytes": "maxBytes"},
)
class AuthServiceV3Alpha1SpecIncludeBody:
    def __init__(self, *, allow_partial: builtins.bool, max_bytes: jsii.Number) -> None:
        '''
        :param allow_partial: 
        :param max_bytes: 

        :schema: AuthServiceV3Alpha1SpecIncludeBody
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2084005ccaede6766ad9e51b997290672655906a56e807ce1f7cc6437aba70bf)
            check_type(argname="argument allow_partial", value=allow_partial, expected_type=type_hints["allow_partial"])
            check_type(argname="argument max_bytes", value=max_bytes, expected_type=type_hints["max_bytes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "allow_partial": allow_partial,
            "max_bytes": max_bytes,
        }

    @builtins.property
    def allow_partial(self) -> builtins.bool:
        '''
        :schema: AuthServiceV3Alpha1SpecIncludeBody#allow_partial
        '''
        result = self._values.get("allow_partial")
        assert result is not None, "Required property 'allow_partial' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def max_bytes(self) -> jsii.Number:
        '''
        :schema: AuthServiceV3Alpha1SpecIncludeBody#max_bytes
        '''
        result = self._values.get("max_bytes")
        assert result is not None, "Required property 'max_bytes' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AuthServiceV3Alpha1SpecIncludeBody(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="emissary_iogetambassador.AuthServiceV3Alpha1SpecProto")
class AuthServiceV3Alpha1SpecProto(enum.Enum):
    '''
    :schema: AuthServiceV3Alpha1SpecProto
    '''

    HTTP = "HTTP"
    '''http.'''
    GRPC = "GRPC"
    '''grpc.'''


@jsii.enum(jsii_type="emissary_iogetambassador.AuthServiceV3Alpha1SpecProtocolVersion")
class AuthServiceV3Alpha1SpecProtocolVersion(enum.Enum):
    '''
    :schema: AuthServiceV3Alpha1SpecProtocolVersion
    '''

    V2 = "V2"
    '''v2.'''
    V3 = "V3"
    '''v3.'''


@jsii.data_type(
    jsii_type="emissary_iogetambassador.AuthServiceV3Alpha1SpecStatusOnError",
    jsii_struct_bases=[],
    name_mapping={"code": "code"},
)
class AuthServiceV3Alpha1SpecStatusOnError:
    def __init__(self, *, code: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param code: 

        :schema: AuthServiceV3Alpha1SpecStatusOnError
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f54c44b3f4e8233ace63371101872b582700c56b52b387ee78f985d24ea6e33a)
            check_type(argname="argument code", value=code, expected_type=type_hints["code"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if code is not None:
            self._values["code"] = code

    @builtins.property
    def code(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: AuthServiceV3Alpha1SpecStatusOnError#code
        '''
        result = self._values.get("code")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AuthServiceV3Alpha1SpecStatusOnError(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Host(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="emissary_iogetambassador.Host",
):
    '''
    :schema: Host
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> None:
        '''Defines a "Host" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f11b9ae93df11b86e65c5c59268b89e7caba7e161c7dc3673ecacc66207f7f35)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = HostProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Host".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = HostProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Host".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="emissary_iogetambassador.HostProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class HostProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Host
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9868eda68062477fef6ae536243b11be52a4f1bd2b600aa49d0e17a794f36485)
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
        :schema: Host#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''
        :schema: Host#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HostProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class HostV3Alpha1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="emissary_iogetambassador.HostV3Alpha1",
):
    '''
    :schema: HostV3Alpha1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["HostV3Alpha1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "HostV3Alpha1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9973ec7c31ebcbb71eabbbb3033821babf223d9a648e9a9f400700cf71925062)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = HostV3Alpha1Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["HostV3Alpha1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "HostV3Alpha1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = HostV3Alpha1Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "HostV3Alpha1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="emissary_iogetambassador.HostV3Alpha1Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class HostV3Alpha1Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["HostV3Alpha1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: HostV3Alpha1
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = HostV3Alpha1Spec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2ac97da3abac861ab3601d9191984ce025d69ab64ffe9dec5284b2f1bc85adaa)
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
        :schema: HostV3Alpha1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["HostV3Alpha1Spec"]:
        '''
        :schema: HostV3Alpha1#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["HostV3Alpha1Spec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HostV3Alpha1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="emissary_iogetambassador.HostV3Alpha1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "acme_provider": "acmeProvider",
        "ambassador_id": "ambassadorId",
        "hostname": "hostname",
        "mapping_selector": "mappingSelector",
        "preview_url": "previewUrl",
        "request_policy": "requestPolicy",
        "selector": "selector",
        "tls": "tls",
        "tls_context": "tlsContext",
        "tls_secret": "tlsSecret",
    },
)
class HostV3Alpha1Spec:
    def __init__(
        self,
        *,
        acme_provider: typing.Optional[typing.Union["HostV3Alpha1SpecAcmeProvider", typing.Dict[builtins.str, typing.Any]]] = None,
        ambassador_id: typing.Optional[typing.Sequence[builtins.str]] = None,
        hostname: typing.Optional[builtins.str] = None,
        mapping_selector: typing.Any = None,
        preview_url: typing.Any = None,
        request_policy: typing.Optional[typing.Union["HostV3Alpha1SpecRequestPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        selector: typing.Any = None,
        tls: typing.Any = None,
        tls_context: typing.Optional[typing.Union["HostV3Alpha1SpecTlsContext", typing.Dict[builtins.str, typing.Any]]] = None,
        tls_secret: typing.Optional[typing.Union["HostV3Alpha1SpecTlsSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param acme_provider: 
        :param ambassador_id: 
        :param hostname: 
        :param mapping_selector: 
        :param preview_url: 
        :param request_policy: 
        :param selector: 
        :param tls: 
        :param tls_context: 
        :param tls_secret: 

        :schema: HostV3Alpha1Spec
        '''
        if isinstance(acme_provider, dict):
            acme_provider = HostV3Alpha1SpecAcmeProvider(**acme_provider)
        if isinstance(request_policy, dict):
            request_policy = HostV3Alpha1SpecRequestPolicy(**request_policy)
        if isinstance(tls_context, dict):
            tls_context = HostV3Alpha1SpecTlsContext(**tls_context)
        if isinstance(tls_secret, dict):
            tls_secret = HostV3Alpha1SpecTlsSecret(**tls_secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c7bd0401b64ffb5fd541034b330d7076da18f75df6e11c08fab161ea08bd6eb4)
            check_type(argname="argument acme_provider", value=acme_provider, expected_type=type_hints["acme_provider"])
            check_type(argname="argument ambassador_id", value=ambassador_id, expected_type=type_hints["ambassador_id"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument mapping_selector", value=mapping_selector, expected_type=type_hints["mapping_selector"])
            check_type(argname="argument preview_url", value=preview_url, expected_type=type_hints["preview_url"])
            check_type(argname="argument request_policy", value=request_policy, expected_type=type_hints["request_policy"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument tls_context", value=tls_context, expected_type=type_hints["tls_context"])
            check_type(argname="argument tls_secret", value=tls_secret, expected_type=type_hints["tls_secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if acme_provider is not None:
            self._values["acme_provider"] = acme_provider
        if ambassador_id is not None:
            self._values["ambassador_id"] = ambassador_id
        if hostname is not None:
            self._values["hostname"] = hostname
        if mapping_selector is not None:
            self._values["mapping_selector"] = mapping_selector
        if preview_url is not None:
            self._values["preview_url"] = preview_url
        if request_policy is not None:
            self._values["request_policy"] = request_policy
        if selector is not None:
            self._values["selector"] = selector
        if tls is not None:
            self._values["tls"] = tls
        if tls_context is not None:
            self._values["tls_context"] = tls_context
        if tls_secret is not None:
            self._values["tls_secret"] = tls_secret

    @builtins.property
    def acme_provider(self) -> typing.Optional["HostV3Alpha1SpecAcmeProvider"]:
        '''
        :schema: HostV3Alpha1Spec#acmeProvider
        '''
        result = self._values.get("acme_provider")
        return typing.cast(typing.Optional["HostV3Alpha1SpecAcmeProvider"], result)

    @builtins.property
    def ambassador_id(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: HostV3Alpha1Spec#ambassador_id
        '''
        result = self._values.get("ambassador_id")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HostV3Alpha1Spec#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mapping_selector(self) -> typing.Any:
        '''
        :schema: HostV3Alpha1Spec#mappingSelector
        '''
        result = self._values.get("mapping_selector")
        return typing.cast(typing.Any, result)

    @builtins.property
    def preview_url(self) -> typing.Any:
        '''
        :schema: HostV3Alpha1Spec#previewUrl
        '''
        result = self._values.get("preview_url")
        return typing.cast(typing.Any, result)

    @builtins.property
    def request_policy(self) -> typing.Optional["HostV3Alpha1SpecRequestPolicy"]:
        '''
        :schema: HostV3Alpha1Spec#requestPolicy
        '''
        result = self._values.get("request_policy")
        return typing.cast(typing.Optional["HostV3Alpha1SpecRequestPolicy"], result)

    @builtins.property
    def selector(self) -> typing.Any:
        '''
        :schema: HostV3Alpha1Spec#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Any, result)

    @builtins.property
    def tls(self) -> typing.Any:
        '''
        :schema: HostV3Alpha1Spec#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Any, result)

    @builtins.property
    def tls_context(self) -> typing.Optional["HostV3Alpha1SpecTlsContext"]:
        '''
        :schema: HostV3Alpha1Spec#tlsContext
        '''
        result = self._values.get("tls_context")
        return typing.cast(typing.Optional["HostV3Alpha1SpecTlsContext"], result)

    @builtins.property
    def tls_secret(self) -> typing.Optional["HostV3Alpha1SpecTlsSecret"]:
        '''
        :schema: HostV3Alpha1Spec#tlsSecret
        '''
        result = self._values.get("tls_secret")
        return typing.cast(typing.Optional["HostV3Alpha1SpecTlsSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HostV3Alpha1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="emissary_iogetambassador.HostV3Alpha1SpecAcmeProvider",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "email": "email",
        "private_key_secret": "privateKeySecret",
        "registration": "registration",
    },
)
class HostV3Alpha1SpecAcmeProvider:
    def __init__(
        self,
        *,
        authority: typing.Optional[builtins.str] = None,
        email: typing.Optional[builtins.str] = None,
        private_key_secret: typing.Optional[typing.Union["HostV3Alpha1SpecAcmeProviderPrivateKeySecret", typing.Dict[builtins.str, typing.Any]]] = None,
        registration: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param authority: 
        :param email: 
        :param private_key_secret: 
        :param registration: 

        :schema: HostV3Alpha1SpecAcmeProvider
        '''
        if isinstance(private_key_secret, dict):
            private_key_secret = HostV3Alpha1SpecAcmeProviderPrivateKeySecret(**private_key_secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a11e9a23055d2223b520fbd38f8ed5b7807c0059d13867573942ddbe3efdd584)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument email", value=email, expected_type=type_hints["email"])
            check_type(argname="argument private_key_secret", value=private_key_secret, expected_type=type_hints["private_key_secret"])
            check_type(argname="argument registration", value=registration, expected_type=type_hints["registration"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if email is not None:
            self._values["email"] = email
        if private_key_secret is not None:
            self._values["private_key_secret"] = private_key_secret
        if registration is not None:
            self._values["registration"] = registration

    @builtins.property
    def authority(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HostV3Alpha1SpecAcmeProvider#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def email(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HostV3Alpha1SpecAcmeProvider#email
        '''
        result = self._values.get("email")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def private_key_secret(
        self,
    ) -> typing.Optional["HostV3Alpha1SpecAcmeProviderPrivateKeySecret"]:
        '''
        :schema: HostV3Alpha1SpecAcmeProvider#privateKeySecret
        '''
        result = self._values.get("private_key_secret")
        return typing.cast(typing.Optional["HostV3Alpha1SpecAcmeProviderPrivateKeySecret"], result)

    @builtins.property
    def registration(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HostV3Alpha1SpecAcmeProvider#registration
        '''
        result = self._values.get("registration")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HostV3Alpha1SpecAcmeProvider(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="emissary_iogetambassador.HostV3Alpha1SpecAcmeProviderPrivateKeySecret",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class HostV3Alpha1SpecAcmeProviderPrivateKeySecret:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: HostV3Alpha1SpecAcmeProviderPrivateKeySecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eef6a628e826f8533135374e9797569d35191d61128849a1f3c2b9de4a4d0881)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HostV3Alpha1SpecAcmeProviderPrivateKeySecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HostV3Alpha1SpecAcmeProviderPrivateKeySecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="emissary_iogetambassador.HostV3Alpha1SpecRequestPolicy",
    jsii_struct_bases=[],
    name_mapping={"insecure": "insecure"},
)
class HostV3Alpha1SpecRequestPolicy:
    def __init__(
        self,
        *,
        insecure: typing.Optional[typing.Union["HostV3Alpha1SpecRequestPolicyInsecure", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param insecure: 

        :schema: HostV3Alpha1SpecRequestPolicy
        '''
        if isinstance(insecure, dict):
            insecure = HostV3Alpha1SpecRequestPolicyInsecure(**insecure)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__99bf72fec7f1e11a636454d9f7b6ff6683541bcea2a5b5771f9f68cb75d1fa81)
            check_type(argname="argument insecure", value=insecure, expected_type=type_hints["insecure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if insecure is not None:
            self._values["insecure"] = insecure

    @builtins.property
    def insecure(self) -> typing.Optional["HostV3Alpha1SpecRequestPolicyInsecure"]:
        '''
        :schema: HostV3Alpha1SpecRequestPolicy#insecure
        '''
        result = self._values.get("insecure")
        return typing.cast(typing.Optional["HostV3Alpha1SpecRequestPolicyInsecure"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HostV3Alpha1SpecRequestPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="emissary_iogetambassador.HostV3Alpha1SpecRequestPolicyInsecure",
    jsii_struct_bases=[],
    name_mapping={"action": "action", "additional_port": "additionalPort"},
)
class HostV3Alpha1SpecRequestPolicyInsecure:
    def __init__(
        self,
        *,
        action: typing.Optional["HostV3Alpha1SpecRequestPolicyInsecureAction"] = None,
        additional_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param action: 
        :param additional_port: 

        :schema: HostV3Alpha1SpecRequestPolicyInsecure
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__774a414c812c56fd0bd5b58a972a43a2d26d90d410647ef00549899f99054353)
            check_type(argname="argument action", value=action, expected_type=type_hints["action"])
            check_type(argname="argument additional_port", value=additional_port, expected_type=type_hints["additional_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if action is not None:
            self._values["action"] = action
        if additional_port is not None:
            self._values["additional_port"] = additional_port

    @builtins.property
    def action(self) -> typing.Optional["HostV3Alpha1SpecRequestPolicyInsecureAction"]:
        '''
        :schema: HostV3Alpha1SpecRequestPolicyInsecure#action
        '''
        result = self._values.get("action")
        return typing.cast(typing.Optional["HostV3Alpha1SpecRequestPolicyInsecureAction"], result)

    @builtins.property
    def additional_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HostV3Alpha1SpecRequestPolicyInsecure#additionalPort
        '''
        result = self._values.get("additional_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HostV3Alpha1SpecRequestPolicyInsecure(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="emissary_iogetambassador.HostV3Alpha1SpecRequestPolicyInsecureAction"
)
class HostV3Alpha1SpecRequestPolicyInsecureAction(enum.Enum):
    '''
    :schema: HostV3Alpha1SpecRequestPolicyInsecureAction
    '''

    REDIRECT = "REDIRECT"
    '''Redirect.'''
    REJECT = "REJECT"
    '''Reject.'''
    ROUTE = "ROUTE"
    '''Route.'''


@jsii.data_type(
    jsii_type="emissary_iogetambassador.HostV3Alpha1SpecTlsContext",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class HostV3Alpha1SpecTlsContext:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: HostV3Alpha1SpecTlsContext
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a4a306c3515c85e054344ad3312736e70db486536bcc7e257279323994295b5c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HostV3Alpha1SpecTlsContext#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HostV3Alpha1SpecTlsContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="emissary_iogetambassador.HostV3Alpha1SpecTlsSecret",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class HostV3Alpha1SpecTlsSecret:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: HostV3Alpha1SpecTlsSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e37f05b2b7b10aea39badf62f6ce77038677fec9617461043932262ea8401a35)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HostV3Alpha1SpecTlsSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HostV3Alpha1SpecTlsSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HostV3Alpha1SpecTlsSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Listener(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="emissary_iogetambassador.Listener",
):
    '''
    :schema: Listener
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ListenerSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Listener" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__98713bc3b35a4e7097269488f5bf7bc4a03abd98caf5f42e28711f2feb0689cd)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ListenerProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ListenerSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Listener".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = ListenerProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Listener".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="emissary_iogetambassador.ListenerProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ListenerProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ListenerSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Listener
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ListenerSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__31319fa2f00d3353108687c59d79a2ed06dd6c3c840cb24aff52623f968ce97a)
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
        :schema: Listener#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ListenerSpec"]:
        '''
        :schema: Listener#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ListenerSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ListenerProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="emissary_iogetambassador.ListenerSpec",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "security_model": "securityModel",
        "ambassador_id": "ambassadorId",
        "host_binding": "hostBinding",
        "l7_depth": "l7Depth",
        "protocol": "protocol",
        "protocol_stack": "protocolStack",
        "stats_prefix": "statsPrefix",
    },
)
class ListenerSpec:
    def __init__(
        self,
        *,
        port: jsii.Number,
        security_model: "ListenerSpecSecurityModel",
        ambassador_id: typing.Optional[typing.Sequence[builtins.str]] = None,
        host_binding: typing.Optional[typing.Union["ListenerSpecHostBinding", typing.Dict[builtins.str, typing.Any]]] = None,
        l7_depth: typing.Optional[jsii.Number] = None,
        protocol: typing.Optional["ListenerSpecProtocol"] = None,
        protocol_stack: typing.Optional[typing.Sequence[builtins.str]] = None,
        stats_prefix: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param security_model: 
        :param ambassador_id: 
        :param host_binding: 
        :param l7_depth: 
        :param protocol: 
        :param protocol_stack: 
        :param stats_prefix: 

        :schema: ListenerSpec
        '''
        if isinstance(host_binding, dict):
            host_binding = ListenerSpecHostBinding(**host_binding)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__505b9ee691672825a68e0cfd8d9bfba5b9744d2b67169ce9354fc1ba24d7c0de)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument security_model", value=security_model, expected_type=type_hints["security_model"])
            check_type(argname="argument ambassador_id", value=ambassador_id, expected_type=type_hints["ambassador_id"])
            check_type(argname="argument host_binding", value=host_binding, expected_type=type_hints["host_binding"])
            check_type(argname="argument l7_depth", value=l7_depth, expected_type=type_hints["l7_depth"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument protocol_stack", value=protocol_stack, expected_type=type_hints["protocol_stack"])
            check_type(argname="argument stats_prefix", value=stats_prefix, expected_type=type_hints["stats_prefix"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
            "security_model": security_model,
        }
        if ambassador_id is not None:
            self._values["ambassador_id"] = ambassador_id
        if host_binding is not None:
            self._values["host_binding"] = host_binding
        if l7_depth is not None:
            self._values["l7_depth"] = l7_depth
        if protocol is not None:
            self._values["protocol"] = protocol
        if protocol_stack is not None:
            self._values["protocol_stack"] = protocol_stack
        if stats_prefix is not None:
            self._values["stats_prefix"] = stats_prefix

    @builtins.property
    def port(self) -> jsii.Number:
        '''
        :schema: ListenerSpec#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def security_model(self) -> "ListenerSpecSecurityModel":
        '''
        :schema: ListenerSpec#securityModel
        '''
        result = self._values.get("security_model")
        assert result is not None, "Required property 'security_model' is missing"
        return typing.cast("ListenerSpecSecurityModel", result)

    @builtins.property
    def ambassador_id(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ListenerSpec#ambassador_id
        '''
        result = self._values.get("ambassador_id")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def host_binding(self) -> typing.Optional["ListenerSpecHostBinding"]:
        '''
        :schema: ListenerSpec#hostBinding
        '''
        result = self._values.get("host_binding")
        return typing.cast(typing.Optional["ListenerSpecHostBinding"], result)

    @builtins.property
    def l7_depth(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ListenerSpec#l7Depth
        '''
        result = self._values.get("l7_depth")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def protocol(self) -> typing.Optional["ListenerSpecProtocol"]:
        '''
        :schema: ListenerSpec#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional["ListenerSpecProtocol"], result)

    @builtins.property
    def protocol_stack(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ListenerSpec#protocolStack
        '''
        result = self._values.get("protocol_stack")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def stats_prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ListenerSpec#statsPrefix
        '''
        result = self._values.get("stats_prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ListenerSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="emissary_iogetambassador.ListenerSpecHostBinding",
    jsii_struct_bases=[],
    name_mapping={"namespace": "namespace", "selector": "selector"},
)
class ListenerSpecHostBinding:
    def __init__(
        self,
        *,
        namespace: typing.Optional[typing.Union["ListenerSpecHostBindingNamespace", typing.Dict[builtins.str, typing.Any]]] = None,
        selector: typing.Any = None,
    ) -> None:
        '''
        :param namespace: 
        :param selector: 

        :schema: ListenerSpecHostBinding
        '''
        if isinstance(namespace, dict):
            namespace = ListenerSpecHostBindingNamespace(**namespace)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e265216ce034a57132089bab7d695a37b38be8a99f4edc4eee8561455bbee2f7)
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if namespace is not None:
            self._values["namespace"] = namespace
        if selector is not None:
            self._values["selector"] = selector

    @builtins.property
    def namespace(self) -> typing.Optional["ListenerSpecHostBindingNamespace"]:
        '''
        :schema: ListenerSpecHostBinding#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional["ListenerSpecHostBindingNamespace"], result)

    @builtins.property
    def selector(self) -> typing.Any:
        '''
        :schema: ListenerSpecHostBinding#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ListenerSpecHostBinding(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="emissary_iogetambassador.ListenerSpecHostBindingNamespace",
    jsii_struct_bases=[],
    name_mapping={"from_": "from"},
)
class ListenerSpecHostBindingNamespace:
    def __init__(
        self,
        *,
        from_: typing.Optional["ListenerSpecHostBindingNamespaceFrom"] = None,
    ) -> None:
        '''
        :param from_: 

        :schema: ListenerSpecHostBindingNamespace
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__069357e56149c3a53faa0295f11e8d9f90846e045766cd97c9b2701e64dc3232)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_

    @builtins.property
    def from_(self) -> typing.Optional["ListenerSpecHostBindingNamespaceFrom"]:
        '''
        :schema: ListenerSpecHostBindingNamespace#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional["ListenerSpecHostBindingNamespaceFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ListenerSpecHostBindingNamespace(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="emissary_iogetambassador.ListenerSpecHostBindingNamespaceFrom")
class ListenerSpecHostBindingNamespaceFrom(enum.Enum):
    '''
    :schema: ListenerSpecHostBindingNamespaceFrom
    '''

    SELF = "SELF"
    '''SELF.'''
    ALL = "ALL"
    '''ALL.'''
    SELECTOR = "SELECTOR"
    '''SELECTOR.'''


@jsii.enum(jsii_type="emissary_iogetambassador.ListenerSpecProtocol")
class ListenerSpecProtocol(enum.Enum):
    '''
    :schema: ListenerSpecProtocol
    '''

    HTTP = "HTTP"
    '''HTTP.'''
    HTTPS = "HTTPS"
    '''HTTPS.'''
    HTTPPROXY = "HTTPPROXY"
    '''HTTPPROXY.'''
    HTTPSPROXY = "HTTPSPROXY"
    '''HTTPSPROXY.'''
    TCP = "TCP"
    '''TCP.'''
    TLS = "TLS"
    '''TLS.'''
    UDP = "UDP"
    '''UDP.'''


@jsii.enum(jsii_type="emissary_iogetambassador.ListenerSpecSecurityModel")
class ListenerSpecSecurityModel(enum.Enum):
    '''
    :schema: ListenerSpecSecurityModel
    '''

    XFP = "XFP"
    '''XFP.'''
    SECURE = "SECURE"
    '''SECURE.'''
    INSECURE = "INSECURE"
    '''INSECURE.'''


class Mapping(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="emissary_iogetambassador.Mapping",
):
    '''
    :schema: Mapping
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> None:
        '''Defines a "Mapping" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__20af0c312dff90deb8003d91980fa130cbb32395173dfda433bf380b6d627dc6)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = MappingProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Mapping".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = MappingProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Mapping".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="emissary_iogetambassador.MappingProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class MappingProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Mapping
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ada8997d35fb23d7c45fdf941a3fce7d71d1f19239bb878c8dc6d09d8b99ed86)
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
        :schema: Mapping#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''
        :schema: Mapping#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MappingProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MappingV2(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="emissary_iogetambassador.MappingV2",
):
    '''
    :schema: MappingV2
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> None:
        '''Defines a "MappingV2" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d6ab8e505180d69d86fe29a59a436a5ca277d61d45a4bd2243f606b003ffc57e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = MappingV2Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "MappingV2".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = MappingV2Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "MappingV2".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="emissary_iogetambassador.MappingV2Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class MappingV2Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: MappingV2
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__67245c6085b4d920418af98a5dc121b5047d3232a4c5f6cb1c237b3bddc8e60f)
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
        :schema: MappingV2#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''
        :schema: MappingV2#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MappingV2Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MappingV3Alpha1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="emissary_iogetambassador.MappingV3Alpha1",
):
    '''
    :schema: MappingV3Alpha1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["MappingV3Alpha1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "MappingV3Alpha1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bbe2cd373ed5bea045b1668fbb0a9b39f4f12cf1f156457053c5692baf571a95)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = MappingV3Alpha1Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["MappingV3Alpha1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "MappingV3Alpha1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = MappingV3Alpha1Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "MappingV3Alpha1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="emissary_iogetambassador.MappingV3Alpha1Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class MappingV3Alpha1Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["MappingV3Alpha1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: MappingV3Alpha1
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = MappingV3Alpha1Spec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__93bbdb74a980670e44377993c1ca07a4b2cc21199f4626419e6d2708ae1778a2)
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
        :schema: MappingV3Alpha1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["MappingV3Alpha1Spec"]:
        '''
        :schema: MappingV3Alpha1#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["MappingV3Alpha1Spec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MappingV3Alpha1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="emissary_iogetambassador.MappingV3Alpha1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "prefix": "prefix",
        "service": "service",
        "add_request_headers": "addRequestHeaders",
        "add_response_headers": "addResponseHeaders",
        "allow_upgrade": "allowUpgrade",
        "ambassador_id": "ambassadorId",
        "auth_context_extensions": "authContextExtensions",
        "bypass_auth": "bypassAuth",
        "bypass_error_response_overrides": "bypassErrorResponseOverrides",
        "case_sensitive": "caseSensitive",
        "circuit_breakers": "circuitBreakers",
        "cluster_tag": "clusterTag",
        "connect_timeout_ms": "connectTimeoutMs",
        "cors": "cors",
        "dns_type": "dnsType",
        "docs": "docs",
        "envoy_override": "envoyOverride",
        "error_response_overrides": "errorResponseOverrides",
        "grpc": "grpc",
        "headers": "headers",
        "host": "host",
        "hostname": "hostname",
        "host_regex": "hostRegex",
        "idle_timeout_ms": "idleTimeoutMs",
        "keepalive": "keepalive",
        "labels": "labels",
        "load_balancer": "loadBalancer",
        "method": "method",
        "method_regex": "methodRegex",
        "precedence": "precedence",
        "prefix_exact": "prefixExact",
        "prefix_regex": "prefixRegex",
        "query_parameters": "queryParameters",
        "regex_headers": "regexHeaders",
        "regex_rewrite": "regexRewrite",
        "remove_request_headers": "removeRequestHeaders",
        "remove_response_headers": "removeResponseHeaders",
        "resolver": "resolver",
        "retry_policy": "retryPolicy",
        "rewrite": "rewrite",
        "rewrite_host": "rewriteHost",
        "shadow": "shadow",
        "stats_name": "statsName",
        "timeout_ms": "timeoutMs",
        "tls": "tls",
        "use_websocket": "useWebsocket",
        "weight": "weight",
    },
)
class MappingV3Alpha1Spec:
    def __init__(
        self,
        *,
        prefix: builtins.str,
        service: builtins.str,
        add_request_headers: typing.Any = None,
        add_response_headers: typing.Any = None,
        allow_upgrade: typing.Optional[typing.Sequence[builtins.str]] = None,
        ambassador_id: typing.Optional[typing.Sequence[builtins.str]] = None,
        auth_context_extensions: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        bypass_auth: typing.Optional[builtins.bool] = None,
        bypass_error_response_overrides: typing.Optional[builtins.bool] = None,
        case_sensitive: typing.Optional[builtins.bool] = None,
        circuit_breakers: typing.Optional[typing.Sequence[typing.Union["MappingV3Alpha1SpecCircuitBreakers", typing.Dict[builtins.str, typing.Any]]]] = None,
        cluster_tag: typing.Optional[builtins.str] = None,
        connect_timeout_ms: typing.Optional[jsii.Number] = None,
        cors: typing.Any = None,
        dns_type: typing.Optional[builtins.str] = None,
        docs: typing.Any = None,
        envoy_override: typing.Any = None,
        error_response_overrides: typing.Optional[typing.Sequence[typing.Any]] = None,
        grpc: typing.Optional[builtins.bool] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        host: typing.Optional[builtins.str] = None,
        hostname: typing.Optional[builtins.str] = None,
        host_regex: typing.Optional[builtins.bool] = None,
        idle_timeout_ms: typing.Optional[jsii.Number] = None,
        keepalive: typing.Any = None,
        labels: typing.Any = None,
        load_balancer: typing.Any = None,
        method: typing.Optional[builtins.str] = None,
        method_regex: typing.Optional[builtins.bool] = None,
        precedence: typing.Optional[jsii.Number] = None,
        prefix_exact: typing.Optional[builtins.bool] = None,
        prefix_regex: typing.Optional[builtins.bool] = None,
        query_parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        regex_headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        regex_rewrite: typing.Any = None,
        remove_request_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        remove_response_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        resolver: typing.Optional[builtins.str] = None,
        retry_policy: typing.Any = None,
        rewrite: typing.Optional[builtins.str] = None,
        rewrite_host: typing.Optional[builtins.str] = None,
        shadow: typing.Optional[builtins.bool] = None,
        stats_name: typing.Optional[builtins.str] = None,
        timeout_ms: typing.Optional[jsii.Number] = None,
        tls: typing.Optional[builtins.str] = None,
        use_websocket: typing.Optional[builtins.bool] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param prefix: 
        :param service: 
        :param add_request_headers: 
        :param add_response_headers: 
        :param allow_upgrade: 
        :param ambassador_id: 
        :param auth_context_extensions: 
        :param bypass_auth: 
        :param bypass_error_response_overrides: 
        :param case_sensitive: 
        :param circuit_breakers: 
        :param cluster_tag: 
        :param connect_timeout_ms: 
        :param cors: 
        :param dns_type: 
        :param docs: 
        :param envoy_override: 
        :param error_response_overrides: 
        :param grpc: 
        :param headers: 
        :param host: 
        :param hostname: 
        :param host_regex: 
        :param idle_timeout_ms: 
        :param keepalive: 
        :param labels: 
        :param load_balancer: 
        :param method: 
        :param method_regex: 
        :param precedence: 
        :param prefix_exact: 
        :param prefix_regex: 
        :param query_parameters: 
        :param regex_headers: 
        :param regex_rewrite: 
        :param remove_request_headers: 
        :param remove_response_headers: 
        :param resolver: 
        :param retry_policy: 
        :param rewrite: 
        :param rewrite_host: 
        :param shadow: 
        :param stats_name: 
        :param timeout_ms: 
        :param tls: 
        :param use_websocket: 
        :param weight: 

        :schema: MappingV3Alpha1Spec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0b2f3d6efbd5c2cd524e3b9d4108341020d328f88c29eecda252d859765dec91)
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument add_request_headers", value=add_request_headers, expected_type=type_hints["add_request_headers"])
            check_type(argname="argument add_response_headers", value=add_response_headers, expected_type=type_hints["add_response_headers"])
            check_type(argname="argument allow_upgrade", value=allow_upgrade, expected_type=type_hints["allow_upgrade"])
            check_type(argname="argument ambassador_id", value=ambassador_id, expected_type=type_hints["ambassador_id"])
            check_type(argname="argument auth_context_extensions", value=auth_context_extensions, expected_type=type_hints["auth_context_extensions"])
            check_type(argname="argument bypass_auth", value=bypass_auth, expected_type=type_hints["bypass_auth"])
            check_type(argname="argument bypass_error_response_overrides", value=bypass_error_response_overrides, expected_type=type_hints["bypass_error_response_overrides"])
            check_type(argname="argument case_sensitive", value=case_sensitive, expected_type=type_hints["case_sensitive"])
            check_type(argname="argument circuit_breakers", value=circuit_breakers, expected_type=type_hints["circuit_breakers"])
            check_type(argname="argument cluster_tag", value=cluster_tag, expected_type=type_hints["cluster_tag"])
            check_type(argname="argument connect_timeout_ms", value=connect_timeout_ms, expected_type=type_hints["connect_timeout_ms"])
            check_type(argname="argument cors", value=cors, expected_type=type_hints["cors"])
            check_type(argname="argument dns_type", value=dns_type, expected_type=type_hints["dns_type"])
            check_type(argname="argument docs", value=docs, expected_type=type_hints["docs"])
            check_type(argname="argument envoy_override", value=envoy_override, expected_type=type_hints["envoy_override"])
            check_type(argname="argument error_response_overrides", value=error_response_overrides, expected_type=type_hints["error_response_overrides"])
            check_type(argname="argument grpc", value=grpc, expected_type=type_hints["grpc"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument host_regex", value=host_regex, expected_type=type_hints["host_regex"])
            check_type(argname="argument idle_timeout_ms", value=idle_timeout_ms, expected_type=type_hints["idle_timeout_ms"])
            check_type(argname="argument keepalive", value=keepalive, expected_type=type_hints["keepalive"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument load_balancer", value=load_balancer, expected_type=type_hints["load_balancer"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument method_regex", value=method_regex, expected_type=type_hints["method_regex"])
            check_type(argname="argument precedence", value=precedence, expected_type=type_hints["precedence"])
            check_type(argname="argument prefix_exact", value=prefix_exact, expected_type=type_hints["prefix_exact"])
            check_type(argname="argument prefix_regex", value=prefix_regex, expected_type=type_hints["prefix_regex"])
            check_type(argname="argument query_parameters", value=query_parameters, expected_type=type_hints["query_parameters"])
            check_type(argname="argument regex_headers", value=regex_headers, expected_type=type_hints["regex_headers"])
            check_type(argname="argument regex_rewrite", value=regex_rewrite, expected_type=type_hints["regex_rewrite"])
            check_type(argname="argument remove_request_headers", value=remove_request_headers, expected_type=type_hints["remove_request_headers"])
            check_type(argname="argument remove_response_headers", value=remove_response_headers, expected_type=type_hints["remove_response_headers"])
            check_type(argname="argument resolver", value=resolver, expected_type=type_hints["resolver"])
            check_type(argname="argument retry_policy", value=retry_policy, expected_type=type_hints["retry_policy"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
            check_type(argname="argument rewrite_host", value=rewrite_host, expected_type=type_hints["rewrite_host"])
            check_type(argname="argument shadow", value=shadow, expected_type=type_hints["shadow"])
            check_type(argname="argument stats_name", value=stats_name, expected_type=type_hints["stats_name"])
            check_type(argname="argument timeout_ms", value=timeout_ms, expected_type=type_hints["timeout_ms"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument use_websocket", value=use_websocket, expected_type=type_hints["use_websocket"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "prefix": prefix,
            "service": service,
        }
        if add_request_headers is not None:
            self._values["add_request_headers"] = add_request_headers
        if add_response_headers is not None:
            self._values["add_response_headers"] = add_response_headers
        if allow_upgrade is not None:
            self._values["allow_upgrade"] = allow_upgrade
        if ambassador_id is not None:
            self._values["ambassador_id"] = ambassador_id
        if auth_context_extensions is not None:
            self._values["auth_context_extensions"] = auth_context_extensions
        if bypass_auth is not None:
            self._values["bypass_auth"] = bypass_auth
        if bypass_error_response_overrides is not None:
            self._values["bypass_error_response_overrides"] = bypass_error_response_overrides
        if case_sensitive is not None:
            self._values["case_sensitive"] = case_sensitive
        if circuit_breakers is not None:
            self._values["circuit_breakers"] = circuit_breakers
        if cluster_tag is not None:
            self._values["cluster_tag"] = cluster_tag
        if connect_timeout_ms is not None:
            self._values["connect_timeout_ms"] = connect_timeout_ms
        if cors is not None:
            self._values["cors"] = cors
        if dns_type is not None:
            self._values["dns_type"] = dns_type
        if docs is not None:
            self._values["docs"] = docs
        if envoy_override is not None:
            self._values["envoy_override"] = envoy_override
        if error_response_overrides is not None:
            self._values["error_response_overrides"] = error_response_overrides
        if grpc is not None:
            self._values["grpc"] = grpc
        if headers is not None:
            self._values["headers"] = headers
        if host is not None:
            self._values["host"] = host
        if hostname is not None:
            self._values["hostname"] = hostname
        if host_regex is not None:
            self._values["host_regex"] = host_regex
        if idle_timeout_ms is not None:
            self._values["idle_timeout_ms"] = idle_timeout_ms
        if keepalive is not None:
            self._values["keepalive"] = keepalive
        if labels is not None:
            self._values["labels"] = labels
        if load_balancer is not None:
            self._values["load_balancer"] = load_balancer
        if method is not None:
            self._values["method"] = method
        if method_regex is not None:
            self._values["method_regex"] = method_regex
        if precedence is not None:
            self._values["precedence"] = precedence
        if prefix_exact is not None:
            self._values["prefix_exact"] = prefix_exact
        if prefix_regex is not None:
            self._values["prefix_regex"] = prefix_regex
        if query_parameters is not None:
            self._values["query_parameters"] = query_parameters
        if regex_headers is not None:
            self._values["regex_headers"] = regex_headers
        if regex_rewrite is not None:
            self._values["regex_rewrite"] = regex_rewrite
        if remove_request_headers is not None:
            self._values["remove_request_headers"] = remove_request_headers
        if remove_response_headers is not None:
            self._values["remove_response_headers"] = remove_response_headers
        if resolver is not None:
            self._values["resolver"] = resolver
        if retry_policy is not None:
            self._values["retry_policy"] = retry_policy
        if rewrite is not None:
            self._values["rewrite"] = rewrite
        if rewrite_host is not None:
            self._values["rewrite_host"] = rewrite_host
        if shadow is not None:
            self._values["shadow"] = shadow
        if stats_name is not None:
            self._values["stats_name"] = stats_name
        if timeout_ms is not None:
            self._values["timeout_ms"] = timeout_ms
        if tls is not None:
            self._values["tls"] = tls
        if use_websocket is not None:
            self._values["use_websocket"] = use_websocket
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def prefix(self) -> builtins.str:
        '''
        :schema: MappingV3Alpha1Spec#prefix
        '''
        result = self._values.get("prefix")
        assert result is not None, "Required property 'prefix' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def service(self) -> builtins.str:
        '''
        :schema: MappingV3Alpha1Spec#service
        '''
        result = self._values.get("service")
        assert result is not None, "Required property 'service' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def add_request_headers(self) -> typing.Any:
        '''
        :schema: MappingV3Alpha1Spec#add_request_headers
        '''
        result = self._values.get("add_request_headers")
        return typing.cast(typing.Any, result)

    @builtins.property
    def add_response_headers(self) -> typing.Any:
        '''
        :schema: MappingV3Alpha1Spec#add_response_headers
        '''
        result = self._values.get("add_response_headers")
        return typing.cast(typing.Any, result)

    @builtins.property
    def allow_upgrade(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MappingV3Alpha1Spec#allow_upgrade
        '''
        result = self._values.get("allow_upgrade")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ambassador_id(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MappingV3Alpha1Spec#ambassador_id
        '''
        result = self._values.get("ambassador_id")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def auth_context_extensions(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: MappingV3Alpha1Spec#auth_context_extensions
        '''
        result = self._values.get("auth_context_extensions")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def bypass_auth(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MappingV3Alpha1Spec#bypass_auth
        '''
        result = self._values.get("bypass_auth")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def bypass_error_response_overrides(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MappingV3Alpha1Spec#bypass_error_response_overrides
        '''
        result = self._values.get("bypass_error_response_overrides")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def case_sensitive(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MappingV3Alpha1Spec#case_sensitive
        '''
        result = self._values.get("case_sensitive")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def circuit_breakers(
        self,
    ) -> typing.Optional[typing.List["MappingV3Alpha1SpecCircuitBreakers"]]:
        '''
        :schema: MappingV3Alpha1Spec#circuit_breakers
        '''
        result = self._values.get("circuit_breakers")
        return typing.cast(typing.Optional[typing.List["MappingV3Alpha1SpecCircuitBreakers"]], result)

    @builtins.property
    def cluster_tag(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MappingV3Alpha1Spec#cluster_tag
        '''
        result = self._values.get("cluster_tag")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def connect_timeout_ms(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MappingV3Alpha1Spec#connect_timeout_ms
        '''
        result = self._values.get("connect_timeout_ms")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def cors(self) -> typing.Any:
        '''
        :schema: MappingV3Alpha1Spec#cors
        '''
        result = self._values.get("cors")
        return typing.cast(typing.Any, result)

    @builtins.property
    def dns_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MappingV3Alpha1Spec#dns_type
        '''
        result = self._values.get("dns_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def docs(self) -> typing.Any:
        '''
        :schema: MappingV3Alpha1Spec#docs
        '''
        result = self._values.get("docs")
        return typing.cast(typing.Any, result)

    @builtins.property
    def envoy_override(self) -> typing.Any:
        '''
        :schema: MappingV3Alpha1Spec#envoy_override
        '''
        result = self._values.get("envoy_override")
        return typing.cast(typing.Any, result)

    @builtins.property
    def error_response_overrides(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: MappingV3Alpha1Spec#error_response_overrides
        '''
        result = self._values.get("error_response_overrides")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def grpc(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MappingV3Alpha1Spec#grpc
        '''
        result = self._values.get("grpc")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def headers(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: MappingV3Alpha1Spec#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MappingV3Alpha1Spec#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MappingV3Alpha1Spec#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_regex(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MappingV3Alpha1Spec#host_regex
        '''
        result = self._values.get("host_regex")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def idle_timeout_ms(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MappingV3Alpha1Spec#idle_timeout_ms
        '''
        result = self._values.get("idle_timeout_ms")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def keepalive(self) -> typing.Any:
        '''
        :schema: MappingV3Alpha1Spec#keepalive
        '''
        result = self._values.get("keepalive")
        return typing.cast(typing.Any, result)

    @builtins.property
    def labels(self) -> typing.Any:
        '''
        :schema: MappingV3Alpha1Spec#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Any, result)

    @builtins.property
    def load_balancer(self) -> typing.Any:
        '''
        :schema: MappingV3Alpha1Spec#load_balancer
        '''
        result = self._values.get("load_balancer")
        return typing.cast(typing.Any, result)

    @builtins.property
    def method(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MappingV3Alpha1Spec#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def method_regex(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MappingV3Alpha1Spec#method_regex
        '''
        result = self._values.get("method_regex")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def precedence(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MappingV3Alpha1Spec#precedence
        '''
        result = self._values.get("precedence")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def prefix_exact(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MappingV3Alpha1Spec#prefix_exact
        '''
        result = self._values.get("prefix_exact")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def prefix_regex(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MappingV3Alpha1Spec#prefix_regex
        '''
        result = self._values.get("prefix_regex")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def query_parameters(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: MappingV3Alpha1Spec#query_parameters
        '''
        result = self._values.get("query_parameters")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def regex_headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: MappingV3Alpha1Spec#regex_headers
        '''
        result = self._values.get("regex_headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def regex_rewrite(self) -> typing.Any:
        '''
        :schema: MappingV3Alpha1Spec#regex_rewrite
        '''
        result = self._values.get("regex_rewrite")
        return typing.cast(typing.Any, result)

    @builtins.property
    def remove_request_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MappingV3Alpha1Spec#remove_request_headers
        '''
        result = self._values.get("remove_request_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def remove_response_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MappingV3Alpha1Spec#remove_response_headers
        '''
        result = self._values.get("remove_response_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resolver(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MappingV3Alpha1Spec#resolver
        '''
        result = self._values.get("resolver")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retry_policy(self) -> typing.Any:
        '''
        :schema: MappingV3Alpha1Spec#retry_policy
        '''
        result = self._values.get("retry_policy")
        return typing.cast(typing.Any, result)

    @builtins.property
    def rewrite(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MappingV3Alpha1Spec#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rewrite_host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MappingV3Alpha1Spec#rewrite_host
        '''
        result = self._values.get("rewrite_host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def shadow(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MappingV3Alpha1Spec#shadow
        '''
        result = self._values.get("shadow")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def stats_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MappingV3Alpha1Spec#stats_name
        '''
        result = self._values.get("stats_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeout_ms(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MappingV3Alpha1Spec#timeout_ms
        '''
        result = self._values.get("timeout_ms")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tls(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MappingV3Alpha1Spec#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_websocket(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MappingV3Alpha1Spec#use_websocket
        '''
        result = self._values.get("use_websocket")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MappingV3Alpha1Spec#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MappingV3Alpha1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="emissary_iogetambassador.MappingV3Alpha1SpecCircuitBreakers",
    jsii_struct_bases=[],
    name_mapping={
        "max_connections": "maxConnections",
        "max_pending_requests": "maxPendingRequests",
        "max_requests": "maxRequests",
        "max_retries": "maxRetries",
        "priority": "priority",
    },
)
class MappingV3Alpha1SpecCircuitBreakers:
    def __init__(
        self,
        *,
        max_connections: typing.Optional[jsii.Number] = None,
        max_pending_requests: typing.Optional[jsii.Number] = None,
        max_requests: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        priority: typing.Optional["MappingV3Alpha1SpecCircuitBreakersPriority"] = None,
    ) -> None:
        '''
        :param max_connections: 
        :param max_pending_requests: 
        :param max_requests: 
        :param max_retries: 
        :param priority: 

        :schema: MappingV3Alpha1SpecCircuitBreakers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7742e97ad5ffa4698922041a9ba6619b9ce6d0e748c3b361459733f5f285478c)
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument max_pending_requests", value=max_pending_requests, expected_type=type_hints["max_pending_requests"])
            check_type(argname="argument max_requests", value=max_requests, expected_type=type_hints["max_requests"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if max_pending_requests is not None:
            self._values["max_pending_requests"] = max_pending_requests
        if max_requests is not None:
            self._values["max_requests"] = max_requests
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if priority is not None:
            self._values["priority"] = priority

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MappingV3Alpha1SpecCircuitBreakers#max_connections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MappingV3Alpha1SpecCircuitBreakers#max_pending_requests
        '''
        result = self._values.get("max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MappingV3Alpha1SpecCircuitBreakers#max_requests
        '''
        result = self._values.get("max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MappingV3Alpha1SpecCircuitBreakers#max_retries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def priority(self) -> typing.Optional["MappingV3Alpha1SpecCircuitBreakersPriority"]:
        '''
        :schema: MappingV3Alpha1SpecCircuitBreakers#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional["MappingV3Alpha1SpecCircuitBreakersPriority"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MappingV3Alpha1SpecCircuitBreakers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="emissary_iogetambassador.MappingV3Alpha1SpecCircuitBreakersPriority"
)
class MappingV3Alpha1SpecCircuitBreakersPriority(enum.Enum):
    '''
    :schema: MappingV3Alpha1SpecCircuitBreakersPriority
    '''

    DEFAULT = "DEFAULT"
    '''default.'''
    HIGH = "HIGH"
    '''high.'''


class Module(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="emissary_iogetambassador.Module",
):
    '''
    :schema: Module
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> None:
        '''Defines a "Module" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cda74aeba559493b2910d13841cebb50af5bd6d1d2ec37987f30618b45e54052)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ModuleProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Module".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = ModuleProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Module".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="emissary_iogetambassador.ModuleProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ModuleProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Module
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ac86ddce7210e01927af5b1fe0c1ae9e842ba939a22ee3178e8989c06fc517db)
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
        :schema: Module#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''
        :schema: Module#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ModuleProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ModuleV2(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="emissary_iogetambassador.ModuleV2",
):
    '''
    :schema: ModuleV2
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> None:
        '''Defines a "ModuleV2" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86765fbaf1329fc53bba49baeece40d663cfe779bc430a6458ef2f06dabed6f4)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ModuleV2Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ModuleV2".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = ModuleV2Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ModuleV2".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="emissary_iogetambassador.ModuleV2Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ModuleV2Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: ModuleV2
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__338ee277a2fc03420e859fb563fa85ea6b77985184102d722fdee78713f60671)
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
        :schema: ModuleV2#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''
        :schema: ModuleV2#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ModuleV2Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ModuleV3Alpha1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="emissary_iogetambassador.ModuleV3Alpha1",
):
    '''
    :schema: ModuleV3Alpha1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ModuleV3Alpha1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ModuleV3Alpha1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__364f98e8c1af95ee9912176fc6bd2b8eb6f7ef48fba87a516b7ae952bd26f04c)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ModuleV3Alpha1Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ModuleV3Alpha1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ModuleV3Alpha1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = ModuleV3Alpha1Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ModuleV3Alpha1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="emissary_iogetambassador.ModuleV3Alpha1Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ModuleV3Alpha1Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ModuleV3Alpha1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: ModuleV3Alpha1
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ModuleV3Alpha1Spec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__344a855f18140e0edf2ae0a9c2a631f98c76fae97b712005aceeac8a7b87ee31)
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
        :schema: ModuleV3Alpha1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ModuleV3Alpha1Spec"]:
        '''
        :schema: ModuleV3Alpha1#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ModuleV3Alpha1Spec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ModuleV3Alpha1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="emissary_iogetambassador.ModuleV3Alpha1Spec",
    jsii_struct_bases=[],
    name_mapping={"ambassador_id": "ambassadorId", "config": "config"},
)
class ModuleV3Alpha1Spec:
    def __init__(
        self,
        *,
        ambassador_id: typing.Optional[typing.Sequence[builtins.str]] = None,
        config: typing.Any = None,
    ) -> None:
        '''
        :param ambassador_id: 
        :param config: 

        :schema: ModuleV3Alpha1Spec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f2777f5205f44c51c505751a3c6d9277d3329b2d09d3f56294138fe69dc7158c)
            check_type(argname="argument ambassador_id", value=ambassador_id, expected_type=type_hints["ambassador_id"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ambassador_id is not None:
            self._values["ambassador_id"] = ambassador_id
        if config is not None:
            self._values["config"] = config

    @builtins.property
    def ambassador_id(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ModuleV3Alpha1Spec#ambassador_id
        '''
        result = self._values.get("ambassador_id")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def config(self) -> typing.Any:
        '''
        :schema: ModuleV3Alpha1Spec#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ModuleV3Alpha1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "AuthService",
    "AuthServiceProps",
    "AuthServiceV2",
    "AuthServiceV2Props",
    "AuthServiceV3Alpha1",
    "AuthServiceV3Alpha1Props",
    "AuthServiceV3Alpha1Spec",
    "AuthServiceV3Alpha1SpecCircuitBreakers",
    "AuthServiceV3Alpha1SpecCircuitBreakersPriority",
    "AuthServiceV3Alpha1SpecIncludeBody",
    "AuthServiceV3Alpha1SpecProto",
    "AuthServiceV3Alpha1SpecProtocolVersion",
    "AuthServiceV3Alpha1SpecStatusOnError",
    "Host",
    "HostProps",
    "HostV3Alpha1",
    "HostV3Alpha1Props",
    "HostV3Alpha1Spec",
    "HostV3Alpha1SpecAcmeProvider",
    "HostV3Alpha1SpecAcmeProviderPrivateKeySecret",
    "HostV3Alpha1SpecRequestPolicy",
    "HostV3Alpha1SpecRequestPolicyInsecure",
    "HostV3Alpha1SpecRequestPolicyInsecureAction",
    "HostV3Alpha1SpecTlsContext",
    "HostV3Alpha1SpecTlsSecret",
    "Listener",
    "ListenerProps",
    "ListenerSpec",
    "ListenerSpecHostBinding",
    "ListenerSpecHostBindingNamespace",
    "ListenerSpecHostBindingNamespaceFrom",
    "ListenerSpecProtocol",
    "ListenerSpecSecurityModel",
    "Mapping",
    "MappingProps",
    "MappingV2",
    "MappingV2Props",
    "MappingV3Alpha1",
    "MappingV3Alpha1Props",
    "MappingV3Alpha1Spec",
    "MappingV3Alpha1SpecCircuitBreakers",
    "MappingV3Alpha1SpecCircuitBreakersPriority",
    "Module",
    "ModuleProps",
    "ModuleV2",
    "ModuleV2Props",
    "ModuleV3Alpha1",
    "ModuleV3Alpha1Props",
    "ModuleV3Alpha1Spec",
]

publication.publish()

def _typecheckingstub__27ad8aa25a0965aa4b3752a3d555a4243d1ee5fe8b9d789e0b5391f92e0d6925(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11f393928f35996db348b76d9087ed161ec9b2e8978c134f0b6cc56b5507ff04(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29c1fb0c4d737a67d7c625407c3efcf48994f2480bf95cb7f37e1c7b35be410f(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2668f3961fc49135f9fc227ab65f72dcf67954b973a6f913695019e88fe89a7(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86e288ddf21b74233183de0a3fdd34f9ad49df34e82ac5702161842a2b3305b2(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[AuthServiceV3Alpha1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c31bdbc87ae408d13a59c9d5308da2243baf5a2fa69ad897e29b3049e30abad(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[AuthServiceV3Alpha1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8e3563606480e20b4148da2d2ec3dab2a7dbcbaa6438a7df5155289f3b2ea37(
    *,
    auth_service: builtins.str,
    add_auth_headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    add_linkerd_headers: typing.Optional[builtins.bool] = None,
    allowed_authorization_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    allowed_request_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_request_body: typing.Optional[builtins.bool] = None,
    ambassador_id: typing.Optional[typing.Sequence[builtins.str]] = None,
    circuit_breakers: typing.Optional[typing.Sequence[typing.Union[AuthServiceV3Alpha1SpecCircuitBreakers, typing.Dict[builtins.str, typing.Any]]]] = None,
    failure_mode_allow: typing.Optional[builtins.bool] = None,
    include_body: typing.Optional[typing.Union[AuthServiceV3Alpha1SpecIncludeBody, typing.Dict[builtins.str, typing.Any]]] = None,
    path_prefix: typing.Optional[builtins.str] = None,
    proto: typing.Optional[AuthServiceV3Alpha1SpecProto] = None,
    protocol_version: typing.Optional[AuthServiceV3Alpha1SpecProtocolVersion] = None,
    stats_name: typing.Optional[builtins.str] = None,
    status_on_error: typing.Optional[typing.Union[AuthServiceV3Alpha1SpecStatusOnError, typing.Dict[builtins.str, typing.Any]]] = None,
    timeout_ms: typing.Optional[jsii.Number] = None,
    tls: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__160bbd0cb3cec750eebc8ea55553d3f495a2456409fde486be7901ef763a207c(
    *,
    max_connections: typing.Optional[jsii.Number] = None,
    max_pending_requests: typing.Optional[jsii.Number] = None,
    max_requests: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    priority: typing.Optional[AuthServiceV3Alpha1SpecCircuitBreakersPriority] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2084005ccaede6766ad9e51b997290672655906a56e807ce1f7cc6437aba70bf(
    *,
    allow_partial: builtins.bool,
    max_bytes: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f54c44b3f4e8233ace63371101872b582700c56b52b387ee78f985d24ea6e33a(
    *,
    code: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f11b9ae93df11b86e65c5c59268b89e7caba7e161c7dc3673ecacc66207f7f35(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9868eda68062477fef6ae536243b11be52a4f1bd2b600aa49d0e17a794f36485(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9973ec7c31ebcbb71eabbbb3033821babf223d9a648e9a9f400700cf71925062(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[HostV3Alpha1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ac97da3abac861ab3601d9191984ce025d69ab64ffe9dec5284b2f1bc85adaa(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[HostV3Alpha1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7bd0401b64ffb5fd541034b330d7076da18f75df6e11c08fab161ea08bd6eb4(
    *,
    acme_provider: typing.Optional[typing.Union[HostV3Alpha1SpecAcmeProvider, typing.Dict[builtins.str, typing.Any]]] = None,
    ambassador_id: typing.Optional[typing.Sequence[builtins.str]] = None,
    hostname: typing.Optional[builtins.str] = None,
    mapping_selector: typing.Any = None,
    preview_url: typing.Any = None,
    request_policy: typing.Optional[typing.Union[HostV3Alpha1SpecRequestPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    selector: typing.Any = None,
    tls: typing.Any = None,
    tls_context: typing.Optional[typing.Union[HostV3Alpha1SpecTlsContext, typing.Dict[builtins.str, typing.Any]]] = None,
    tls_secret: typing.Optional[typing.Union[HostV3Alpha1SpecTlsSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a11e9a23055d2223b520fbd38f8ed5b7807c0059d13867573942ddbe3efdd584(
    *,
    authority: typing.Optional[builtins.str] = None,
    email: typing.Optional[builtins.str] = None,
    private_key_secret: typing.Optional[typing.Union[HostV3Alpha1SpecAcmeProviderPrivateKeySecret, typing.Dict[builtins.str, typing.Any]]] = None,
    registration: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eef6a628e826f8533135374e9797569d35191d61128849a1f3c2b9de4a4d0881(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99bf72fec7f1e11a636454d9f7b6ff6683541bcea2a5b5771f9f68cb75d1fa81(
    *,
    insecure: typing.Optional[typing.Union[HostV3Alpha1SpecRequestPolicyInsecure, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__774a414c812c56fd0bd5b58a972a43a2d26d90d410647ef00549899f99054353(
    *,
    action: typing.Optional[HostV3Alpha1SpecRequestPolicyInsecureAction] = None,
    additional_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4a306c3515c85e054344ad3312736e70db486536bcc7e257279323994295b5c(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e37f05b2b7b10aea39badf62f6ce77038677fec9617461043932262ea8401a35(
    *,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__98713bc3b35a4e7097269488f5bf7bc4a03abd98caf5f42e28711f2feb0689cd(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ListenerSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31319fa2f00d3353108687c59d79a2ed06dd6c3c840cb24aff52623f968ce97a(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ListenerSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__505b9ee691672825a68e0cfd8d9bfba5b9744d2b67169ce9354fc1ba24d7c0de(
    *,
    port: jsii.Number,
    security_model: ListenerSpecSecurityModel,
    ambassador_id: typing.Optional[typing.Sequence[builtins.str]] = None,
    host_binding: typing.Optional[typing.Union[ListenerSpecHostBinding, typing.Dict[builtins.str, typing.Any]]] = None,
    l7_depth: typing.Optional[jsii.Number] = None,
    protocol: typing.Optional[ListenerSpecProtocol] = None,
    protocol_stack: typing.Optional[typing.Sequence[builtins.str]] = None,
    stats_prefix: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e265216ce034a57132089bab7d695a37b38be8a99f4edc4eee8561455bbee2f7(
    *,
    namespace: typing.Optional[typing.Union[ListenerSpecHostBindingNamespace, typing.Dict[builtins.str, typing.Any]]] = None,
    selector: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__069357e56149c3a53faa0295f11e8d9f90846e045766cd97c9b2701e64dc3232(
    *,
    from_: typing.Optional[ListenerSpecHostBindingNamespaceFrom] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20af0c312dff90deb8003d91980fa130cbb32395173dfda433bf380b6d627dc6(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ada8997d35fb23d7c45fdf941a3fce7d71d1f19239bb878c8dc6d09d8b99ed86(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6ab8e505180d69d86fe29a59a436a5ca277d61d45a4bd2243f606b003ffc57e(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67245c6085b4d920418af98a5dc121b5047d3232a4c5f6cb1c237b3bddc8e60f(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bbe2cd373ed5bea045b1668fbb0a9b39f4f12cf1f156457053c5692baf571a95(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[MappingV3Alpha1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93bbdb74a980670e44377993c1ca07a4b2cc21199f4626419e6d2708ae1778a2(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[MappingV3Alpha1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b2f3d6efbd5c2cd524e3b9d4108341020d328f88c29eecda252d859765dec91(
    *,
    prefix: builtins.str,
    service: builtins.str,
    add_request_headers: typing.Any = None,
    add_response_headers: typing.Any = None,
    allow_upgrade: typing.Optional[typing.Sequence[builtins.str]] = None,
    ambassador_id: typing.Optional[typing.Sequence[builtins.str]] = None,
    auth_context_extensions: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    bypass_auth: typing.Optional[builtins.bool] = None,
    bypass_error_response_overrides: typing.Optional[builtins.bool] = None,
    case_sensitive: typing.Optional[builtins.bool] = None,
    circuit_breakers: typing.Optional[typing.Sequence[typing.Union[MappingV3Alpha1SpecCircuitBreakers, typing.Dict[builtins.str, typing.Any]]]] = None,
    cluster_tag: typing.Optional[builtins.str] = None,
    connect_timeout_ms: typing.Optional[jsii.Number] = None,
    cors: typing.Any = None,
    dns_type: typing.Optional[builtins.str] = None,
    docs: typing.Any = None,
    envoy_override: typing.Any = None,
    error_response_overrides: typing.Optional[typing.Sequence[typing.Any]] = None,
    grpc: typing.Optional[builtins.bool] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    host: typing.Optional[builtins.str] = None,
    hostname: typing.Optional[builtins.str] = None,
    host_regex: typing.Optional[builtins.bool] = None,
    idle_timeout_ms: typing.Optional[jsii.Number] = None,
    keepalive: typing.Any = None,
    labels: typing.Any = None,
    load_balancer: typing.Any = None,
    method: typing.Optional[builtins.str] = None,
    method_regex: typing.Optional[builtins.bool] = None,
    precedence: typing.Optional[jsii.Number] = None,
    prefix_exact: typing.Optional[builtins.bool] = None,
    prefix_regex: typing.Optional[builtins.bool] = None,
    query_parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    regex_headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    regex_rewrite: typing.Any = None,
    remove_request_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    remove_response_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    resolver: typing.Optional[builtins.str] = None,
    retry_policy: typing.Any = None,
    rewrite: typing.Optional[builtins.str] = None,
    rewrite_host: typing.Optional[builtins.str] = None,
    shadow: typing.Optional[builtins.bool] = None,
    stats_name: typing.Optional[builtins.str] = None,
    timeout_ms: typing.Optional[jsii.Number] = None,
    tls: typing.Optional[builtins.str] = None,
    use_websocket: typing.Optional[builtins.bool] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7742e97ad5ffa4698922041a9ba6619b9ce6d0e748c3b361459733f5f285478c(
    *,
    max_connections: typing.Optional[jsii.Number] = None,
    max_pending_requests: typing.Optional[jsii.Number] = None,
    max_requests: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    priority: typing.Optional[MappingV3Alpha1SpecCircuitBreakersPriority] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cda74aeba559493b2910d13841cebb50af5bd6d1d2ec37987f30618b45e54052(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac86ddce7210e01927af5b1fe0c1ae9e842ba939a22ee3178e8989c06fc517db(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86765fbaf1329fc53bba49baeece40d663cfe779bc430a6458ef2f06dabed6f4(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__338ee277a2fc03420e859fb563fa85ea6b77985184102d722fdee78713f60671(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__364f98e8c1af95ee9912176fc6bd2b8eb6f7ef48fba87a516b7ae952bd26f04c(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ModuleV3Alpha1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__344a855f18140e0edf2ae0a9c2a631f98c76fae97b712005aceeac8a7b87ee31(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ModuleV3Alpha1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f2777f5205f44c51c505751a3c6d9277d3329b2d09d3f56294138fe69dc7158c(
    *,
    ambassador_id: typing.Optional[typing.Sequence[builtins.str]] = None,
    config: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass
