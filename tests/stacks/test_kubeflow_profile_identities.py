"""Each Kubeflow profile's AWS identity (cluster stack): a role reaching only the team's S3 prefixes, bound to
the profile namespace's default-editor (Pod Identity) or assumable by kube2iam for that namespace only."""

from __future__ import annotations

import json

from k8s_charts.kubeflow.profiles import EDITOR_SA, profile_role_name


def _role_and_policy(synth, profile: str):
    name = profile_role_name(synth.config.project, synth.config.environment, profile)
    roles = {k: v for k, v in synth.resources("Cluster", "AWS::IAM::Role").items() if v["Properties"].get("RoleName") == name}
    assert len(roles) == 1, f"no single role named {name}"
    (role_id, role), = roles.items()
    attached = {ref["Ref"] for ref in role["Properties"].get("ManagedPolicyArns", []) if isinstance(ref, dict) and "Ref" in ref}
    policies = [p for k, p in synth.resources("Cluster", "AWS::IAM::ManagedPolicy").items()
                if k in attached or {"Ref": role_id} in p["Properties"].get("Roles", [])]
    statements = [s for p in policies for s in p["Properties"]["PolicyDocument"]["Statement"]]
    return role, statements


def test_profile_roles_reach_only_their_team_prefixes(shipped):
    profiles = shipped.config.kubeflow.profiles
    for profile in profiles:
        _, statements = _role_and_policy(shipped, profile.name)
        s3 = [s for s in statements if any(str(a).startswith("s3:") for a in (s["Action"] if isinstance(s["Action"], list) else [s["Action"]]))]
        assert s3, profile.name
        paths = {prefix.split("/", 1)[1] for prefix in profile.s3_prefixes}
        for statement in s3:
            text = json.dumps(statement)
            if statement["Action"] == "s3:ListBucket":
                assert statement["Condition"]["StringLike"]["s3:prefix"][0][:-1] in paths
            else:
                assert any(f"/{path}*" in text for path in paths), text
            for other in profiles:
                if other.name != profile.name:
                    assert f"{other.name}/" not in text, f"{profile.name}'s role names {other.name}'s data"
            assert '"*"' not in text


def test_collected_data_is_read_only_for_teams(prod):
    bucket = prod.config.data.collected_data_bucket_arn.rsplit(":", 1)[-1]
    for profile in prod.config.kubeflow.profiles:
        _, statements = _role_and_policy(prod, profile.name)
        on_collected = [s for s in statements if bucket in json.dumps(s)]
        assert on_collected, profile.name
        for statement in on_collected:
            actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
            assert not {"s3:PutObject", "s3:DeleteObject"} & set(actions)


def test_profile_role_is_bound_to_the_namespace_editor(shipped):
    associations = [a["Properties"] for a in shipped.resources("Cluster", "AWS::EKS::PodIdentityAssociation").values()]
    bound = {(a["Namespace"], a["ServiceAccount"]) for a in associations}
    for profile in shipped.config.kubeflow.profiles:
        expected = (profile.name, EDITOR_SA)
        if shipped.config.cluster.workload_identity == "pod-identity":
            assert expected in bound
        else:
            assert expected not in bound
            role, _ = _role_and_policy(shipped, profile.name)
            assert "pods.eks.amazonaws.com" not in json.dumps(role["Properties"]["AssumeRolePolicyDocument"])
